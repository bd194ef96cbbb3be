package timeline_test

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

func TestAsOfLeavesOutTheDescription(t *testing.T) {
	c := testcase.Seed(t)
	s, err := timeline.Layout(c, timeline.Options{AsOf: edtf.MustParse("2021-03")})
	if err != nil {
		t.Fatal(err)
	}
	if want := "As known by the end of March 2021."; s.Subtitle != want {
		t.Errorf("subtitle = %q, want %q", s.Subtitle, want)
	}
	if got := texts(s, "eg-subtitle"); len(got) != 0 && strings.Join(got, "") != "" {
		t.Errorf("the case description is drawn: %q", got)
	}
	if got := texts(s, "eg-as-of"); len(got) != 1 || got[0] != "As known by the end of March 2021" {
		t.Errorf("as-of note = %q", got)
	}
	// A subtitle given stays, after the note.
	s, _ = timeline.Layout(c, timeline.Options{AsOf: edtf.MustParse("2021-03"), Subtitle: "Early days"})
	if want := "As known by the end of March 2021. Early days"; s.Subtitle != want {
		t.Errorf("subtitle = %q, want %q", s.Subtitle, want)
	}
}

func TestLaneErrorsSayWhatTheIDIs(t *testing.T) {
	c := testcase.Seed(t)
	for _, tc := range []struct{ id, want string }{
		{"dong-han-tao-conversation", "timeline: unknown lane: dong-han-tao-conversation is an event; lanes are for people and organizations"},
		{"nobody", `timeline: unknown lane: the case has no person or organization with the ID "nobody"; lanes are for the IDs listed under people and organizations`},
	} {
		_, err := timeline.Layout(c, timeline.Options{Lanes: timeline.Lanes{Mode: timeline.LanesIDs, IDs: []string{tc.id}}})
		if err == nil || err.Error() != tc.want {
			t.Errorf("lane %s: error = %v, want %q", tc.id, err, tc.want)
		}
	}
}

func TestClaimWithoutClaimant(t *testing.T) {
	c := testcase.Seed(t)
	cp := *c
	var claims []*casefile.Claim
	for _, cl := range c.Claims {
		x := *cl
		x.Claimants = nil
		claims = append(claims, &x)
	}
	cp.Claims = claims
	s, err := timeline.Layout(&cp, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := texts(s, "eg-claimants")
	if len(got) == 0 || got[0] != "Claim made 10 Dec 2020 (claimant not named)" {
		t.Errorf("claimant lines = %q", got)
	}
}
