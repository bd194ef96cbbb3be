package textmetrics

import "unicode/utf8"

// Line-breaking classes held in denseClass and spanClass; genmetrics writes
// the same numbers.
const (
	classOther  uint8 = 0 // an ordinary character
	classWide   uint8 = 1 // East Asian Wide or Fullwidth: lines may break beside it
	classExtend uint8 = 2 // joins the preceding character: marks, ZWJ, modifiers
)

// styleIndex selects the regular (0) or bold (1) tables.
func styleIndex(bold bool) int {
	if bold {
		return 1
	}
	return 0
}

// pagedLimit bounds the code points found through pageSpan: planes 0 to 3,
// where nearly all text lives.
const pagedLimit = 0x40000

// pageSpan[p] is the index of the span holding code point p<<8, for the
// pages of 256 code points from denseLen to pagedLimit; the spans of page p
// are pageSpan[p] through pageSpan[p+1]. It narrows the search in span to a
// few entries, one for most CJK pages.
var pageSpan = func() []uint16 {
	ps := make([]uint16, pagedLimit>>8+1)
	for p := range ps {
		ps[p] = uint16(searchSpan(rune(max(p<<8, denseLen)), 0, len(spanStart)))
	}
	return ps
}()

// span returns the index in spanStart of the span holding r, which must be
// at least denseLen and at most utf8.MaxRune.
func span(r rune) int {
	if r < pagedLimit {
		p := r >> 8
		return searchSpan(r, int(pageSpan[p]), int(pageSpan[p+1])+1)
	}
	return searchSpan(r, 0, len(spanStart))
}

// searchSpan returns the index of the last span in spanStart[lo:hi] that
// starts at or before r; spanStart[lo] must not be above r.
func searchSpan(r rune, lo, hi int) int {
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if spanStart[mid] <= r {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// advance returns the advance width of r in font units.
func advance(r rune, style int) int64 {
	if uint32(r) < denseLen {
		return int64(denseAdvance[style][r])
	}
	if uint32(r) > utf8.MaxRune {
		r = utf8.RuneError
	}
	return int64(spanAdvance[style][span(r)])
}

// charClass returns the line-breaking class of r.
func charClass(r rune) uint8 {
	if uint32(r) < denseLen {
		return denseClass[r]
	}
	if uint32(r) > utf8.MaxRune {
		r = utf8.RuneError
	}
	return spanClass[span(r)]
}

// units returns the advance width of s in font units. Invalid UTF-8
// measures as U+FFFD, the replacement character, once per bad byte.
func units(s string, style int) int64 {
	tab := &denseAdvance[style]
	var u int64
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			u += int64(tab[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		u += advance(r, style)
		i += n
	}
	return u
}

// toPx converts font units to pixels at font size size; a size that is not
// positive (or NaN) gives 0, and so do 0 units at any size.
func toPx(u int64, size float64) float64 {
	if !(size > 0) || u == 0 {
		return 0
	}
	return float64(u) * size / unitsPerEm
}

// Width returns the advance width, in pixels, of s set on one line in
// Liberation Sans (Arial) at font size size pixels, bold or regular. It is
// the sum of the characters' advances, without kerning. A size that is not
// positive gives 0. Width does not allocate.
func Width(s string, size float64, bold bool) float64 {
	return toPx(units(s, styleIndex(bold)), size)
}
