package svg

import (
	"bufio"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/internal/xmltext"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
)

// ErrNoScene is returned by Render when given a nil scene.
var ErrNoScene = errors.New("svg: no scene to draw")

// Render writes s as a standalone SVG document drawn with theme th.
func Render(w io.Writer, s *timeline.Scene, th theme.Theme) error {
	if s == nil {
		return ErrNoScene
	}
	if th.Name == "" {
		return fmt.Errorf("svg: the theme has no name: use theme.ByName or theme.Light")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	r := &renderer{s: s, th: th, root: rootID(s, th), groups: map[string]timeline.Group{}}
	for _, g := range s.Groups {
		r.groups[g.ID] = g
	}
	r.write(bw)
	return bw.Flush()
}

// renderer writes one document.
type renderer struct {
	s      *timeline.Scene
	th     theme.Theme
	root   string
	groups map[string]timeline.Group
	b      strings.Builder
}

// rootID derives the drawing's id from what it shows and its theme, so
// that two drawings on one page get distinct ids and the same drawing the
// same one.
func rootID(s *timeline.Scene, th theme.Theme) string {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d\x00%s\x00%s\x00%s", s.Title, s.Subtitle, s.Orientation, len(s.Items), num(s.Width), num(s.Height), th.Name)
	return fmt.Sprintf("eg%08x", h.Sum32())
}

func (r *renderer) write(w *bufio.Writer) {
	s, b := r.s, &r.b
	u := scan(s)
	u.roles[timeline.RoleText] = true
	wh := num(s.Width)
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" id="` + r.root + `" viewBox="0 0 ` + wh + " " + num(s.Height) + `"`)
	// The intrinsic size is the designed one, so that an <img> or a CMS
	// shows the drawing at the width its type sizes were chosen for; it
	// shrinks with a narrower column and keeps its proportions.
	b.WriteString(` width="` + wh + `" height="` + num(s.Height) + `" style="max-width:100%;height:auto"`)
	b.WriteString(` role="img" aria-labelledby="` + r.root + `-title ` + r.root + `-desc"`)
	if s.Language != "" {
		b.WriteString(` xml:lang="` + xmltext.Escape(s.Language) + `"`)
	}
	b.WriteString(` class="eg-timeline eg-` + xmltext.Escape(string(s.Orientation)) + ` eg-theme-` + xmltext.Escape(r.th.Name) + `"`)
	b.WriteString(` font-family="` + xmltext.Escape(r.th.FontFamily) + `">` + "\n")
	b.WriteString(`<title id="` + r.root + `-title">` + xmltext.Escape(s.Title) + "</title>\n")
	desc := s.Desc
	if s.Subtitle != "" {
		desc = s.Subtitle + " " + desc
	}
	b.WriteString(`<desc id="` + r.root + `-desc">` + xmltext.Escape(desc) + "</desc>\n")
	b.WriteString("<style>" + styleSheet(r.th, r.root, u))
	if r.th.FollowsScheme() {
		b.WriteString(darkBlock(r.root, u))
	}
	b.WriteString("</style>\n")
	writeDefs(b, r.root, s.Orientation == timeline.Vertical, u)
	b.WriteString(`<rect class="eg-bg" x="0" y="0" width="` + wh + `" height="` + num(s.Height) + `"/>` + "\n")
	open := ""
	for i := range s.Items {
		it := &s.Items[i]
		if it.Group != open {
			if open != "" {
				b.WriteString("</g>\n")
			}
			open = it.Group
			if open != "" {
				g := r.groups[open]
				b.WriteString(`<g class="` + xmltext.Escape(g.Class) + `" data-id="` + xmltext.Escape(open) + `">`)
				if g.Tooltip != "" {
					b.WriteString("<title>" + xmltext.Escape(g.Tooltip) + "</title>")
				}
			}
		}
		if it.Href != "" && timeline.LinkSafe(it.Href) {
			b.WriteString(`<a href="` + xmltext.Escape(it.Href) + `">`)
			r.item(it)
			b.WriteString("</a>\n")
		} else {
			r.item(it)
		}
		if b.Len() > 32<<10 {
			w.WriteString(b.String())
			b.Reset()
		}
	}
	if open != "" {
		b.WriteString("</g>\n")
	}
	b.WriteString("</svg>\n")
	w.WriteString(b.String())
	b.Reset()
}

// item writes one element.
func (r *renderer) item(it *timeline.Item) {
	b := &r.b
	common := ` class="` + xmltext.Escape(it.Classes()) + `"`
	if it.Width > 0 && it.Shape != timeline.ShapeText {
		// A style attribute, so that the item's width wins over its
		// role's in the style sheet.
		common += ` style="stroke-width:` + num(it.Width) + `px"`
	}
	if it.Opacity > 0 && it.Opacity < 1 {
		common += ` opacity="` + num(it.Opacity) + `"`
	}
	switch it.Shape {
	case timeline.ShapeRect:
		b.WriteString(`<rect x="` + num(it.X) + `" y="` + num(it.Y) + `" width="` + num(it.W) + `" height="` + num(it.H) + `"`)
		if it.R > 0 {
			b.WriteString(` rx="` + num(it.R) + `"`)
		}
		b.WriteString(common + "/>\n")
	case timeline.ShapeCircle:
		b.WriteString(`<circle cx="` + num(it.X) + `" cy="` + num(it.Y) + `" r="` + num(it.R) + `"` + common + "/>\n")
	case timeline.ShapeLine, timeline.ShapePolygon:
		if len(it.Points) < 2 {
			return
		}
		tag := "polyline"
		if it.Shape == timeline.ShapePolygon {
			tag = "polygon"
		}
		if len(it.Points) == 2 && tag == "polyline" {
			p, q := it.Points[0], it.Points[1]
			b.WriteString(`<line x1="` + num(p.X) + `" y1="` + num(p.Y) + `" x2="` + num(q.X) + `" y2="` + num(q.Y) + `"` + common + "/>\n")
			return
		}
		b.WriteString("<" + tag + ` points="`)
		for i, p := range it.Points {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(p.X) + "," + num(p.Y))
		}
		b.WriteString(`"` + common + "/>\n")
	case timeline.ShapeText:
		if len(it.Lines) == 0 {
			return
		}
		anchor := ""
		switch it.Anchor {
		case timeline.AnchorMiddle:
			anchor = ` text-anchor="middle"`
		case timeline.AnchorEnd:
			anchor = ` text-anchor="end"`
		}
		b.WriteString(`<text font-size="` + num(it.Size) + `"` + anchor + common + ">")
		for _, l := range it.Lines {
			b.WriteString(`<tspan x="` + num(l.X) + `" y="` + num(l.Y) + `">` + xmltext.Escape(l.Text) + "</tspan>")
		}
		b.WriteString("</text>\n")
	}
}

// num writes a coordinate with at most two decimals and no trailing zeros.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	if s == "-0" {
		return "0"
	}
	return s
}
