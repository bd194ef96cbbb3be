package svg

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/eventgraph/eventgraph/internal/xmltext"
	"github.com/eventgraph/eventgraph/scene"
)

// ErrNoScene is returned by Render when given a nil scene.
var ErrNoScene = errors.New("svg: no scene to draw")

// placeholder stands for the root id while the body is written: escaped
// text never holds a NUL, so it can be replaced once the id, derived from
// the body, is known.
const placeholder = "\x00id\x00"

// Render writes s as an SVG document. It validates s first (see
// scene.Scene.Validate) and writes nothing when s is invalid.
func Render(w io.Writer, s *scene.Scene) error {
	b, err := Bytes(s)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Bytes returns s as an SVG document.
func Bytes(s *scene.Scene) ([]byte, error) {
	if s == nil {
		return nil, ErrNoScene
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("svg: %w", err)
	}
	r := &renderer{defs: map[string]string{}, scoped: s.ScopedIDs}
	for i := range s.Elements {
		r.element(&s.Elements[i])
	}
	body := r.b.Bytes()
	id := s.ID
	if id == "" {
		h := fnv.New64a()
		fmt.Fprintf(h, "%s\x00%s\x00%g\x00%g\x00%s\x00%s\x00", s.Title, s.Desc, s.Width, s.Height, s.Background, s.Style)
		h.Write(r.defsText.Bytes())
		h.Write(body)
		id = fmt.Sprintf("eg%012x", h.Sum64()&0xffffffffffff)
	}
	var out bytes.Buffer
	out.Grow(len(body) + 2048)
	bw := bufio.NewWriter(&out)
	writeHead(bw, s, id)
	if r.defsText.Len() > 0 {
		bw.WriteString("<defs>")
		bw.Write(bytes.ReplaceAll(r.defsText.Bytes(), []byte(placeholder), []byte(id)))
		bw.WriteString("</defs>\n")
	}
	if !none(s.Background) {
		c, op := colour(s.Background)
		bw.WriteString(`<rect class="eg-bg" width="` + num(s.Width) + `" height="` + num(s.Height) + `" fill="` + c + `"` + opacity("fill-opacity", op) + "/>\n")
	}
	bw.Write(bytes.ReplaceAll(body, []byte(placeholder), []byte(id)))
	bw.WriteString("</svg>\n")
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// writeHead writes the root element's start tag, title, description and
// style sheet.
func writeHead(w *bufio.Writer, s *scene.Scene, id string) {
	eid := xmltext.Escape(id)
	w.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" id="` + eid + `"`)
	w.WriteString(` viewBox="0 0 ` + num(s.Width) + " " + num(s.Height) + `" width="` + num(s.Width) + `" height="` + num(s.Height) + `"`)
	w.WriteString(` style="max-width:100%;height:auto" role="img"`)
	labelled := eid + "-title"
	if s.Desc != "" {
		labelled += " " + eid + "-desc"
	}
	w.WriteString(` aria-labelledby="` + labelled + `"`)
	if s.Language != "" {
		w.WriteString(` xml:lang="` + xmltext.Escape(s.Language) + `" lang="` + xmltext.Escape(s.Language) + `"`)
	}
	if s.Class != "" {
		w.WriteString(` class="` + xmltext.Escape(s.Class) + `"`)
	}
	family := s.FontFamily
	if family == "" {
		family = "sans-serif"
	}
	w.WriteString(` font-family="` + xmltext.Escape(family) + `">` + "\n")
	w.WriteString(`<title id="` + eid + `-title">` + xmltext.Escape(s.Title) + "</title>\n")
	if s.Desc != "" {
		w.WriteString(`<desc id="` + eid + `-desc">` + xmltext.Escape(s.Desc) + "</desc>\n")
	}
	if s.Style != "" {
		css := strings.ReplaceAll(s.Style, "#ID", "#"+id)
		w.WriteString("<style>" + xmltext.Escape(css) + "</style>\n")
	}
}

// renderer writes the body of one document.
type renderer struct {
	b        bytes.Buffer
	defs     map[string]string // paint key -> id suffix
	defsText bytes.Buffer
	scoped   bool // element ids are prefixed with the root's
}

// element writes one element and its children.
func (r *renderer) element(e *scene.Element) {
	b := &r.b
	switch e.Kind {
	case scene.Group:
		tag := "g"
		if e.Href != "" {
			tag = "a"
		}
		b.WriteString("<" + tag)
		if e.Href != "" {
			b.WriteString(` href="` + xmltext.Escape(e.Href) + `"`)
		}
		r.common(e)
		if e.Role != "" {
			b.WriteString(` role="` + xmltext.Escape(e.Role) + `"`)
		}
		if e.Label != "" {
			b.WriteString(` aria-label="` + xmltext.Escape(e.Label) + `"`)
		}
		b.WriteString(">")
		r.titles(e)
		b.WriteString("\n")
		for i := range e.Children {
			r.element(&e.Children[i])
		}
		b.WriteString("</" + tag + ">\n")
		return
	case scene.Rect:
		b.WriteString(`<rect x="` + num(e.X) + `" y="` + num(e.Y) + `" width="` + num(e.W) + `" height="` + num(e.H) + `"`)
		if e.RX > 0 {
			b.WriteString(` rx="` + num(e.RX) + `"`)
		}
		if e.RY > 0 {
			b.WriteString(` ry="` + num(e.RY) + `"`)
		}
	case scene.Ellipse:
		if e.RX == e.RY {
			b.WriteString(`<circle cx="` + num(e.X) + `" cy="` + num(e.Y) + `" r="` + num(e.RX) + `"`)
		} else {
			b.WriteString(`<ellipse cx="` + num(e.X) + `" cy="` + num(e.Y) + `" rx="` + num(e.RX) + `" ry="` + num(e.RY) + `"`)
		}
	case scene.Polygon, scene.Polyline:
		if e.Kind == scene.Polyline && len(e.Points) == 2 {
			p, q := e.Points[0], e.Points[1]
			b.WriteString(`<line x1="` + num(p.X) + `" y1="` + num(p.Y) + `" x2="` + num(q.X) + `" y2="` + num(q.Y) + `"`)
			break
		}
		b.WriteString("<" + string(e.Kind) + ` points="`)
		for i, p := range e.Points {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(p.X) + "," + num(p.Y))
		}
		b.WriteString(`"`)
	case scene.Path:
		b.WriteString(`<path d="`)
		for i, sg := range e.Segments {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(string(sg.Op))
			for j, p := range sg.Points {
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(num(p.X) + "," + num(p.Y))
			}
		}
		b.WriteString(`"`)
	case scene.Text:
		r.text(e)
		return
	}
	r.common(e)
	r.paint(e, e.Kind == scene.Polyline)
	if e.Title == "" && e.Desc == "" {
		b.WriteString("/>\n")
		return
	}
	b.WriteString(">")
	r.titles(e)
	b.WriteString("</" + tagOf(e) + ">\n")
}

// tagOf returns the tag element writes for a shape.
func tagOf(e *scene.Element) string {
	switch {
	case e.Kind == scene.Rect:
		return "rect"
	case e.Kind == scene.Ellipse && e.RX == e.RY:
		return "circle"
	case e.Kind == scene.Ellipse:
		return "ellipse"
	case e.Kind == scene.Polyline && len(e.Points) == 2:
		return "line"
	}
	return string(e.Kind)
}

// common writes the id, class and opacity attributes.
func (r *renderer) common(e *scene.Element) {
	b := &r.b
	if e.ID != "" {
		b.WriteString(` id="`)
		if r.scoped {
			b.WriteString(placeholder + "-")
		}
		b.WriteString(xmltext.Escape(e.ID) + `"`)
	}
	if e.Class != "" {
		b.WriteString(` class="` + xmltext.Escape(e.Class) + `"`)
	}
	if e.Opacity > 0 && e.Opacity < 1 {
		b.WriteString(` opacity="` + num(e.Opacity) + `"`)
	}
}

// titles writes an element's <title> and <desc>.
func (r *renderer) titles(e *scene.Element) {
	if e.Title != "" {
		r.b.WriteString("<title>" + xmltext.Escape(e.Title) + "</title>")
	}
	if e.Desc != "" {
		r.b.WriteString("<desc>" + xmltext.Escape(e.Desc) + "</desc>")
	}
}

// text writes a text element: one <text> with a <tspan> per line.
func (r *renderer) text(e *scene.Element) {
	if len(e.Lines) == 0 {
		return
	}
	b := &r.b
	b.WriteString(`<text`)
	if len(e.Lines) == 1 {
		b.WriteString(` x="` + num(e.Lines[0].X) + `" y="` + num(e.Lines[0].Y) + `"`)
	}
	b.WriteString(` font-size="` + num(e.Font.Size) + `"`)
	if e.Font.Bold {
		b.WriteString(` font-weight="bold"`)
	}
	if e.Font.Italic {
		b.WriteString(` font-style="italic"`)
	}
	if e.Font.Family != "" {
		b.WriteString(` font-family="` + xmltext.Escape(e.Font.Family) + `"`)
	}
	switch e.Anchor {
	case scene.Middle, scene.End:
		b.WriteString(` text-anchor="` + string(e.Anchor) + `"`)
	}
	r.common(e)
	r.paint(e, false)
	if !e.Stroke.None() {
		b.WriteString(` paint-order="stroke"`)
	}
	b.WriteString(">")
	r.titles(e)
	if len(e.Lines) == 1 {
		b.WriteString(xmltext.Escape(e.Lines[0].Text))
	} else {
		for _, l := range e.Lines {
			b.WriteString(`<tspan x="` + num(l.X) + `" y="` + num(l.Y) + `">` + xmltext.Escape(l.Text) + "</tspan>")
		}
	}
	b.WriteString("</text>\n")
}
