package raster

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/fogleman/gg"
	"golang.org/x/image/font/sfnt"
)

// PNG rasterises xdot texts, one under the other and left-aligned (a
// diagram, then its legend), and returns the PNG. Its resolution is set to
// 72 × o.Scale dots per inch (144 by default), so that word processors
// place it at its size in points, as large as the SVG. The output is the
// same bytes for the same input and options.
func PNG(parts [][]byte, o Options) ([]byte, error) {
	p, err := Rasterise(parts, o)
	return p.PNG, err
}

// Picture is a PNG and the scale it was drawn at.
type Picture struct {
	PNG []byte
	// Scale is the pixels per point the PNG was drawn at: Options.Scale,
	// or the one Options.ScaleFor chose.
	Scale float64
}

// Rasterise is PNG that also says the scale it chose.
func Rasterise(parts [][]byte, o Options) (Picture, error) {
	img, s, err := drawScaled(parts, o)
	if err != nil {
		return Picture{}, err
	}
	var b bytes.Buffer
	if err := encodePNG(&b, img, 72*s, textChunk{"Title", o.Title}, textChunk{"Description", o.Description}); err != nil {
		return Picture{}, fmt.Errorf("raster: encode PNG: %w", err)
	}
	return Picture{PNG: b.Bytes(), Scale: s}, nil
}

// Draw rasterises xdot texts as PNG does and returns the image. Each part
// is as large as its bounding box and pad; the image is as wide as the
// widest part and as tall as all of them, times the scale (see
// Options.ScaleFor).
func Draw(parts [][]byte, o Options) (*image.RGBA, error) {
	img, _, err := drawScaled(parts, o)
	return img, err
}

// drawScaled is Draw, also returning the scale used.
func drawScaled(parts [][]byte, o Options) (*image.RGBA, float64, error) {
	if err := o.Validate(); err != nil {
		return nil, 0, err
	}
	if len(parts) == 0 {
		return nil, 0, fmt.Errorf("%w: nothing to draw: pass at least one xdot text", ErrXDOT)
	}
	docs := make([]*Document, len(parts))
	var w, h float64
	for i, p := range parts {
		d, err := ParseXDOT(p)
		if err != nil {
			return nil, 0, fmt.Errorf("part %d: %w", i+1, err)
		}
		docs[i] = d
		pw, ph := d.size()
		w, h = max(w, pw), h+ph
	}
	s := o.ScaleFor(w, h)
	wp, hp := int(math.Ceil(w*s-1e-6)), int(math.Ceil(h*s-1e-6))
	wp, hp = max(wp, 1), max(hp, 1)
	if wp*hp > HardMaxPixels || wp > MaxSide || hp > MaxSide {
		fit := min(MaxScale, fitScale(w, h, HardMaxPixels))
		return nil, 0, fmt.Errorf("%w: at scale %g the image is %d×%d pixels, too large: use a scale of at most %g, or 0 to choose one", ErrOptions, s, wp, hp, fit)
	}
	img := image.NewRGBA(image.Rect(0, 0, wp, hp))
	dc := gg.NewContextForRGBA(img)
	var canvas color.NRGBA
	bg := o.Background
	if bg == "" {
		bg = docs[0].Graph().Attr("bgcolor")
	}
	if bg != "" {
		c, err := ParseColour(bg)
		if err != nil {
			return nil, 0, fmt.Errorf("%w: bgcolor: %w", ErrXDOT, err)
		}
		dc.SetColor(c)
		dc.Clear()
		canvas = c
	}
	dc.SetLineCapButt()
	dc.SetLineJoinRound()
	r := &renderer{dc: dc, scale: s, o: o, canvas: canvas}
	y := 0.0
	for i, d := range docs {
		r.doc, r.oy = d, y*s
		if err := r.document(); err != nil {
			return nil, 0, fmt.Errorf("part %d: %w", i+1, err)
		}
		_, ph := d.size()
		y += ph
	}
	return img, s, nil
}

// size is the drawn size of a document in points: its bounding box and
// pad on every side.
func (d *Document) size() (w, h float64) {
	return d.BB.X1 - d.BB.X0 + 2*d.Pad, d.BB.Y1 - d.BB.Y0 + 2*d.Pad
}

// renderer draws documents onto one canvas.
type renderer struct {
	dc    *gg.Context
	scale float64
	o     Options
	doc   *Document
	oy    float64 // pixel offset of the current document's top
	// canvas is the colour the canvas was cleared to; a graph's own
	// background of that colour need not be painted again (painting a
	// colour over itself changes nothing, and it is the largest shape).
	canvas color.NRGBA
	buf    sfnt.Buffer
}

// pt converts a point of the current document to pixels.
func (r *renderer) pt(p Point) (float64, float64) {
	d := r.doc
	return (p.X - d.BB.X0 + d.Pad) * r.scale, r.oy + (d.BB.Y1+d.Pad-p.Y)*r.scale
}

