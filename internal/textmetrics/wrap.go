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
	w := wrapper{style: styleIndex(bold), size: size, max: max, src: s}
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
		w.word(i, s[i:j])
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
	units int64 // the advance of the line being filled, in font units
	open  bool  // whether a line is being filled, even one of zero width

	// The line being filled is src[start:end] while it is a piece of
	// the text with single spaces (its line is then not copied), else
	// buf.
	src        string
	start, end int
	inSrc      bool
	buf        []byte
}

// fits reports whether u font units fit in max.
func (w *wrapper) fits(u int64) bool { return toPx(u, w.size) <= w.max }

// flush ends the current line.
func (w *wrapper) flush() {
	if w.inSrc {
		w.lines = append(w.lines, w.src[w.start:w.end])
	} else {
		w.lines = append(w.lines, string(w.buf))
	}
	w.buf = w.buf[:0]
	w.units = 0
	w.open = false
}

// put appends the piece src[off:off+n] of the text to the line, after a
// space if space is set.
func (w *wrapper) put(off, n int, space bool) {
	switch {
	case !w.open:
		w.start, w.end, w.inSrc = off, off+n, true
		return
	case w.inSrc && !space && off == w.end,
		w.inSrc && space && off == w.end+1 && w.src[w.end] == ' ':
		w.end = off + n
		return
	case w.inSrc:
		w.buf = append(w.buf[:0], w.src[w.start:w.end]...)
		w.inSrc = false
	}
	if space {
		w.buf = append(w.buf, ' ')
	}
	w.buf = append(w.buf, w.src[off:off+n]...)
}

// word places one word (a run of characters without white space), split
// into the segments between its break opportunities.
func (w *wrapper) word(off int, word string) {
	spaceBefore := true
	start := 0
	var segUnits int64
	var before, prev rune
	for i := 0; i < len(word); {
		c := nextCluster(word[i:], w.style)
		if i > start && canBreak(before, prev, c.first) {
			w.segment(off+start, word[start:i], segUnits, spaceBefore)
			spaceBefore = false
			start, segUnits = i, 0
		}
		segUnits += c.units
		before, prev = prev, c.first
		i += c.end
	}
	w.segment(off+start, word[start:], segUnits, spaceBefore)
}

// segment places an unbreakable piece of a word, src[off:off+len(seg)]
// and u font units wide, after a space if spaceBefore and the line is not
// empty. A piece wider than max is broken between clusters.
func (w *wrapper) segment(off int, seg string, u int64, spaceBefore bool) {
	if w.open {
		add := u
		if spaceBefore {
			add += w.space
		}
		if w.fits(w.units + add) {
			w.put(off, len(seg), spaceBefore)
			w.units += add
			return
		}
		w.flush()
	}
	if w.fits(u) {
		w.put(off, len(seg), false)
		w.units, w.open = u, true
		return
	}
	for i := 0; i < len(seg); {
		c := nextCluster(seg[i:], w.style)
		if w.open && !w.fits(w.units+c.units) {
			w.flush()
		}
		w.put(off+i, c.end, false)
		w.units += c.units
		w.open = true
		i += c.end
	}
}
