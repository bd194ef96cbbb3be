package svg

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/internal/xmltext"
	"github.com/eventgraph/eventgraph/scene"
)

// paint writes the fill and stroke attributes of a shape or text. A
// polyline is never filled.
func (r *renderer) paint(e *scene.Element, open bool) {
	b := &r.b
	f := e.Fill
	switch {
	case open || f.None():
		b.WriteString(` fill="none"`)
	case f.Gradient != nil:
		b.WriteString(` fill="url(#` + placeholder + "-" + r.def(gradientDef(f.Gradient)) + `)"`)
	case f.Hatch != nil:
		b.WriteString(` fill="url(#` + placeholder + "-" + r.def(hatchDef(f)) + `)"`)
	default:
		c, op := colour(f.Colour)
		b.WriteString(` fill="` + c + `"` + opacity("fill-opacity", op*scene.Alpha(f.Opacity)))
	}
	s := e.Stroke
	if s.None() {
		return
	}
	c, op := colour(s.Colour)
	b.WriteString(` stroke="` + c + `"` + opacity("stroke-opacity", op*scene.Alpha(s.Opacity)))
	if s.Width != 0 && s.Width != 1 {
		b.WriteString(` stroke-width="` + num(s.Width) + `"`)
	}
	if len(s.Dash) > 0 {
		b.WriteString(` stroke-dasharray="`)
		for i, d := range s.Dash {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(d))
		}
		b.WriteString(`"`)
	}
	if s.Cap != "" && s.Cap != "butt" {
		b.WriteString(` stroke-linecap="` + xmltext.Escape(s.Cap) + `"`)
	}
	join := s.Join
	if join == "" {
		join = "round"
	}
	if join != "miter" {
		b.WriteString(` stroke-linejoin="` + xmltext.Escape(join) + `"`)
	}
}

// def returns the id suffix of a pattern or gradient, writing it into
// <defs> the first time.
func (r *renderer) def(text string) string {
	if id, ok := r.defs[text]; ok {
		return id
	}
	id := fmt.Sprintf("p%d", len(r.defs)+1)
	r.defs[text] = id
	r.defsText.WriteString(strings.Replace(text, "\x01", placeholder+"-"+id, 1))
	return id
}

// hatchDef is the pattern of a hatched fill: the fill's colour under lines
// drawn at the hatch's angle. \x01 stands for the pattern's id.
func hatchDef(f scene.Fill) string {
	h := f.Hatch
	sp, w := h.Spacing, h.Width
	if sp == 0 {
		sp = 8
	}
	if w == 0 {
		w = 1.5
	}
	var b strings.Builder
	b.WriteString(`<pattern id="` + "\x01" + `" width="` + num(sp) + `" height="` + num(sp) + `" patternUnits="userSpaceOnUse"`)
	if h.Angle != 0 {
		b.WriteString(` patternTransform="rotate(` + num(-h.Angle) + `)"`)
	}
	b.WriteString(">")
	if !none(f.Colour) {
		c, op := colour(f.Colour)
		b.WriteString(`<rect width="` + num(sp) + `" height="` + num(sp) + `" fill="` + c + `"` + opacity("fill-opacity", op*scene.Alpha(f.Opacity)) + "/>")
	}
	c, op := colour(h.Colour)
	b.WriteString(`<path d="M0,` + num(sp/2) + " H" + num(sp) + `" stroke="` + c + `"` + opacity("stroke-opacity", op*scene.Alpha(h.Opacity)) + ` stroke-width="` + num(w) + `"/>`)
	b.WriteString("</pattern>")
	return b.String()
}

// gradientDef is a linear gradient in user space.
func gradientDef(g *scene.Gradient) string {
	var b strings.Builder
	b.WriteString(`<linearGradient id="` + "\x01" + `" gradientUnits="userSpaceOnUse" x1="` + num(g.From.X) + `" y1="` + num(g.From.Y) + `" x2="` + num(g.To.X) + `" y2="` + num(g.To.Y) + `">`)
	for _, s := range g.Stops {
		c, op := colour(s.Colour)
		b.WriteString(`<stop offset="` + num(s.Offset) + `" stop-color="` + c + `"` + opacity("stop-opacity", op*scene.Alpha(s.Opacity)) + "/>")
	}
	b.WriteString("</linearGradient>")
	return b.String()
}

// colour returns a colour as #rrggbb (or a name) and its opacity: #rrggbbaa
// is written as #rrggbb and an opacity, which every SVG viewer reads.
func colour(c string) (string, float64) {
	v, err := scene.ParseColour(c)
	if err != nil || !strings.HasPrefix(c, "#") {
		return xmltext.Escape(strings.ToLower(strings.TrimSpace(c))), 1
	}
	return fmt.Sprintf("#%02x%02x%02x", v.R, v.G, v.B), float64(v.A) / 255
}

// none reports whether a colour paints nothing.
func none(c string) bool { return scene.Stroke{Colour: c}.None() }

// opacity writes an opacity attribute when it is below 1.
func opacity(name string, v float64) string {
	if v >= 0.995 {
		return ""
	}
	return ` ` + name + `="` + num(v) + `"`
}
