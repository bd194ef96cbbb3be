package raster

import (
	"fmt"
	"strings"
)

// Graphviz's own dash patterns in points, as its SVG renderer writes them
// for the styles dashed and dotted.
var (
	dashedPattern = []float64{5, 2}
	dottedPattern = []float64{1, 5}
)

// ParseDash reads an SVG stroke-dasharray ("6 4", "8,3,2,3") into lengths
// in points; "" and "none" give nil (a solid line). An odd count is
// repeated, as SVG does.
func ParseDash(s string) ([]float64, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "none" {
		return nil, nil
	}
	var out []float64
	sum := 0.0
	for _, f := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		x, err := parseNum(f)
		if err != nil || x < 0 {
			return nil, fmt.Errorf("%w: dash pattern %q: %q is not a length of 0 or more", ErrOptions, s, f)
		}
		out = append(out, x)
		sum += x
	}
	if sum == 0 {
		return nil, nil
	}
	if len(out)%2 == 1 {
		out = append(out, out...)
	}
	return out, nil
}
