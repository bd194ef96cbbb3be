package casefile

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestItem7ParticipantsLimit: an event with more than MaxParticipants
// participants is reported at the first one too many.
func TestItem7ParticipantsLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("people:\n")
	for i := range MaxParticipants + 2 {
		fmt.Fprintf(&b, "  - {id: p%d, name: P%d}\n", i, i)
	}
	b.WriteString("events:\n  - id: e\n    title: E\n    date: 2020\n    participants:\n")
	for i := range MaxParticipants + 2 {
		fmt.Fprintf(&b, "      - p%d\n", i)
	}
	_, err := Load(fstest.MapFS{"case.yaml": {Data: []byte(b.String())}}, ".")
	want := fmt.Sprintf("case.yaml:%d:9: the event lists 1002 participants, more than 1000; list the organization they belong to instead, or split the event", MaxParticipants+2+7+MaxParticipants)
	if got := errText(err); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
