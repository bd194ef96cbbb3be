package query

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// folder folds text for matching: lower case, accents removed ("Ménard"
// and "MENARD" both fold to "menard"), hyphens, underscores and white
// space read as one space (the tag "two-michaels" holds "two michaels").
// Each non-ASCII character is decomposed (NFD) and stripped of its marks
// once, then remembered. It is not safe for concurrent use.
type folder struct {
	t     transform.Transformer
	runes map[rune]string
	b     strings.Builder
}

func newFolder() *folder {
	return &folder{t: transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), runes: map[rune]string{}}
}

// fold returns s folded, without leading or trailing spaces.
func (f *folder) fold(s string) string {
	f.b.Reset()
	space := true // drop leading spaces
	put := func(c byte) {
		if c == ' ' {
			if space {
				return
			}
			space = true
		} else {
			space = false
		}
		f.b.WriteByte(c)
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			put(foldByte(byte(r)))
			continue
		}
		if unicode.IsSpace(r) {
			put(' ')
			continue
		}
		folded, ok := f.runes[r]
		if !ok {
			f.t.Reset()
			out, _, err := transform.String(f.t, string(unicode.ToLower(r)))
			if err != nil {
				out = string(unicode.ToLower(r))
			}
			folded = out
			f.runes[r] = folded
		}
		for i := 0; i < len(folded); i++ {
			put(folded[i])
		}
	}
	return strings.TrimSuffix(f.b.String(), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
