package casefile

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"

	"github.com/eventgraph/eventgraph/internal/gen"
)

// TestLoadLargeCase loads a generated case large enough that sorting,
// indexing and the checks after decoding run on several goroutines (run
// under the race detector in .ci/run), and checks what they made against
// a plain recomputation.
func TestLoadLargeCase(t *testing.T) {
	fsys := gen.FS(gen.Options{Events: 3300, Seed: 3})
	c, err := Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Events) < parallelRecords || len(c.Claims) < parallelRecords {
		t.Fatalf("the case has %d events and %d claims, want at least %d of each", len(c.Events), len(c.Claims), parallelRecords)
	}
	if !slices.IsSortedFunc(c.Events, func(a, b *Event) int { return compareIDs(a.ID, b.ID) }) {
		t.Error("events not sorted by ID")
	}
	if !slices.IsSortedFunc(c.Claims, func(a, b *Claim) int { return compareIDs(a.ID, b.ID) }) {
		t.Error("claims not sorted by ID")
	}
	about := map[string][]*Claim{}
	for _, cl := range c.Claims {
		for i, a := range cl.About {
			if !slices.Contains(cl.About[:i], a) {
				about[a] = append(about[a], cl)
			}
		}
	}
	for id, want := range about {
		if got := c.ClaimsAbout(id); !slices.Equal(got, want) {
			t.Errorf("ClaimsAbout(%q) = %d claims, want %d", id, len(got), len(want))
		}
	}
	for i, e := range c.Events {
		if got, want := c.ClaimsAboutEvent(i), about[e.ID]; !slices.Equal(got, want) {
			t.Errorf("ClaimsAboutEvent(%d) = %d claims, want the %d about %q", i, len(got), len(want), e.ID)
		}
		if c.Event(e.ID) != e {
			t.Errorf("Event(%q) is not the loaded event", e.ID)
		}
		if e.Reported.IsZero() && len(e.Sources) > 0 && !c.earliestSource(e.Sources).IsZero() {
			t.Errorf("event %q: Reported not derived", e.ID)
		}
	}
	for _, cl := range c.Claims {
		if len(cl.History) == 0 || cl.Status != cl.History[len(cl.History)-1].Status {
			t.Errorf("claim %q: status %q not derived from its history", cl.ID, cl.Status)
		}
	}
	again, err := Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if w1, w2 := c.Warnings(), again.Warnings(); len(w1) == 0 || !slices.EqualFunc(w1, w2, func(a, b *Error) bool { return *a == *b }) {
		t.Errorf("warnings differ between two loads of the same case (%d and %d) or are none", len(w1), len(w2))
	}
}

// compareIDs orders IDs as sortRecords does.
func compareIDs(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestIndexLargeCaseRepeatedID checks that in a case large enough that its
// IDs are mapped while it is sorted, an ID used twice still finds the
// first record in sorted order, as in a small case.
func TestIndexLargeCaseRepeatedID(t *testing.T) {
	c := &Case{}
	for i := range parallelRecords + 10 {
		c.Events = append(c.Events, &Event{ID: fmt.Sprintf("event-%04d", parallelRecords+10-i), Title: "t",
			Date: edtf.MustParse("2020"), Pos: Pos{File: "e.yaml", Line: int32(10 + i), Col: 3}})
	}
	// The same ID once more, earlier in the file but later in the slice.
	first := &Event{ID: "event-0007", Title: "first", Date: edtf.MustParse("2020"), Pos: Pos{File: "e.yaml", Line: 2, Col: 3}}
	c.Events = append(c.Events, first)
	err := c.Validate()
	if err == nil || !strings.Contains(err.Error(), `duplicate id "event-0007"`) {
		t.Fatalf("Validate() = %v, want a duplicate id error", err)
	}
	if got := c.Event("event-0007"); got != first {
		t.Errorf("Event(event-0007) = %+v, want the one at line 2", got)
	}
	if got := c.Event("event-0500"); got == nil || got.ID != "event-0500" {
		t.Errorf("Event(event-0500) = %v", got)
	}
}
