package export

import (
	"os"
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
)

// A claim's claimants are named the same way in every export: a person or
// organization by name, a source by its title, an anonymous group in words.
func TestClaimantNames(t *testing.T) {
	c, err := casefile.Load(os.DirFS("../examples/claims-over-time"), ".")
	if err != nil {
		t.Fatal(err)
	}
	cl := c.Claim("scores-changed")
	if cl == nil {
		t.Fatal("no claim scores-changed in examples/claims-over-time")
	}
	want := []string{"Internal bid-scoring sheet for the port contract"}
	var got []string
	for _, a := range cl.Claimants {
		got = append(got, string(appendClaimantName(nil, newNames(c), a)))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claimantNames(scores-changed) = %q, want %q", got, want)
	}
}
