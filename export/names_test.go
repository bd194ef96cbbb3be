package export

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// The tables of names and sources give what c.Name, c.Kind and c.Source
// give, for every ID of a case and for IDs it lacks.
func TestNamesAsCaseName(t *testing.T) {
	for name, c := range map[string]*casefile.Case{"seed": testcase.Seed(t), "generated": testcase.Generated(t, 1000), "awkward": awkward(t)} {
		table, src := newNames(c), newSources(c)
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
			if got, want := table.kind(id), c.Kind(id); got != want {
				t.Errorf("%s: kind(%q) = %q, want %q", name, id, got, want)
			}
			s := src.source(id)
			if want := c.Source(id); s != want {
				t.Errorf("%s: source(%q) = %v, want %v", name, id, s, want)
			}
			if at, ok := src.at(id); ok != (s != nil) || ok && c.Sources[at] != s {
				t.Errorf("%s: at(%q) = %d, %v", name, id, at, ok)
			}
		}
	}
}
