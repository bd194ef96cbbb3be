package draw

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
)

// ErrNoScene is returned by Scene when given a nil timeline scene.
var ErrNoScene = errors.New("draw: no timeline scene to draw")

// ErrUnknown is wrapped by the errors about an item whose shape, role,
// paint or stroke this package does not know: a timeline.Scene built by
// hand, or a newer layout than this converter.
var ErrUnknown = errors.New("draw: unknown")

// Scene returns the timeline s drawn in theme th as a scene.Scene: the
// theme's background, every item in order with its colours, dash
// pattern, hatching or fade, its classes, and its group (class and
// tooltip) or link.
func Scene(s *timeline.Scene, th theme.Theme) (*scene.Scene, error) {
	out, _, err := Grouped(s, th)
	return out, err
}

// Grouped is Scene, also returning for each of the scene's top-level
// elements the ID of the timeline.Group it draws ("" for none), so that an
// interactive page can tie what it draws to the records (a group's items
// may be drawn in several runs, each its own element).
func Grouped(s *timeline.Scene, th theme.Theme) (*scene.Scene, []string, error) {
	if s == nil {
		return nil, nil, ErrNoScene
	}
	if th.Name == "" {
		return nil, nil, fmt.Errorf("draw: the theme has no name: use theme.ByName or theme.Light")
	}
	desc := s.Desc
	if s.Subtitle != "" {
		desc = s.Subtitle + " " + desc
	}
	out := &scene.Scene{
		Width: s.Width, Height: s.Height, Title: s.Title, Desc: desc, Language: s.Language,
		Class:      "eg-timeline eg-" + string(s.Orientation) + " eg-theme-" + th.Name,
		FontFamily: th.FontFamily, Background: th.Background,
	}
	c := converter{th: th, vertical: s.Orientation == timeline.Vertical, groups: map[string]timeline.Group{}, halo: halos(s)}
	for _, g := range s.Groups {
		c.groups[g.ID] = g
	}
	var open *scene.Element // the group being filled
	openID := ""
	var ids []string // the group of each top-level element
	flush := func() {
		if open != nil {
			out.Elements = append(out.Elements, *open)
			ids = append(ids, openID)
			open = nil
		}
	}
	for i := range s.Items {
		it := &s.Items[i]
		e, ok, err := c.item(it, c.halo[i])
		if err != nil {
			return nil, nil, fmt.Errorf("item %d (%s %s): %w", i, it.Shape, it.Role, err)
		}
		if !ok {
			continue
		}
		if it.Group != openID {
			flush()
			openID = it.Group
			if it.Group != "" {
				g := c.groups[it.Group]
				open = &scene.Element{Kind: scene.Group, Class: g.Class, Title: g.Tooltip}
			}
		}
		if open != nil {
			open.Children = append(open.Children, e)
		} else {
			out.Elements = append(out.Elements, e)
			ids = append(ids, "")
		}
	}
	flush()
	return out, ids, nil
}

// converter turns items into elements.
type converter struct {
	th       theme.Theme
	vertical bool
	groups   map[string]timeline.Group
	halo     []bool // the texts whose halo has something to mask (see halos)
}

// item returns the element that draws it; false when it draws nothing
// (a text without lines, a line with fewer than two points), as in the
// SVG.
func (c *converter) item(it *timeline.Item, halo bool) (scene.Element, bool, error) {
	col, ok := Colours(c.th, it.Role)
	if !ok {
		return scene.Element{}, false, fmt.Errorf("%w role %q", ErrUnknown, it.Role)
	}
	e := scene.Element{Class: it.Classes(), Opacity: it.Opacity}
	switch it.Shape {
	case timeline.ShapeRect:
		e.Kind, e.X, e.Y, e.W, e.H, e.RX, e.RY = scene.Rect, it.X, it.Y, it.W, it.H, it.R, it.R
	case timeline.ShapeCircle:
		e.Kind, e.X, e.Y, e.RX, e.RY = scene.Ellipse, it.X, it.Y, it.R, it.R
	case timeline.ShapeLine, timeline.ShapePolygon:
		if len(it.Points) < 2 {
			return e, false, nil
		}
		e.Kind = scene.Polyline
		if it.Shape == timeline.ShapePolygon {
			e.Kind = scene.Polygon
		}
		e.Points = make([]scene.Point, len(it.Points))
		for i, p := range it.Points {
			e.Points[i] = scene.Point{X: p.X, Y: p.Y}
		}
	case timeline.ShapeText:
		if len(it.Lines) == 0 {
			return e, false, nil
		}
		return c.text(it, col, halo), true, nil
	default:
		return e, false, fmt.Errorf("%w shape %q", ErrUnknown, it.Shape)
	}
	var err error
	if it.Shape != timeline.ShapeLine {
		if e.Fill, err = c.fill(it, col); err != nil {
			return e, false, err
		}
	}
	if e.Stroke, err = stroke(it, col); err != nil {
		return e, false, err
	}
	return link(it, e), true, nil
}

