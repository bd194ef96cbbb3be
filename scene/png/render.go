package png

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"
	"math"

	"github.com/eventgraph/eventgraph/scene"
	"github.com/fogleman/gg"
	"golang.org/x/image/font/sfnt"
)

// ErrNoScene is returned when given a nil scene.
var ErrNoScene = errors.New("png: no scene to draw")

// Picture is a PNG and the scale it was drawn at.
type Picture struct {
	PNG []byte
	// Scale is the image pixels per scene pixel: Options.Scale, or the one
	// Options.ScaleFor chose.
	Scale float64
	// Width and Height are the image's size in pixels.
	Width, Height int
}

// Render writes s as a PNG; nothing is written when s or o is invalid.
func Render(w io.Writer, s *scene.Scene, o Options) error {
	p, err := Draw(s, o)
	if err != nil {
		return err
	}
	_, err = w.Write(p.PNG)
	return err
}

// Draw draws s as a PNG and says at which scale.
func Draw(s *scene.Scene, o Options) (Picture, error) {
	img, sc, err := Image(s, o)
	if err != nil {
		return Picture{}, err
	}
	title, desc := o.Title, o.Description
	if title == "" {
		title = s.Title
	}
	if desc == "" {
		desc = s.Desc
	}
	var b bytes.Buffer
	if err := encodePNG(&b, img, 96*sc, textChunk{"Title", title}, textChunk{"Description", desc}); err != nil {
		return Picture{}, fmt.Errorf("png: encode: %w", err)
	}
	return Picture{PNG: b.Bytes(), Scale: sc, Width: img.Bounds().Dx(), Height: img.Bounds().Dy()}, nil
}

// Image draws s and returns the image and the scale used.
func Image(s *scene.Scene, o Options) (*image.RGBA, float64, error) {
	if s == nil {
		return nil, 0, ErrNoScene
	}
	if err := o.Validate(); err != nil {
		return nil, 0, err
	}
	if err := s.Validate(); err != nil {
		return nil, 0, fmt.Errorf("png: %w", err)
	}
	sc := o.ScaleFor(s.Width, s.Height)
	wp, hp := int(math.Ceil(s.Width*sc-1e-6)), int(math.Ceil(s.Height*sc-1e-6))
	wp, hp = max(wp, 1), max(hp, 1)
	if wp*hp > HardMaxPixels || wp > MaxSide || hp > MaxSide {
		fit := min(MaxScale, fitScale(s.Width, s.Height, HardMaxPixels))
		return nil, 0, fmt.Errorf("%w: at scale %g the image is %d×%d pixels, too large: use a scale of at most %g, or 0 to choose one", ErrOptions, sc, wp, hp, fit)
	}
	img := image.NewRGBA(image.Rect(0, 0, wp, hp))
	r := &renderer{dc: gg.NewContextForRGBA(img), scale: sc}
	if !(scene.Fill{Colour: s.Background}).None() {
		c, _ := scene.ParseColour(s.Background)
		r.dc.SetColor(c)
		r.dc.Clear()
	}
	r.dc.SetLineCapButt()
	r.dc.SetLineJoinRound()
	for i := range s.Elements {
		r.element(&s.Elements[i], 1)
	}
	return img, sc, nil
}

// renderer draws one scene.
type renderer struct {
	dc     *gg.Context
	scale  float64
	buf    sfnt.Buffer
	glyphs []sfnt.GlyphIndex
	xs     []float64
}

// element draws an element and its children; alpha is the opacity of the
// groups it is in.
func (r *renderer) element(e *scene.Element, alpha float64) {
	alpha *= scene.Alpha(e.Opacity)
	if alpha <= 0 {
		return
	}
	switch e.Kind {
	case scene.Group:
		for i := range e.Children {
			r.element(&e.Children[i], alpha)
		}
		return
	case scene.Text:
		r.text(e, alpha)
		return
	}
	dc := r.dc
	dc.ClearPath()
	r.path(e)
	if e.Kind != scene.Polyline {
		if r.setFill(e.Fill, alpha) {
			dc.FillPreserve()
		}
		if h := e.Fill.Hatch; h != nil {
			dc.ClearPath()
			r.hatch(outline(e), h, alpha)
			dc.ClearPath()
			r.path(e)
		}
	}
	if !e.Stroke.None() {
		r.setStroke(e.Stroke, alpha)
		dc.Stroke()
	}
	dc.ClearPath()
}

