package textmetrics

import "unicode/utf8"

// Wrap breaks s into lines no wider than max pixels at font size size,
// greedily: each line takes as many words as fit. Lines break at white
// space, which Wrap collapses (each run of it becomes one space between
// words; none is left at either end of a line); beside CJK and other East
// Asian wide characters, except before closing and after opening
// punctuation; after a hyphen between letters; and after a zero-width space.
// A word wider than max on its own is broken between characters, never
// between a character and its combining marks or inside an emoji sequence.
//
// Wrap returns at least one line ("" when s is empty or only white space).
// Every line is at most max wide unless it holds one character that alone
// is wider than max. Tabs and newlines count as spaces: to keep the
// paragraphs of s, split s at newlines first.
func Wrap(s string, size float64, bold bool, max float64) []string {
	w := wrapper{style: styleIndex(bold), size: size, max: max, buf: make([]byte, 0, len(s))}
	w.space = advance(' ', w.style)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isBreakSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n = utf8.DecodeRuneInString(s[j:])
			if isBreakSpace(r) {
				break
			}
			j += n
		}
		w.word(s[i:j])
		i = j
	}
	if w.open {
		w.flush()
	}
	if len(w.lines) == 0 {
		return []string{""}
	}
	return w.lines
}

// wrapper holds the state of one Wrap call.
type wrapper struct {
	style int
	size  float64
	max   float64
	space int64 // advance of U+0020 in font units

	lines []string
	buf   []byte // the line being filled
	units int64  // its advance in font units
	open  bool   // whether buf holds a line, even one of zero width
}

// fits reports whether u font units fit in max.
func (w *wrapper) fits(u int64) bool { return toPx(u, w.size) <= w.max }

// flush ends the current line.
func (w *wrapper) flush() {
	w.lines = append(w.lines, string(w.buf))
	w.buf = w.buf[:0]
	w.units = 0
	w.open = false
}

// word places one word (a run of characters without white space), split
// into the segments between its break opportunities.
func (w *wrapper) word(word string) {
	spaceBefore := true
	start := 0
	var segUnits int64
	var before, prev rune
	for i := 0; i < len(word); {
		c := nextCluster(word[i:], w.style)
		if i > start && canBreak(before, prev, c.first) {
			w.segment(word[start:i], segUnits, spaceBefore)
			spaceBefore = false
			start, segUnits = i, 0
		}
		segUnits += c.units
		before, prev = prev, c.first
		i += c.end
	}
	w.segment(word[start:], segUnits, spaceBefore)
}

// segment places an unbreakable piece of a word, u font units wide, after a
// space if spaceBefore and the line is not empty. A piece wider than max is
// broken between clusters.
func (w *wrapper) segment(seg string, u int64, spaceBefore bool) {
	if w.open {
		add := u
		if spaceBefore {
			add += w.space
		}
		if w.fits(w.units + add) {
			if spaceBefore {
				w.buf = append(w.buf, ' ')
			}
			w.buf = append(w.buf, seg...)
			w.units += add
			return
		}
		w.flush()
	}
	if w.fits(u) {
		w.buf = append(w.buf, seg...)
		w.units, w.open = u, true
		return
	}
	for i := 0; i < len(seg); {
		c := nextCluster(seg[i:], w.style)
		if w.open && !w.fits(w.units+c.units) {
			w.flush()
		}
		w.buf = append(w.buf, seg[i:i+c.end]...)
		w.units += c.units
		w.open = true
		i += c.end
	}
}