// document draws the graph and its clusters, then edges and nodes in the
// graph's outputorder (edgesfirst, nodesfirst, or as written).
func (r *renderer) document() error {
	var edges, nodes, rest []*Object
	for _, o := range r.doc.Objects {
		switch o.Kind {
		case KindGraph, KindCluster:
			if err := r.object(o); err != nil {
				return err
			}
		case KindEdge:
			edges = append(edges, o)
		default:
			nodes = append(nodes, o)
		}
		if o.Kind == KindNode || o.Kind == KindEdge {
			rest = append(rest, o)
		}
	}
	order := rest
	switch r.doc.Graph().Attr("outputorder") {
	case "edgesfirst":
		order = append(edges, nodes...)
	case "nodesfirst":
		order = append(nodes, edges...)
	}
	for _, o := range order {
		if err := r.object(o); err != nil {
			return err
		}
	}
	return nil
}

// object draws one object: its shape, arrowheads, then labels.
func (r *renderer) object(o *Object) error {
	cs := r.classStyle(o)
	for i, ops := range [][]Op{o.Draw, o.Tail, o.Head, o.Label, o.TailLabel, o.HeadLabel} {
		var c *ClassStyle
		if i == 0 {
			c = cs
		}
		if err := r.ops(ops, o, c); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrXDOT, o.describe(), err)
		}
	}
	return nil
}

// classStyle returns the first class style that applies to o, or nil.
func (r *renderer) classStyle(o *Object) *ClassStyle {
	for i := range r.o.Classes {
		c := &r.o.Classes[i]
		if c.Kind == o.Kind && o.HasClass(c.Class) {
			return c
		}
	}
	return nil
}

// ops draws the operations of one attribute. A class style, when given,
// replaces the dashes of the outline and hatches filled polygons.
func (r *renderer) ops(ops []Op, o *Object, cs *ClassStyle) error {
	st := newState()
	for _, op := range ops {
		switch op.Code {
		case 'c', 'C':
			c, err := ParseColour(op.Text)
			if err != nil {
				return err
			}
			if op.Code == 'c' {
				st.pen = c
			} else {
				st.fill = c
			}
		case 'S':
			st.style(op.Text)
		case 'F':
			st.font, st.size = op.Text, op.Size
		case 't':
			st.flags = op.Flags
		case 'T':
			if st.invisible {
				continue
			}
			x, y := r.pt(op.Points[0])
			drawText(r.dc, &r.buf, textRun{
				text: op.Text, font: face(st.font, st.flags), size: st.size, x: x, y: y,
				just: op.Just, width: op.Width * r.scale, scale: r.scale, flags: st.flags, colour: rgba(st.pen),
			})
		case 'I':
			// Images are external files; eventgraph's diagrams have none.
		default:
			if !st.invisible {
				r.shape(op, st, o, cs)
			}
		}
	}
	return nil
}

// shape draws an ellipse, polygon, polyline or B-spline.
func (r *renderer) shape(op Op, st state, o *Object, cs *ClassStyle) {
	dc := r.dc
	dc.ClearPath()
	filled := op.Code == 'E' || op.Code == 'P' || op.Code == 'b'
	outline := op.Code == 'P' || op.Code == 'p' || op.Code == 'E' || op.Code == 'e'
	if o.Kind == KindEdge {
		outline = op.Code == 'B' || op.Code == 'b' || op.Code == 'L'
	}
	dash := st.dash
	if cs != nil && cs.Dash != "" && outline {
		dash, _ = ParseDash(cs.Dash)
	}
	r.path(op)
	if filled && st.fill.A > 0 && !(o.Kind == KindGraph && st.fill.A == 0xff && st.fill == r.canvas) {
		dc.SetColor(st.fill)
		dc.FillPreserve()
	}
	if filled && op.Code == 'P' && cs != nil && cs.Hatch != "" {
		dc.ClearPath()
		r.hatch(op.Points, cs, st.pen)
		r.path(op)
	}
	if st.pen.A > 0 && st.width > 0 {
		dc.SetColor(st.pen)
		dc.SetLineWidth(st.width * r.scale)
		scaled := make([]float64, len(dash))
		for i, d := range dash {
			scaled[i] = d * r.scale
		}
		dc.SetDash(scaled...)
		dc.Stroke()
	}
	dc.ClearPath()
}

// path sets the current path to the shape of op.
func (r *renderer) path(op Op) {
	dc := r.dc
	switch op.Code {
	case 'E', 'e':
		x, y := r.pt(op.Points[0])
		dc.DrawEllipse(x, y, op.Points[1].X*r.scale, op.Points[1].Y*r.scale)
	case 'P', 'p', 'L':
		for i, p := range op.Points {
			x, y := r.pt(p)
			if i == 0 {
				dc.MoveTo(x, y)
			} else {
				dc.LineTo(x, y)
			}
		}
		if op.Code != 'L' {
			dc.ClosePath()
		}
	case 'B', 'b':
		x, y := r.pt(op.Points[0])
		dc.MoveTo(x, y)
		for i := 1; i+2 < len(op.Points); i += 3 {
			x1, y1 := r.pt(op.Points[i])
			x2, y2 := r.pt(op.Points[i+1])
			x3, y3 := r.pt(op.Points[i+2])
			dc.CubicTo(x1, y1, x2, y2, x3, y3)
		}
		if op.Code == 'b' {
			dc.ClosePath()
		}
	}
}

// rgba returns a colour as gg's components from 0 to 1.
func rgba(c color.NRGBA) [4]float64 {
	return [4]float64{float64(c.R) / 255, float64(c.G) / 255, float64(c.B) / 255, float64(c.A) / 255}
}
