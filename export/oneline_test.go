package export

import (
	"strings"
	"testing"
)

// oneLine gives what strings.Fields and a join by spaces give, returning
// text with nothing to collapse as it is.
func TestOneLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"plain words", "plain words"},
		{"Li Müller in São Paulo", "Li Müller in São Paulo"},
		{" leading", "leading"},
		{"trailing ", "trailing"},
		{"two  spaces", "two spaces"},
		{"a\nb\tc", "a b c"},
		{"no-break\u00a0space", "no-break space"},
		{"ideographic\u3000space", "ideographic space"},
		{"next line\u0085here", "next line here"},
		{"bad \xff utf8", "bad \xff utf8"},
		{"cut \xe2\x80", "cut \xe2\x80"},
		{"漢字 かな", "漢字 かな"},
	} {
		got := oneLine(tt.in)
		if got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if ref := strings.Join(strings.Fields(tt.in), " "); got != ref {
			t.Errorf("oneLine(%q) = %q, strings.Fields gives %q", tt.in, got, ref)
		}
	}
	if n := testing.AllocsPerRun(10, func() { oneLine("Li Müller in São Paulo") }); n != 0 {
		t.Errorf("oneLine of text with nothing to collapse: %v allocations, want 0", n)
	}
}
