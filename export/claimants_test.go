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

// An anonymous claimant entry is worded with its count and its text on
// one line, "anonymous" when it has no text.
func TestAnonymousText(t *testing.T) {
	for _, tc := range []struct {
		a    casefile.Claimant
		want string
	}{
		{casefile.Claimant{Anonymous: "national security sources", Count: 2}, "2 national security sources"},
		{casefile.Claimant{Anonymous: "  former\n staff ", Count: 1}, "1 former staff"},
		{casefile.Claimant{Anonymous: "a source"}, "a source"},
		{casefile.Claimant{Count: 3}, "3 anonymous"},
		{casefile.Claimant{Anonymous: " \t"}, "anonymous"},
	} {
		if got := anonymousText(tc.a); got != tc.want {
			t.Errorf("anonymousText(%+v) = %q, want %q", tc.a, got, tc.want)
		}
		if got := string(appendAnonymousText([]byte("x: "), tc.a)); got != "x: "+tc.want {
			t.Errorf("appendAnonymousText(x: , %+v) = %q, want %q", tc.a, got, "x: "+tc.want)
		}
	}
}
