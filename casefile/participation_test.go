package casefile

import (
	"slices"
	"testing"
)

func TestPeopleInEvents(t *testing.T) {
	c := &Case{
		People:        []*Person{{ID: "ann"}, {ID: "bob"}, {ID: "cy"}},
		Organizations: []*Organization{{ID: "org"}},
		Events: []*Event{
			{ID: "e1", Participants: []Participant{{Who: "bob"}, {Who: "ann"}, {Who: "org"}}},
			{ID: "e2", Participants: []Participant{{Who: "ann"}, {Who: "org"}}},
			{ID: "e3", Participants: []Participant{{Who: "cy"}, {Who: "bob"}}},
		},
	}
	c.reindex()
	for _, tt := range []struct {
		min  int
		want []string
	}{
		{1, []string{"ann", "bob", "cy"}},
		{2, []string{"ann", "bob"}},
		{3, nil},
	} {
		if got := c.PeopleInEvents(tt.min); !slices.Equal(got, tt.want) {
			t.Errorf("PeopleInEvents(%d) = %q, want %q", tt.min, got, tt.want)
		}
	}
	var nilCase *Case
	if got := nilCase.PeopleInEvents(2); got != nil {
		t.Errorf("nil case: %q", got)
	}
}
