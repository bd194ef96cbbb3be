package raster

import (
	"image/color"
	"strconv"
	"strings"
)

// state is the drawing state of one xdot attribute; each attribute starts
// from Graphviz's defaults.
type state struct {
	pen, fill color.NRGBA
	width     float64 // points
	dash      []float64
	invisible bool
	font      string
	size      float64
	flags     int
}

func newState() state {
	black := color.NRGBA{0, 0, 0, 255}
	return state{pen: black, fill: black, width: 1, font: "Times-Roman", size: 14}
}

// style applies one xdot style.
func (st *state) style(s string) {
	switch {
	case s == "solid":
		st.dash = nil
	case s == "dashed":
		st.dash = dashedPattern
	case s == "dotted":
		st.dash = dottedPattern
	case s == "bold":
		st.width = 2
	case s == "invis" || s == "invisible":
		st.invisible = true
	case strings.HasPrefix(s, "setlinewidth(") && strings.HasSuffix(s, ")"):
		if w, err := strconv.ParseFloat(s[len("setlinewidth("):len(s)-1], 64); err == nil && w >= 0 && w < 1000 {
			st.width = w
		}
	}
}
