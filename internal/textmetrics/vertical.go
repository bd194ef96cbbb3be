package textmetrics

// LineSpacing is the distance between baselines of consecutive lines, in
// ems, that LineHeight uses. It exceeds the font's ascent plus descent
// (1.117 em), so lines never touch.
const LineSpacing = 1.25

// Ascent returns how far the font rises above the baseline, in pixels, at
// font size size (0.905 em): the top of the tallest accented capitals.
func Ascent(size float64) float64 { return toPx(ascentUnits, size) }

// Descent returns how far the font reaches below the baseline, in pixels, at
// font size size, as a positive number (0.212 em).
func Descent(size float64) float64 { return toPx(descentUnits, size) }

// CapHeight returns the height of flat capital letters such as H above the
// baseline, in pixels, at font size size (0.688 em). Centre a one-line label
// vertically by putting its baseline CapHeight/2 below the centre.
func CapHeight(size float64) float64 { return toPx(capHeightUnits, size) }

// XHeight returns the height of lower-case letters such as x, in pixels, at
// font size size (0.528 em).
func XHeight(size float64) float64 { return toPx(xHeightUnits, size) }

// LineHeight returns the distance between the baselines of consecutive
// lines, in pixels, at font size size: LineSpacing × size. A size that is
// not positive gives 0.
func LineHeight(size float64) float64 {
	if !(size > 0) {
		return 0
	}
	return LineSpacing * size
}
