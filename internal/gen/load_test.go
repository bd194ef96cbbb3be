package gen

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
)

// TestLoads checks that generated cases pass casefile's validation with no
// error and hold the records Counts promises.
func TestLoads(t *testing.T) {
	for _, n := range []int{1, 10, 100, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			o := Options{Events: n, Seed: uint64(n)}
			c, err := casefile.Load(FS(o), ".")
			if err != nil {
				t.Fatalf("%d events: %v", n, err)
			}
			want := o.Counts()
			if len(c.Events) != want.Events || len(c.People) != want.People || len(c.Organizations) != want.Organizations ||
				len(c.Sources) != want.Sources || len(c.Claims) != want.Claims || len(c.Relations) != want.Relations {
				t.Errorf("loaded %s, want %+v", c.Counts(), want)
			}
		})
	}
}
