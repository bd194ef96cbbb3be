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
	b     []byte
}

func newFolder() *folder {
	return &folder{t: transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), runes: map[rune]string{}}
}

// fold returns s folded, without leading or trailing spaces.
func (f *folder) fold(s string) string {
	return strings.TrimSuffix(string(f.foldBytes(s)), " ")
}

// foldBytes folds s into the folder's buffer, which it returns; the
// buffer is valid until the next call. It may end with one space.
func (f *folder) foldBytes(s string) []byte {
	f.b = f.b[:0]
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
		f.b = append(f.b, c)
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
		folded := f.foldRune(r)
		for i := 0; i < len(folded); i++ {
			put(folded[i])
		}
	}
	return f.b
}

// foldRune returns the folded form of r, a non-ASCII character that is
// not a space.
func (f *folder) foldRune(r rune) string {
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
	return folded
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
