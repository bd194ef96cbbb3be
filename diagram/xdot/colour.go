package xdot

import (
	"errors"
	"fmt"
	"image/color"
	"strconv"
	"strings"
)

// ErrColour is wrapped by errors about a colour that is not #rrggbb,
// #rrggbbaa or a basic name.
var ErrColour = errors.New("xdot: bad colour")

// namedColours are the colour names Graphviz may leave in xdot output or a
// caller may pass; Graphviz writes every other colour as #rrggbb[aa].
var namedColours = map[string]color.NRGBA{
	"black": {0, 0, 0, 255}, "white": {255, 255, 255, 255},
	"transparent": {255, 255, 254, 0}, "none": {0, 0, 0, 0},
	"red": {255, 0, 0, 255}, "green": {0, 255, 0, 255}, "blue": {0, 0, 255, 255},
	"gray": {192, 192, 192, 255}, "grey": {192, 192, 192, 255}, "lightgrey": {211, 211, 211, 255},
}

// ParseColour reads a colour as xdot writes it: #rgb, #rrggbb, #rrggbbaa or
// a basic name. A gradient ("[...]" or "(...)") gives its first stop.
func ParseColour(s string) (color.NRGBA, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") {
		for _, f := range strings.Fields(strings.Trim(s, "[]()")) {
			if c, err := ParseColour(f); err == nil && !isNumber(f) {
				return c, nil
			}
		}
		return color.NRGBA{}, fmt.Errorf("%w: gradient %q has no colour", ErrColour, s)
	}
	if c, ok := namedColours[strings.ToLower(s)]; ok {
		return c, nil
	}
	if !strings.HasPrefix(s, "#") {
		return color.NRGBA{}, fmt.Errorf("%w: %q is not #rrggbb", ErrColour, s)
	}
	h := s[1:]
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 && len(h) != 8 {
		return color.NRGBA{}, fmt.Errorf("%w: %q is not #rrggbb or #rrggbbaa", ErrColour, s)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return color.NRGBA{}, fmt.Errorf("%w: %q is not hexadecimal", ErrColour, s)
	}
	if len(h) == 6 {
		v = v<<8 | 0xff
	}
	return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}

// isNumber reports whether s is a number (a gradient's angle or stop).
func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}