// text converts a text item: the role's text colour, and a halo in the
// page colour when asked for and something lies under the text.
func (c *converter) text(it *timeline.Item, col RoleColours, halo bool) scene.Element {
	e := scene.Element{Kind: scene.Text, Class: it.Classes(), Opacity: it.Opacity,
		Font: scene.Font{Size: it.Size, Bold: it.Bold}, Fill: scene.Fill{Colour: col.Text}}
	switch it.Anchor {
	case timeline.AnchorMiddle:
		e.Anchor = scene.Middle
	case timeline.AnchorEnd:
		e.Anchor = scene.End
	}
	if it.Halo && halo {
		e.Stroke = scene.Stroke{Colour: c.th.Background, Width: 3, Join: "round"}
	}
	e.Lines = make([]scene.Line, len(it.Lines))
	for i, l := range it.Lines {
		e.Lines[i] = scene.Line{Text: l.Text, X: l.X, Y: l.Y}
	}
	return link(it, e)
}

// link wraps e in a link group when the item links to an http or https
// address.
func link(it *timeline.Item, e scene.Element) scene.Element {
	if it.Href == "" || !timeline.LinkSafe(it.Href) {
		return e
	}
	return scene.Element{Kind: scene.Group, Href: it.Href, Children: []scene.Element{e}}
}

// fill converts an item's paint.
func (c *converter) fill(it *timeline.Item, col RoleColours) (scene.Fill, error) {
	switch it.Fill {
	case "", timeline.PaintNone:
		return scene.Fill{}, nil
	case timeline.PaintSoft:
		return scene.Fill{Colour: col.Soft}, nil
	case timeline.PaintSolid:
		return scene.Fill{Colour: col.Line}, nil
	case timeline.PaintBackground:
		return scene.Fill{Colour: c.th.Background}, nil
	case timeline.PaintHatch:
		return scene.Fill{Colour: col.Soft, Hatch: &scene.Hatch{Colour: col.Line, Angle: HatchAngle(it.Role), Spacing: HatchSpacing, Width: HatchWidth}}, nil
	case timeline.PaintFadeStart, timeline.PaintFadeEnd, timeline.PaintFadeBoth:
		return scene.Fill{Gradient: c.fade(it, col.Line)}, nil
	}
	return scene.Fill{}, fmt.Errorf("%w paint %q", ErrUnknown, it.Fill)
}

// fade is the gradient of a fading paint: along time (x on a horizontal
// timeline, y on a vertical one) across the item's box, the line colour
// fading out towards the start, the end or both.
func (c *converter) fade(it *timeline.Item, colour string) *scene.Gradient {
	b := it.Bounds()
	g := &scene.Gradient{From: scene.Point{X: b.X, Y: b.Y}, To: scene.Point{X: b.X + b.W, Y: b.Y}}
	if c.vertical {
		g.To = scene.Point{X: b.X, Y: b.Y + b.H}
	}
	stop := func(off, op float64) scene.Stop {
		if op == 0 {
			op = scene.Transparent
		}
		return scene.Stop{Offset: off, Colour: colour, Opacity: op}
	}
	switch it.Fill {
	case timeline.PaintFadeEnd:
		g.Stops = []scene.Stop{stop(0, 1), stop(0.35, 1), stop(1, 0)}
	case timeline.PaintFadeStart:
		g.Stops = []scene.Stop{stop(0, 0), stop(0.65, 1), stop(1, 1)}
	default:
		g.Stops = []scene.Stop{stop(0, 0), stop(0.3, 1), stop(0.7, 1), stop(1, 0)}
	}
	return g
}

// stroke converts an item's stroke: the item's width, else the role's.
func stroke(it *timeline.Item, col RoleColours) (scene.Stroke, error) {
	w := it.Width
	if w <= 0 {
		w = col.Width
	}
	if w <= 0 {
		w = 1
	}
	s := scene.Stroke{Colour: col.Line, Width: w, Join: "round"}
	if it.Role == timeline.RoleConnector {
		s.Opacity = ConnectorOpacity
	}
	switch it.Stroke {
	case "", timeline.StrokeNone:
		return scene.Stroke{}, nil
	case timeline.StrokeSolid:
	case timeline.StrokeDashed:
		d := col.Dash
		if d == "" {
			d = DefaultDash
		}
		s.Dash = dashes(d)
	case timeline.StrokeDotted:
		s.Dash, s.Cap = dashes(DottedDash), "round"
	default:
		return s, fmt.Errorf("%w stroke %q", ErrUnknown, it.Stroke)
	}
	return s, nil
}

// dashes reads an SVG dash array ("6 2 2 2"); theme dashes are numbers
// separated by spaces or commas.
func dashes(s string) []float64 {
	var out []float64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		if v, err := strconv.ParseFloat(f, 64); err == nil && v >= 0 {
			out = append(out, v)
		}
	}
	return out
}
