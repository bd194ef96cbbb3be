package query

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestSearchGenerated pins the ranking, the field reported and the score
// of searches over a generated case of 2,000 events, whose names and
// places mix ASCII, accented Latin and other scripts: any change to how
// Search finds or rejects records (it skips most of them early) must
// leave these answers as they are.
func TestSearchGenerated(t *testing.T) {
	g, err := graph.Build(testcase.Generated(t, 2000))
	if err != nil {
		t.Fatal(err)
	}
	queries := []string{
		"montreal harbour contract", "Montréal", "MÜLLER", "muller", "chen",
		"harbour", "the", "a", "e", "李伟", "o'brien", "fitzgerald whitmore",
		"Fitzgerald-Whitmore", "van der berg", "freedom of information",
		"москва", "SÃO PAULO", "press", "x", "party insiders", "2023", "-",
		"ana m", "tomas hernandez", "chloe", "ελένη", "council  harbour",
		"meets", "report", "the committee's report", "nobody-at-all",
	}
	var b strings.Builder
	for _, q := range queries {
		r := Search(g, q, 0)
		fmt.Fprintf(&b, "%q: %d hits\n", q, len(r.Hits))
		for i, h := range r.Hits {
			if i == 25 {
				break
			}
			fmt.Fprintf(&b, "\t%s %s %s %d %q\n", h.Kind, cmpID(h), h.Field, h.Score, h.Text)
		}
	}
	testcase.Golden(t, "testdata/search-generated.txt", []byte(b.String()), *update)
}

func cmpID(h Hit) string {
	if h.ID != "" {
		return h.ID
	}
	return h.Label
}
