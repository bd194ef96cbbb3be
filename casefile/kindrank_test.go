package casefile

import "testing"

func TestKindRank(t *testing.T) {
	tests := []struct {
		kind Kind
		want int
	}{
		{KindPerson, 0},
		{KindOrganization, 1},
		{KindEvent, 2},
		{KindClaim, 3},
		{KindSource, 4},
		{KindRelation, 5},
		{"", 5},
	}
	for _, tt := range tests {
		if got := tt.kind.Rank(); got != tt.want {
			t.Errorf("Kind(%q).Rank() = %d, want %d", tt.kind, got, tt.want)
		}
	}
}
