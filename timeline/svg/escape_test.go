package svg

import "testing"

func TestEscape(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{`<script>alert("x")</script> & 'y'`, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;"},
		{"]]> end", "]]&gt; end"},
		{"bell\x07 and nul\x00 gone", "bell and nul gone"},
		{"tab\tnewline\nkept", "tab\tnewline\nkept"},
		{"bad \xff byte", "bad  byte"},
		{"\ufffe\uffff not characters", " not characters"},
		{"中文 Кириллица עברית", "中文 Кириллица עברית"},
	} {
		if got := escape(c.in); got != c.want {
			t.Errorf("escape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNum(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {1, "1"}, {1.5, "1.5"}, {1.25, "1.25"}, {1.256, "1.26"}, {-0.001, "0"}, {1200, "1200"}, {-3.1, "-3.1"},
	} {
		if got := num(c.in); got != c.want {
			t.Errorf("num(%g) = %q, want %q", c.in, got, c.want)
		}
	}
}
