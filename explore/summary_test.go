package explore

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/gen"
)

// TestSummary builds the explorer of a case just above SummariseAbove: the
// page groups events by month, keeps every actor, and says what it left out.
func TestSummary(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a case of 20,001 events")
	}
	c, err := casefile.Load(gen.FS(gen.Options{Events: SummariseAbove + 1, Seed: 1}), ".")
	if err != nil {
		t.Fatal(err)
	}
	s, note, err := summary(c)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.People) != len(c.People) || len(s.Organizations) != len(c.Organizations) || len(s.Relations) != len(c.Relations) {
		t.Errorf("actors or relations lost: %v vs %v", s.Counts(), c.Counts())
	}
	if len(s.Claims) != 0 || len(s.Sources) != 0 {
		t.Errorf("the summary keeps claims or sources: %v", s.Counts())
	}
	total := 0
	for _, e := range s.Events {
		var n int
		if _, err := fmtSscanf(e.Title, &n); err != nil {
			t.Fatalf("group title %q", e.Title)
		}
		total += n
		if e.Reported.IsZero() {
			t.Errorf("%s has no reported date", e.ID)
		}
	}
	if total != len(c.Events) {
		t.Errorf("the groups hold %d events, the case %d", total, len(c.Events))
	}
	if !strings.Contains(note, "20001 events") || !strings.Contains(note, "grouped by month") {
		t.Errorf("note %q", note)
	}
}

func fmtSscanf(title string, n *int) (int, error) { return fmt.Sscanf(title, "%d events in", n) }