// path sets the current path to a shape's outline, in pixels.
func (r *renderer) path(e *scene.Element) {
	dc, k := r.dc, r.scale
	switch e.Kind {
	case scene.Rect:
		if e.RX > 0 || e.RY > 0 {
			dc.DrawRoundedRectangle(e.X*k, e.Y*k, e.W*k, e.H*k, math.Max(e.RX, e.RY)*k)
		} else {
			dc.DrawRectangle(e.X*k, e.Y*k, e.W*k, e.H*k)
		}
	case scene.Ellipse:
		dc.DrawEllipse(e.X*k, e.Y*k, e.RX*k, e.RY*k)
	case scene.Polygon, scene.Polyline:
		for i, p := range e.Points {
			if i == 0 {
				dc.MoveTo(p.X*k, p.Y*k)
			} else {
				dc.LineTo(p.X*k, p.Y*k)
			}
		}
		if e.Kind == scene.Polygon {
			dc.ClosePath()
		}
	case scene.Path:
		for _, s := range e.Segments {
			switch s.Op {
			case scene.MoveTo:
				dc.NewSubPath()
				dc.MoveTo(s.Points[0].X*k, s.Points[0].Y*k)
			case scene.LineTo:
				dc.LineTo(s.Points[0].X*k, s.Points[0].Y*k)
			case scene.CubicTo:
				p := s.Points
				dc.CubicTo(p[0].X*k, p[0].Y*k, p[1].X*k, p[1].Y*k, p[2].X*k, p[2].Y*k)
			case scene.Close:
				dc.ClosePath()
			}
		}
	}
}

// setFill sets the fill colour or gradient; false when the fill paints
// nothing (hatching aside).
func (r *renderer) setFill(f scene.Fill, alpha float64) bool {
	dc := r.dc
	if g := f.Gradient; g != nil {
		k := r.scale
		grad := gg.NewLinearGradient(g.From.X*k, g.From.Y*k, g.To.X*k, g.To.Y*k)
		for _, s := range g.Stops {
			c, _ := scene.ParseColour(s.Colour)
			c.A = uint8(math.Round(float64(c.A) * scene.Alpha(s.Opacity) * alpha))
			grad.AddColorStop(s.Offset, c)
		}
		dc.SetFillStyle(grad)
		return true
	}
	if (scene.Stroke{Colour: f.Colour}).None() {
		return false
	}
	c, _ := scene.ParseColour(f.Colour)
	a := float64(c.A) / 255 * scene.Alpha(f.Opacity) * alpha
	if a <= 0 {
		return false
	}
	dc.SetRGBA(float64(c.R)/255, float64(c.G)/255, float64(c.B)/255, a)
	return true
}

// setStroke sets the line colour, width, dashes, cap and join.
func (r *renderer) setStroke(s scene.Stroke, alpha float64) {
	dc := r.dc
	c, _ := scene.ParseColour(s.Colour)
	dc.SetRGBA(float64(c.R)/255, float64(c.G)/255, float64(c.B)/255, float64(c.A)/255*scene.Alpha(s.Opacity)*alpha)
	dc.SetLineWidth(s.LineWidth() * r.scale)
	dash := make([]float64, len(s.Dash))
	sum := 0.0
	for i, d := range s.Dash {
		dash[i] = d * r.scale
		sum += d
	}
	if sum == 0 {
		dash = nil
	} else if len(dash)%2 == 1 {
		dash = append(dash, dash...)
	}
	dc.SetDash(dash...)
	switch s.Cap {
	case "round":
		dc.SetLineCapRound()
	case "square":
		dc.SetLineCapSquare()
	default:
		dc.SetLineCapButt()
	}
	switch s.Join {
	case "miter", "bevel":
		dc.SetLineJoinBevel()
	default:
		dc.SetLineJoinRound()
	}
}
