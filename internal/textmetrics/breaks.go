package textmetrics

import (
	"unicode"
	"unicode/utf8"
)

// isBreakSpace reports white space at which lines break and which Wrap
// collapses: Unicode White_Space except the no-break spaces U+00A0, U+2007
// and U+202F.
func isBreakSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	switch r {
	case 0x00A0, 0x2007, 0x202F:
		return false
	}
	return unicode.IsSpace(r)
}

// cluster is one user-perceived character of a word: a base character and
// the marks, joiners and modifiers that attach to it.
type cluster struct {
	end   int   // byte offset just past the cluster, within its word
	first rune  // the base character
	last  rune  // the last character
	units int64 // advance width in font units
}

// nextCluster returns the cluster starting at word[0], which must not be
// empty: a base character followed by every character of class extend and
// every character that follows a zero-width joiner, and a pair of regional
// indicators (a flag) kept together.
func nextCluster(word string, style int) cluster {
	r, n := utf8.DecodeRuneInString(word)
	c := cluster{end: n, first: r, last: r, units: advance(r, style)}
	firstLen := n
	pairable := isRegional(r) // a lone regional indicator may take a second
	for c.end < len(word) {
		r, n = utf8.DecodeRuneInString(word[c.end:])
		joins := charClass(r) == classExtend || c.last == 0x200D
		if pairable && isRegional(r) && c.end == firstLen {
			joins = true
		}
		if !joins {
			break
		}
		c.end += n
		c.last = r
		c.units += advance(r, style)
	}
	return c
}

// isRegional reports the regional indicator letters, pairs of which spell
// flags.
func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// canBreak reports whether a line may break between two clusters of one
// word whose base characters are a and b, where before is the base of the
// cluster before a (0 at the start of the word). A line may break after a
// zero-width space; beside an East Asian wide character (CJK ideographs,
// kana, Hangul, fullwidth forms, emoji) unless punctuation forbids it; and
// after a hyphen between two letters ("Yves-|François", not "2021-|02").
func canBreak(before, a, b rune) bool {
	switch {
	case a == 0x200B:
		return true
	case noBreakAfter(a) || noBreakBefore(b):
		return false
	case charClass(a) == classWide || charClass(b) == classWide:
		return true
	}
	return isHyphen(a) && unicode.IsLetter(before) && unicode.IsLetter(b)
}

// isHyphen reports the hyphen-minus, the hyphen and the en dash.
func isHyphen(r rune) bool { return r == '-' || r == 0x2010 || r == 0x2013 }

// noBreakBefore reports characters that may not begin a line: closing
// brackets and quotes, stops and other trailing punctuation, small kana and
// the iteration and prolonged-sound marks.
func noBreakBefore(r rune) bool {
	switch r {
	case '!', '"', '\'', ')', ',', '.', ':', ';', '?', ']', '}', '%',
		0x00B0, 0x00BB, // degree, right guillemet
		0x2019, 0x201D, 0x203A, 0x2026, 0x2025, 0x203C, 0x2047, 0x2048, 0x2049, 0x2030, 0x2103,
		0x3001, 0x3002, 0x3003, 0x3005, 0x3006, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011,
		0x3015, 0x3017, 0x3019, 0x301B, 0x301C, 0x301E, 0x301F, 0x303B,
		0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E,
		0x3095, 0x3096, 0x309B, 0x309C, 0x309D, 0x309E,
		0x30A0, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7,
		0x30EE, 0x30F5, 0x30F6, 0x30FB, 0x30FC, 0x30FD, 0x30FE,
		0xFF01, 0xFF02, 0xFF05, 0xFF07, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F,
		0xFF3D, 0xFF5D, 0xFF60, 0xFF61, 0xFF63, 0xFF64, 0xFF65, 0xFF70,
		0xFE50, 0xFE51, 0xFE52, 0xFE54, 0xFE55, 0xFE56, 0xFE57:
		return true
	}
	return r >= 0x31F0 && r <= 0x31FF // small katakana extensions
}

// noBreakAfter reports characters that may not end a line: opening
// brackets and quotes, and currency signs that precede amounts.
func noBreakAfter(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '$', '#',
		0x00A3, 0x00A5, 0x00AB, // pound, yen, left guillemet
		0x2018, 0x201C, 0x2039, 0x20AC,
		0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D,
		0xFF02, 0xFF04, 0xFF07, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62, 0xFFE1, 0xFFE5:
		return true
	}
	return false
}
