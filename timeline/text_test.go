package timeline

import (
	"strings"
	"testing"
)

// TestCleanText checks that cleanText keeps clean text as it is and
// makes every other text what strings.Fields makes of it.
func TestCleanText(t *testing.T) {
	for _, s := range []string{"", " ", "a", "Han Dong", " Han Dong", "Han Dong ", "Han  Dong", "Han\tDong", "Han\nDong",
		"Han\r\nDong", "a\vb\fc", "Émile Zola", "Zola\u00a0Émile", "x\u2003y", "  ", "a b c d"} {
		want := strings.Join(strings.Fields(s), " ")
		if got := cleanText(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
		if isClean(s) && s != want {
			t.Errorf("isClean(%q) is true, but strings.Fields makes %q of it", s, want)
		}
	}
	for _, s := range []string{"", "a", "Han Dong", "a b c d"} {
		if !isClean(s) {
			t.Errorf("isClean(%q) = false, want true", s)
		}
	}
}
