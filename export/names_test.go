package export

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// The table of names gives what c.Name gives, for every ID of a case and
// for IDs it lacks.
func TestNamesAsCaseName(t *testing.T) {
	for name, c := range map[string]*casefile.Case{"seed": testcase.Seed(t), "generated": testcase.Generated(t, 1000), "awkward": awkward(t)} {
		table := newNames(c)
		ids := []string{"", "no-such-record", "p--"}
		for _, p := range c.People {
			ids = append(ids, p.ID)
		}
		for _, o := range c.Organizations {
			ids = append(ids, o.ID)
		}
		for _, s := range c.Sources {
			ids = append(ids, s.ID)
		}
		for _, e := range c.Events {
			ids = append(ids, e.ID)
		}
		for _, cl := range c.Claims {
			ids = append(ids, cl.ID)
		}
		for _, id := range ids {
			if got, want := table.name(id), c.Name(id); got != want {
				t.Errorf("%s: name(%q) = %q, want %q", name, id, got, want)
			}
		}
	}
}
