package query

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// needle finds one folded word of a search in a field as written, without
// folding the field when it can: most fields are ASCII and most do not
// hold the word, so Search asks each record first whether every word
// occurs in one of its fields at all, and scores only the records that
// pass (see matcher.candidate). The question must never be answered "no"
// for a record that would score: a "yes" only costs the scoring.
type needle struct {
	word   string // folded
	b      []byte // word as bytes, for searching folded text
	p      int    // the anchor: the position in word of its rarest byte
	lo, up byte   // the bytes a field may hold at the anchor (equal when it has no case)
}

func newNeedle(word string) needle {
	n := needle{word: word, b: []byte(word)}
	for i := 1; i < len(word); i++ {
		if rarity(word[i]) > rarity(word[n.p]) {
			n.p = i
		}
	}
	n.lo, n.up = word[n.p], word[n.p]
	if c := n.lo; c >= 'a' && c <= 'z' {
		n.up = c - 'a' + 'A'
	}
	return n
}

// letterOrder lists the lower-case letters from the most to the least
// frequent in English text.
const letterOrder = "etaoinshrdlcumwfgypbvkjxqz"

// rarity ranks how seldom byte c of a folded word occurs in a field: an
// anchor on a rare byte leaves few places to compare the whole word.
func rarity(c byte) int {
	switch {
	case c == ' ':
		return -1 // never the anchor: a space matches several bytes
	case c >= 0x80:
		return 40
	case c >= 'a' && c <= 'z':
		return strings.IndexByte(letterOrder, c)
	case c >= '0' && c <= '9':
		return 20
	}
	return 30
}

// inASCII reports whether text, read with foldByte as index reads an
// ASCII field, holds the word: it finds the anchor's bytes with
// strings.IndexByte and compares the word around each.
func (n *needle) inASCII(text string) bool {
	w := len(n.word)
	if len(text) < w {
		return false
	}
	// s[i] is text[i+p]: a match starting at text[i] has its anchor at s[i].
	s := text[n.p : len(text)-w+n.p+1]
	nextLo, nextUp := -2, -2
	for off := 0; off < len(s); {
		if nextLo != -1 && nextLo < off {
			nextLo = nextIndex(s, off, n.lo)
		}
		if n.up == n.lo {
			nextUp = nextLo
		} else if nextUp != -1 && nextUp < off {
			nextUp = nextIndex(s, off, n.up)
		}
		i := nextLo
		if i < 0 || nextUp >= 0 && nextUp < i {
			i = nextUp
		}
		if i < 0 {
			return false
		}
		if equalFold(text[i:i+w], n.word) {
			return true
		}
		off = i + 1
	}
	return false
}

// nextIndex returns the first position at or after off where c occurs in
// s, or -1.
func nextIndex(s string, off int, c byte) int {
	j := strings.IndexByte(s[off:], c)
	if j < 0 {
		return -1
	}
	return off + j
}

// equalFold reports whether text folds byte by byte (foldByte) to word.
func equalFold(text, word string) bool {
	for k := 0; k < len(word); k++ {
		if foldByte(text[k]) != word[k] {
			return false
		}
	}
	return true
}

// in reports whether the word may occur in text as quality reads it:
// folded byte by byte when text is ASCII, folded by f otherwise.
func (n *needle) in(text string, f *folder) bool {
	if n.inASCII(text) {
		// Also true of the folded text of a non-ASCII field: the word
		// holds no space, so the bytes matched fold alone.
		return true
	}
	if isASCII(text) || !n.anchorMayFold(text, f) {
		return false
	}
	return bytes.Contains(f.foldBytes(text), n.b)
}

// anchorMayFold reports whether folding text may give the anchor's byte:
// text holds one of its bytes as written, or a non-ASCII character whose
// folded form holds it. When it does not, the folded text cannot hold
// the word, and folding it is saved.
func (n *needle) anchorMayFold(text string, f *folder) bool {
	if strings.IndexByte(text, n.lo) >= 0 || n.up != n.lo && strings.IndexByte(text, n.up) >= 0 {
		return true
	}
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsSpace(r) && strings.IndexByte(f.foldRune(r), n.lo) >= 0 {
			return true
		}
	}
	return false
}
