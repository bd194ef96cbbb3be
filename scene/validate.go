package scene

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// ErrInvalid is wrapped by the errors of Validate.
var ErrInvalid = errors.New("scene: invalid")

// MaxSize bounds a scene's width and height in pixels.
const MaxSize = 1 << 20

// Validate reports the first problem with s: a size not above 0 or over
// MaxSize, a number that is not finite, a colour ParseColour refuses, a
// path operation with the wrong number of points, text that is not UTF-8,
// or an id used twice. Backends validate before drawing.
func (s *Scene) Validate() error {
	if !(s.Width > 0 && s.Height > 0 && s.Width <= MaxSize && s.Height <= MaxSize) {
		return fmt.Errorf("%w: size %g×%g: width and height must be above 0 and at most %d", ErrInvalid, s.Width, s.Height, MaxSize)
	}
	for _, t := range []string{s.Title, s.Desc, s.Language, s.ID, s.Class, s.FontFamily, s.Style} {
		if !utf8.ValidString(t) {
			return fmt.Errorf("%w: scene text is not UTF-8", ErrInvalid)
		}
	}
	if err := checkColour(s.Background); err != nil {
		return fmt.Errorf("%w: background: %w", ErrInvalid, err)
	}
	ids := map[string]bool{}
	var err error
	s.Walk(func(e *Element, _ []*Element) {
		if err != nil {
			return
		}
		if e.ID != "" {
			if ids[e.ID] {
				err = fmt.Errorf("%w: id %q is used twice", ErrInvalid, e.ID)
				return
			}
			ids[e.ID] = true
		}
		if e2 := e.validate(); e2 != nil {
			err = fmt.Errorf("%w: %s %q: %w", ErrInvalid, e.Kind, e.ID, e2)
		}
	})
	return err
}

func (e *Element) validate() error {
	switch e.Kind {
	case Group, Rect, Ellipse, Polygon, Polyline, Path, Text:
	default:
		return fmt.Errorf("unknown kind %q", e.Kind)
	}
	for _, t := range []string{e.ID, e.Class, e.Title, e.Desc, e.Role, e.Label, e.Href, e.Font.Family} {
		if !utf8.ValidString(t) {
			return errors.New("text is not UTF-8")
		}
	}
	if e.Href != "" && !SafeHref(e.Href) {
		return fmt.Errorf("link %q: use an http, https or mailto URL or a #fragment", e.Href)
	}
	nums := []float64{e.X, e.Y, e.W, e.H, e.RX, e.RY, e.Opacity, e.Font.Size, e.Stroke.Width}
	nums = append(nums, e.Stroke.Dash...)
	for _, p := range e.Points {
		nums = append(nums, p.X, p.Y)
	}
	for _, sg := range e.Segments {
		want := map[Op]int{MoveTo: 1, LineTo: 1, CubicTo: 3, Close: 0}
		n, ok := want[sg.Op]
		if !ok || len(sg.Points) != n {
			return fmt.Errorf("path operation %q with %d points", sg.Op, len(sg.Points))
		}
		for _, p := range sg.Points {
			nums = append(nums, p.X, p.Y)
		}
	}
	for _, l := range e.Lines {
		if !utf8.ValidString(l.Text) || strings.ContainsAny(l.Text, "\n\r") {
			return errors.New("a line of text is not UTF-8 or holds a line break")
		}
		nums = append(nums, l.X, l.Y, l.W)
	}
	for _, v := range nums {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 4*MaxSize {
			return fmt.Errorf("number %g out of range", v)
		}
	}
	if e.W < 0 || e.H < 0 || e.RX < 0 || e.RY < 0 || e.Font.Size < 0 || e.Stroke.Width < 0 {
		return errors.New("negative size, radius or width")
	}
	for _, d := range e.Stroke.Dash {
		if d < 0 {
			return errors.New("negative dash length")
		}
	}
	cs := []string{e.Fill.Colour, e.Stroke.Colour}
	if h := e.Fill.Hatch; h != nil {
		cs = append(cs, h.Colour)
		if h.Spacing < 0 || h.Width < 0 || math.IsNaN(h.Angle) || math.IsInf(h.Angle, 0) || h.Spacing > MaxSize || h.Width > MaxSize {
			return errors.New("hatch spacing and width must be 0 or more")
		}
		if h.Spacing > 0 && h.Spacing < 0.5 {
			return errors.New("hatch spacing must be at least 0.5")
		}
	}
	if g := e.Fill.Gradient; g != nil {
		if len(g.Stops) == 0 {
			return errors.New("gradient without stops")
		}
		for _, st := range g.Stops {
			cs = append(cs, st.Colour)
			if !(st.Offset >= 0 && st.Offset <= 1) {
				return errors.New("gradient stop offset must be from 0 to 1")
			}
		}
		for _, v := range []float64{g.From.X, g.From.Y, g.To.X, g.To.Y} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return errors.New("gradient end is not a number")
			}
		}
	}
	for _, c := range cs {
		if err := checkColour(c); err != nil {
			return err
		}
	}
	return nil
}

func checkColour(c string) error {
	_, err := ParseColour(c)
	return err
}

// SafeHref reports whether a link may be drawn: an http, https or mailto
// URL, or a fragment (#id). Other schemes (javascript:, data:) are refused
// by Validate, so that a case file cannot put script into a picture.
func SafeHref(h string) bool {
	l := strings.ToLower(strings.TrimSpace(h))
	for _, p := range []string{"http://", "https://", "mailto:", "#"} {
		if strings.HasPrefix(l, p) {
			return !strings.ContainsAny(h, "\x00\n\r\t")
		}
	}
	return false
}
