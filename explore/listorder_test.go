package explore

import (
	"slices"
	"testing"
)

func TestListOrder(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	nodes := []Node{
		{ID: "s", Kind: "source", Label: "A source"},
		{ID: "e2", Kind: "event", Label: "Earlier", From: f(100)},
		{ID: "p2", Kind: "person", Label: "Zoë"},
		{ID: "e1", Kind: "event", Label: "Later", From: f(200)},
		{ID: "p1", Kind: "person", Label: "Ann"},
		{ID: "a", Kind: "anonymous", Label: "sources"},
		{ID: "e3", Kind: "event", Label: "Also earlier", From: f(100)},
		{ID: "o", Kind: "organization", Label: "Org"},
		{ID: "c", Kind: "claim", Label: "A claim"},
		{ID: "p3", Kind: "person", Label: "Ann"},
	}
	var got []string
	for _, i := range listOrder(nodes) {
		got = append(got, nodes[i].ID)
	}
	want := []string{"p1", "p3", "p2", "o", "e3", "e2", "e1", "c", "s", "a"}
	if !slices.Equal(got, want) {
		t.Errorf("list order %v, want %v", got, want)
	}
}

func TestCompareUTF16(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"a", "b", -1},
		{"ab", "a", 1},
		{"", "", 0},
		{"Zoë", "Zoe", 1},
		// U+1D11E is the units D834 DD1E, below U+FF21 in UTF-16 (though
		// above it in code points).
		{"𝄞", "Ａ", -1},
		{"𝄞", "𝄟", -1},
		{"x𝄞", "x𝄞", 0},
	} {
		if got := compareUTF16(tc.a, tc.b); got != tc.want {
			t.Errorf("compareUTF16(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := compareUTF16(tc.b, tc.a); got != -tc.want {
			t.Errorf("compareUTF16(%q, %q) = %d, want %d", tc.b, tc.a, got, -tc.want)
		}
	}
}
