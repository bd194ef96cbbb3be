package casefile

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDuplicateParticipant(t *testing.T) {
	fsys := fstest.MapFS{"c.yaml": {Data: []byte(`people:
  - {id: a, name: A}
events:
  - id: e
    title: T
    date: 2021
    participants:
      - a
      - {who: a, role: host}
`)}}
	_, err := Load(fsys, ".")
	want := `c.yaml:9:9: participant "a" is listed twice in this event (first at line 8); list each once, with one role`
	if err == nil || err.Error() != want {
		t.Errorf("Load: %v\nwant %s", err, want)
	}
}

// TestDuplicateParticipantLongList checks the same rule on a list long
// enough to be checked with a map.
func TestDuplicateParticipantLongList(t *testing.T) {
	var b strings.Builder
	b.WriteString("people:\n")
	for i := range 20 {
		fmt.Fprintf(&b, "  - {id: p%d, name: P}\n", i)
	}
	b.WriteString("events:\n  - id: e\n    title: T\n    date: 2021\n    participants:\n")
	for i := range 20 {
		fmt.Fprintf(&b, "      - p%d\n", i)
	}
	b.WriteString("      - p7\n")
	_, err := Load(fstest.MapFS{"c.yaml": {Data: []byte(b.String())}}, ".")
	want := `c.yaml:47:9: participant "p7" is listed twice in this event (first at line 34); list each once, with one role`
	if err == nil || err.Error() != want {
		t.Errorf("Load: %v\nwant %s", err, want)
	}
}
