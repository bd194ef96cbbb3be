package explore

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// TestEventStartAtEpoch checks that every event carries the start of its
// date in the page's data, also when that start is the instant 0
// (1970-01-01T00:00Z), which the list sorts events by, and that other
// records carry none.
func TestEventStartAtEpoch(t *testing.T) {
	const yaml = `people:
  - id: ana
    name: Ana
events:
  - id: epoch
    title: At the epoch
    date: 1970-01-01T00:00:00Z
    participants: [ana]
  - id: later
    title: A day later
    date: 1970-01-02
    participants: [ana]
`
	c, err := casefile.Load(fstest.MapFS{"case.yaml": {Data: []byte(yaml)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	d := build(c, g, nil)
	want := map[string]string{"epoch": `"t0":0`, "later": `"t0":86400000`, "ana": ""}
	for _, n := range d.Nodes {
		w, ok := want[n.ID]
		if !ok {
			continue
		}
		delete(want, n.ID)
		b, err := json.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		has := strings.Contains(string(b), `"t0":`)
		switch {
		case w == "" && has:
			t.Errorf("%s has a start: %s", n.ID, b)
		case w != "" && !strings.Contains(string(b), w):
			t.Errorf("%s: want %s in %s", n.ID, w, b)
		}
	}
	if len(want) != 0 {
		t.Errorf("records not in the data: %v", want)
	}
}
