package casefile

import (
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
