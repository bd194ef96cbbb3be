package scene

import (
	"errors"
	"fmt"
	"image/color"
	"strconv"
	"strings"
)

// ErrColour is wrapped by errors about a colour that is not #rgb,
// #rrggbb, #rrggbbaa or one of the names ParseColour knows.
var ErrColour = errors.New("scene: bad colour")

// namedColours are the colour names a scene may use besides #rrggbb.
var namedColours = map[string]color.NRGBA{
	"black": {0, 0, 0, 255}, "white": {255, 255, 255, 255},
	"transparent": {0, 0, 0, 0}, "none": {0, 0, 0, 0},
	"red": {255, 0, 0, 255}, "green": {0, 128, 0, 255}, "blue": {0, 0, 255, 255},
	"gray": {128, 128, 128, 255}, "grey": {128, 128, 128, 255},
	"lightgray": {211, 211, 211, 255}, "lightgrey": {211, 211, 211, 255},
}

// ParseColour reads a colour: #rgb, #rrggbb, #rrggbbaa, or black, white,
// red, green, blue, gray, grey, lightgray, lightgrey, transparent or none
// (the last two and "" give a transparent colour).
func ParseColour(s string) (color.NRGBA, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return color.NRGBA{}, nil
	}
	if c, ok := namedColours[strings.ToLower(s)]; ok {
		return c, nil
	}
	if !strings.HasPrefix(s, "#") {
		return color.NRGBA{}, fmt.Errorf("%w: %q: write #rrggbb", ErrColour, s)
	}
	h := s[1:]
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 && len(h) != 8 {
		return color.NRGBA{}, fmt.Errorf("%w: %q: write #rrggbb or #rrggbbaa", ErrColour, s)
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
