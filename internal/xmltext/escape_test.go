package xmltext

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "plain text", "plain text"},
		{"markup", `<script>alert("x")</script> & 'y'`, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;"},
		{"entity kept literal", "&amp;", "&amp;amp;"},
		{"CDATA end", "]]> end", "]]&gt; end"},
		{"C0 controls", "bell\x07 and nul\x00 gone\x1f", "bell and nul gone"},
		{"tab newline return kept", "tab\tnewline\nreturn\r", "tab\tnewline\nreturn\r"},
		{"DEL and C1 controls", "a\x7fb\u0085c\u009fd", "abcd"},
		{"invalid UTF-8", "bad \xff byte \xc3", "bad  byte "},
		{"lone surrogate bytes", "a\xed\xa0\x80b", "ab"},
		{"non-characters", "\ufffe\uffff not characters", " not characters"},
		{"replacement character kept", "a\ufffdb", "a\ufffdb"},
		{"RTL and joiners kept", "\u200fשלום\u200e \u200d\u202b", "\u200fשלום\u200e \u200d\u202b"},
		{"CJK and Cyrillic", "中文 Кириллица 日本語", "中文 Кириллица 日本語"},
		{"astral", "𝄞 😀", "𝄞 😀"},
		{"change after clean prefix", "Han Dong & co", "Han Dong &amp; co"},
	} {
		if got := Escape(c.in); got != c.want {
			t.Errorf("%s: Escape(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
		if got := string(Append([]byte("x"), c.in)); got != "x"+c.want {
			t.Errorf("%s: Append(x, %q) = %q, want x%s", c.name, c.in, got, c.want)
		}
	}
}

func TestAllowed(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'\t', true}, {'\n', true}, {'\r', true}, {0, false}, {0x1f, false}, {' ', true}, {'~', true},
		{0x7f, false}, {0x85, false}, {0x9f, false}, {0xa0, true},
		{0xd7ff, true}, {0xd800, false}, {0xdfff, false}, {0xe000, true},
		{0xfffd, true}, {0xfffe, false}, {0xffff, false},
		{0x10000, true}, {0x10ffff, true}, {0x110000, false}, {-1, false},
	} {
		if got := Allowed(c.r); got != c.want {
			t.Errorf("Allowed(%U) = %v, want %v", c.r, got, c.want)
		}
	}
}

func TestEscapeCleanDoesNotAllocate(t *testing.T) {
	s := "Han Dong, consul-general — 中文"
	if n := testing.AllocsPerRun(10, func() { _ = Escape(s) }); n != 0 {
		t.Errorf("Escape of clean text allocates %v times, want 0", n)
	}
	b := make([]byte, 0, 256)
	for _, s := range []string{s, `"Han" & <Dong> 'x'` + "\x00\xff"} {
		if n := testing.AllocsPerRun(10, func() { b = Append(b[:0], s) }); n != 0 {
			t.Errorf("Append(%q) into room enough allocates %v times, want 0", s, n)
		}
	}
}

// kept returns s as an XML parser reads it back from Escape's output: with
// what Escape drops left out and line ends normalised to \n.
func kept(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if (r != utf8.RuneError || n > 1) && Allowed(r) {
			b.WriteRune(r)
		}
	}
	return strings.ReplaceAll(strings.ReplaceAll(b.String(), "\r\n", "\n"), "\r", "\n")
}

// FuzzEscape proves that Escape's output is always well-formed XML text and
// attribute value, and that a parser reads back what was kept of the input.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "a & b", `<"'>`, "\x00\x07\x1f", "\ufffe", "\xed\xa0\x80", "\xff",
		"\u200fשלום", "中文", "]]>", "a\r\nb\rc", "&#0;", "\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := Escape(s)
		if got := string(Append([]byte("x"), s)); got != "x"+e {
			t.Fatalf("Append(x, %q) = %q, want x%s", s, got, e)
		}
		doc := `<a v="` + e + `" w='` + e + `'>` + e + `</a>`
		dec := xml.NewDecoder(strings.NewReader(doc))
		var text strings.Builder
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("Escape(%q) = %q does not parse: %v", s, e, err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				for _, a := range tok.Attr {
					if want := kept(s); a.Value != want {
						t.Fatalf("attribute %s of Escape(%q) reads back %q, want %q", a.Name.Local, s, a.Value, want)
					}
				}
			case xml.CharData:
				text.Write(tok)
			}
		}
		if want := kept(s); text.String() != want {
			t.Fatalf("text of Escape(%q) reads back %q, want %q", s, text.String(), want)
		}
	})
}

func BenchmarkEscape(b *testing.B) {
	clean := strings.Repeat("Han Dong, consul-general 中文 ", 8)
	dirty := strings.Repeat(`"Han" & <Dong> `, 8)
	b.Run("clean", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = Escape(clean)
		}
	})
	b.Run("dirty", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = Escape(dirty)
		}
	})
}
