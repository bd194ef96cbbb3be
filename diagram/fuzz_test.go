package diagram

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// unquote reads a DOT string as Graphviz does for the escapes quote
// writes: \\ and \" stand for themselves, \n for a newline.
func unquote(s string) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	var b strings.Builder
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		switch {
		case c == '"':
			return "", false
		case c == '\\':
			i++
			switch s[i] {
			case '\\', '"':
				b.WriteByte(s[i])
			case 'n':
				b.WriteByte('\n')
			default:
				return "", false
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

func FuzzQuote(f *testing.F) {
	for _, s := range []string{"", `a"b`, `C:\N\G`, "x\ny", "<script>]]>", "中文", "\\", "\"\\\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := quote(s)
		got, ok := unquote(q)
		if !ok {
			t.Fatalf("quote(%q) = %s is not a DOT string with only \\\\, \\\" and \\n escapes", s, q)
		}
		want := strings.Map(func(r rune) rune {
			if r != '\n' && isDropped(r) {
				return -1
			}
			return r
		}, strings.ToValidUTF8(s, string(utf8.RuneError)))
		if got != want {
			t.Fatalf("quote(%q) reads back as %q, want %q", s, got, want)
		}
		h := html(s)
		if strings.ContainsAny(h, "<>\"\n") {
			t.Fatalf("html(%q) = %q holds markup", s, h)
		}
	})
}

func FuzzParseKinds(f *testing.F) {
	for _, s := range []string{"", "people", "all", "people,orgs", "x", ",,", " Events "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKinds(s)
		if err != nil {
			return
		}
		if k == 0 || k&^allKinds != 0 {
			t.Fatalf("ParseKinds(%q) = %#x", s, uint8(k))
		}
		again, err := ParseKinds(k.String())
		if err != nil || again != k {
			t.Fatalf("ParseKinds(%q) = %v does not read back: %v, %v", s, k, again, err)
		}
	})
}
