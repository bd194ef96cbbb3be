package dotgraph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"Han Dong", `"Han Dong"`},
		{`say "hi"`, `"say \"hi\""`},
		{`C:\path`, `"C:\\path"`},
		{`\N \G \E \l \n`, `"\\N \\G \\E \\l \\n"`},
		{`ends with \`, `"ends with \\"`},
		{`\"`, `"\\\""`},
		{"two\nlines", `"two\nlines"`},
		{"tab\tbell\a", `"tabbell"`},
		{"<script>]]>", `"<script>]]>"`},
		{"中文 العربية עברית", `"中文 العربية עברית"`},
		{"bad \xff byte", `"bad  byte"`},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

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
		q := Quote(s)
		got, ok := unquote(q)
		if !ok {
			t.Fatalf("Quote(%q) = %s is not a DOT string with only \\\\, \\\" and \\n escapes", s, q)
		}
		want := strings.Map(func(r rune) rune {
			if r != '\n' && Dropped(r) {
				return -1
			}
			return r
		}, strings.ToValidUTF8(s, string(utf8.RuneError)))
		if got != want {
			t.Fatalf("Quote(%q) reads back as %q, want %q", s, got, want)
		}
		h := EscapeHTML(s)
		if strings.ContainsAny(h, "<>\"\n") {
			t.Fatalf("EscapeHTML(%q) = %q holds markup", s, h)
		}
	})
}
