package diagram

import (
	"maps"
	"testing"
)

// TestReach checks the distances, the parents and the greatest depth that
// reach gives, from a start of depth 0 and from one that already had a
// depth, leaving alone what depth held before.
func TestReach(t *testing.T) {
	adj := map[string][]string{
		"a": {"b", "c"}, "b": {"a", "d"}, "c": {"a", "d"}, "d": {"b", "c", "e"}, "e": {"d"},
		"x": {"y"}, "y": {"x"},
	}
	tests := []struct {
		name       string
		depth      map[string]int
		start      string
		want       map[string]int
		wantParent map[string]string
		wantFar    int
	}{
		{"from a", map[string]int{"a": 0}, "a",
			map[string]int{"a": 0, "b": 1, "c": 1, "d": 2, "e": 3},
			map[string]string{"b": "a", "c": "a", "d": "b", "e": "d"}, 3},
		{"held records are kept", map[string]int{"x": 4, "d": 0}, "x",
			map[string]int{"x": 4, "y": 5, "d": 0},
			map[string]string{"y": "x"}, 5},
		{"nothing to reach", map[string]int{"e": 2, "d": 7}, "e",
			map[string]int{"e": 2, "d": 7},
			map[string]string{}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := map[string]string{}
			far := reach(adj, tt.depth, tt.start, func(id, from string) { parent[id] = from })
			if !maps.Equal(tt.depth, tt.want) {
				t.Errorf("depth %v, want %v", tt.depth, tt.want)
			}
			if !maps.Equal(parent, tt.wantParent) {
				t.Errorf("parents %v, want %v", parent, tt.wantParent)
			}
			if far != tt.wantFar {
				t.Errorf("greatest depth %d, want %d", far, tt.wantFar)
			}
		})
	}
}
