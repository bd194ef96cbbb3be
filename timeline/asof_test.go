package timeline_test

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

func TestAsOfNote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2023-03-21", "As known on 21 March 2023"},
		{"2023-03", "As known by the end of March 2023"},
		{"2023-22", "As known by the end of summer 2023"},
		{"2023-24", "As known by the end of winter 2023"},
		{"1900", "As known by the end of 1900"},
		{"-0099", "As known by the end of 100 BCE"},
		{"2023-03-22T21:30-04:00", "As known on 22 March 2023 at 21:30 UTC−4"},
		{"2023-03-22T21:30:15Z", "As known on 22 March 2023 at 21:30:15 UTC"},
		{"2023-03-XX", "As known by the end of March 2023"},
		{"2023-XX", "As known by the end of 2023"},
		{"201X", "As known by the end of 2019"},
		{"2021/2023-03", "As known by the end of March 2023"},
	} {
		if got := timeline.AsOfNote(edtf.MustParse(c.in)); got != c.want {
			t.Errorf("AsOfNote(%s) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := timeline.AsOfNote(edtf.Value{}); got != "" {
		t.Errorf("AsOfNote(zero) = %q, want \"\"", got)
	}
}

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
