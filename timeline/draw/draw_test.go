package draw_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/draw"
)

// Every shape, paint and stroke a timeline.Scene holds, with what the
// conversion must make of it.
var (
	shapes = map[timeline.Shape]scene.Kind{
		timeline.ShapeRect: scene.Rect, timeline.ShapeCircle: scene.Ellipse, timeline.ShapeLine: scene.Polyline,
		timeline.ShapePolygon: scene.Polygon, timeline.ShapeText: scene.Text,
	}
	paints = []timeline.Paint{"", timeline.PaintNone, timeline.PaintSoft, timeline.PaintSolid, timeline.PaintHatch,
		timeline.PaintFadeStart, timeline.PaintFadeEnd, timeline.PaintFadeBoth, timeline.PaintBackground}
	strokes = []timeline.Stroke{"", timeline.StrokeNone, timeline.StrokeSolid, timeline.StrokeDashed, timeline.StrokeDotted}
)

// item returns an item of the given shape at a fixed place.
func item(sh timeline.Shape, r timeline.Role, p timeline.Paint, st timeline.Stroke) timeline.Item {
	it := timeline.Item{Shape: sh, Role: r, Fill: p, Stroke: st, X: 10, Y: 20, W: 30, H: 8, R: 4, Class: "eg-x"}
	switch sh {
	case timeline.ShapeLine, timeline.ShapePolygon:
		it.Points = []timeline.Point{{X: 10, Y: 20}, {X: 40, Y: 20}, {X: 40, Y: 28}}
	case timeline.ShapeText:
		it.Lines, it.Size = []timeline.Line{{Text: "Han Dong", X: 10, Y: 30}}, 13
	}
	return it
}

// TestEveryKind converts every shape with every paint and stroke in
// every role and theme, and checks the element it becomes: its kind, its
// class, and colours that are the theme's for that role.
func TestEveryKind(t *testing.T) {
	for _, name := range theme.Names() {
		th, _ := theme.ByName(name)
		for _, r := range draw.Roles {
			col, ok := draw.Colours(th, r)
			if !ok || col.Line == "" || col.Text == "" {
				t.Fatalf("%s %s: colours %+v, %v", name, r, col, ok)
			}
			for sh, kind := range shapes {
				for _, p := range paints {
					for _, st := range strokes {
						it := item(sh, r, p, st)
						s := &timeline.Scene{Width: 100, Height: 50, Title: "t", Items: []timeline.Item{it}}
						out, err := draw.Scene(s, th)
						if err != nil {
							t.Fatalf("%s %s %s %s %s: %v", name, sh, r, p, st, err)
						}
						if err := out.Validate(); err != nil {
							t.Fatalf("%s %s %s %s %s: %v", name, sh, r, p, st, err)
						}
						if len(out.Elements) != 1 {
							t.Fatalf("%s %s %s %s %s: %d elements", name, sh, r, p, st, len(out.Elements))
						}
						checkElement(t, th, it, out.Elements[0], kind, col)
					}
				}
			}
		}
	}
}

// checkElement checks that e draws it in theme th.
func checkElement(t *testing.T, th theme.Theme, it timeline.Item, e scene.Element, kind scene.Kind, col draw.RoleColours) {
	t.Helper()
	where := fmt.Sprintf("%s %s %s/%s/%s", th.Name, it.Shape, it.Role, it.Fill, it.Stroke)
	if e.Kind != kind {
		t.Fatalf("%s: kind %s, want %s", where, e.Kind, kind)
	}
	if !strings.HasPrefix(e.Class, "eg-x r-"+string(it.Role)) {
		t.Errorf("%s: class %q", where, e.Class)
	}
	if kind == scene.Text {
		if e.Fill.Colour != col.Text || e.Font.Size != 13 || len(e.Lines) != 1 || e.Lines[0].Text != "Han Dong" {
			t.Errorf("%s: text %+v", where, e)
		}
		return
	}
	wantFill := map[timeline.Paint]string{timeline.PaintSoft: col.Soft, timeline.PaintSolid: col.Line,
		timeline.PaintBackground: th.Background, timeline.PaintHatch: col.Soft}[it.Fill]
	switch {
	case it.Shape == timeline.ShapeLine:
		if !e.Fill.None() {
			t.Errorf("%s: an open line is filled: %+v", where, e.Fill)
		}
	case strings.HasPrefix(string(it.Fill), "fade-"):
		g := e.Fill.Gradient
		if g == nil || len(g.Stops) < 3 || g.Stops[1].Colour != col.Line {
			t.Errorf("%s: fade %+v", where, g)
		}
	case e.Fill.Colour != wantFill:
		t.Errorf("%s: fill %q, want %q", where, e.Fill.Colour, wantFill)
	}
	if (it.Fill == timeline.PaintHatch && it.Shape != timeline.ShapeLine) != (e.Fill.Hatch != nil) {
		t.Errorf("%s: hatch %+v", where, e.Fill.Hatch)
	} else if h := e.Fill.Hatch; h != nil && (h.Colour != col.Line || h.Angle != draw.HatchAngle(it.Role)) {
		t.Errorf("%s: hatch %+v", where, h)
	}
	switch it.Stroke {
	case "", timeline.StrokeNone:
		if !e.Stroke.None() {
			t.Errorf("%s: stroke %+v, want none", where, e.Stroke)
		}
	default:
		if e.Stroke.Colour != col.Line || e.Stroke.Width != col.Width {
			t.Errorf("%s: stroke %+v, want %s %g", where, e.Stroke, col.Line, col.Width)
		}
		dashed := len(e.Stroke.Dash) > 0
		if dashed != (it.Stroke != timeline.StrokeSolid) {
			t.Errorf("%s: dash %v", where, e.Stroke.Dash)
		}
	}
}

// TestStyles pins what the roles look like: exact dash patterns, hatch
// angles, widths, the connector's opacity, an item's own width, halos.
func TestStyles(t *testing.T) {
	th := theme.Light()
	conv := func(it timeline.Item) scene.Element {
		t.Helper()
		out, err := draw.Scene(&timeline.Scene{Width: 100, Height: 50, Items: []timeline.Item{it}}, th)
		if err != nil {
			t.Fatal(err)
		}
		return out.Elements[0]
	}
	tests := []struct {
		name string
		it   timeline.Item
		want string
	}{
		{"alleged dashed", item(timeline.ShapeRect, timeline.RoleAlleged, timeline.PaintNone, timeline.StrokeDashed), "{Colour:#c04a00 Width:1.5 Dash:[6 4] Opacity:0 Cap: Join:round}"},
		{"contested dashed", item(timeline.ShapeRect, timeline.RoleContested, timeline.PaintNone, timeline.StrokeDashed), "{Colour:#8a5a00 Width:1.5 Dash:[6 2 2 2 2 2] Opacity:0 Cap: Join:round}"},
		{"grid dashed", item(timeline.ShapeLine, timeline.RoleGrid, timeline.PaintNone, timeline.StrokeDashed), "{Colour:" + th.Grid + " Width:1 Dash:[5 3] Opacity:0 Cap: Join:round}"},
		{"event dotted", item(timeline.ShapeLine, timeline.RoleEvent, timeline.PaintNone, timeline.StrokeDotted), "{Colour:#a05a00 Width:1.5 Dash:[0.5 3.5] Opacity:0 Cap:round Join:round}"},
		{"connector", item(timeline.ShapeLine, timeline.RoleConnector, timeline.PaintNone, timeline.StrokeSolid), "{Colour:" + th.Muted + " Width:1 Dash:[] Opacity:0.55 Cap: Join:round}"},
	}
	own := item(timeline.ShapeLine, timeline.RoleEvent, timeline.PaintNone, timeline.StrokeDotted)
	own.Width = 2
	tests = append(tests, struct {
		name string
		it   timeline.Item
		want string
	}{"own width", own, "{Colour:#a05a00 Width:2 Dash:[0.5 3.5] Opacity:0 Cap:round Join:round}"})
	for _, tt := range tests {
		if got := fmt.Sprintf("%+v", conv(tt.it).Stroke); got != tt.want {
			t.Errorf("%s: stroke %s, want %s", tt.name, got, tt.want)
		}
	}
	for r, want := range map[timeline.Role]float64{timeline.RoleDisputed: -45, timeline.RoleAlleged: 45, timeline.RolePartly: 0, timeline.RoleStated: 90} {
		h := conv(item(timeline.ShapeRect, r, timeline.PaintHatch, timeline.StrokeNone)).Fill.Hatch
		if h == nil || h.Angle != want || h.Spacing != draw.HatchSpacing {
			t.Errorf("%s hatch %+v, want angle %g", r, h, want)
		}
	}
	// A halo is drawn only when something lies under the text.
	text := item(timeline.ShapeText, timeline.RoleText, "", "")
	text.Halo = true
	line := item(timeline.ShapeLine, timeline.RoleGrid, "", timeline.StrokeSolid)
	line.Points = []timeline.Point{{X: 5, Y: 26}, {X: 90, Y: 26}}
	far := line
	far.Points = []timeline.Point{{X: 5, Y: 45}, {X: 90, Y: 45}}
	for _, tt := range []struct {
		items []timeline.Item
		halo  bool
	}{{[]timeline.Item{text}, false}, {[]timeline.Item{line, text}, true}, {[]timeline.Item{text, line}, false}, {[]timeline.Item{far, text}, false}} {
		out, err := draw.Scene(&timeline.Scene{Width: 100, Height: 50, Items: tt.items}, th)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range out.Elements {
			if e.Kind == scene.Text && e.Stroke.None() == tt.halo {
				t.Errorf("items %d: halo %+v, want %v", len(tt.items), e.Stroke, tt.halo)
			}
		}
	}
}

// TestGroupsAndLinks checks that items of one group become a group with
// its class and tooltip, and that only http and https addresses become
// links.
func TestGroupsAndLinks(t *testing.T) {
	a := item(timeline.ShapeCircle, timeline.RoleEvent, timeline.PaintSolid, timeline.StrokeNone)
	a.Group = "event-a"
	b := item(timeline.ShapeText, timeline.RoleText, "", "")
	b.Group = "event-a"
	src := item(timeline.ShapeText, timeline.RoleMuted, "", "")
	src.Group = "source-s"
	s := &timeline.Scene{Width: 100, Height: 50, Title: "T", Subtitle: "Sub.", Desc: "Desc.", Language: "en",
		Groups: []timeline.Group{{ID: "event-a", Class: "eg-event", Tooltip: "A, 1 May 2020"}}}
	for _, href := range []string{"https://example.com/a?b=1&c=\"2\"", "http://example.com/", "javascript:alert(1)", "data:text/html,x", "JAVASCRIPT:alert(1)", "//example.com/x", "https:///nohost", "https://exa mple.com/", "ftp://example.com/"} {
		src.Href = href
		s.Items = []timeline.Item{a, b, src}
		out, err := draw.Scene(s, theme.Light())
		if err != nil {
			t.Fatal(err)
		}
		if out.Title != "T" || out.Desc != "Sub. Desc." || out.Language != "en" || out.Background != theme.Light().Background {
			t.Errorf("scene head %+v", out)
		}
		if len(out.Elements) != 2 {
			t.Fatalf("%d elements, want the event's group and the source's", len(out.Elements))
		}
		g := out.Elements[0]
		if g.Kind != scene.Group || g.Class != "eg-event" || g.Title != "A, 1 May 2020" || len(g.Children) != 2 {
			t.Errorf("event group %+v", g)
		}
		inner := out.Elements[1].Children[0]
		linked := strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "https://") && !strings.Contains(href, " ") && !strings.HasPrefix(href, "https:///")
		if got := inner.Kind == scene.Group && inner.Href == href; got != linked {
			t.Errorf("%q: linked = %v, want %v (%+v)", href, got, linked, inner)
		}
		if err := out.Validate(); err != nil {
			t.Errorf("%q: %v", href, err)
		}
	}
}

func TestErrors(t *testing.T) {
	if _, err := draw.Scene(nil, theme.Light()); !errors.Is(err, draw.ErrNoScene) {
		t.Errorf("nil scene: %v", err)
	}
	if _, err := draw.Scene(&timeline.Scene{Width: 1, Height: 1}, theme.Theme{}); err == nil {
		t.Error("no theme: want an error")
	}
	for _, it := range []timeline.Item{
		{Shape: "star", Role: timeline.RoleText},
		{Shape: timeline.ShapeRect, Role: "glow"},
		{Shape: timeline.ShapeRect, Role: timeline.RoleText, Fill: "plaid"},
		{Shape: timeline.ShapeRect, Role: timeline.RoleText, Stroke: "wavy"},
	} {
		_, err := draw.Scene(&timeline.Scene{Width: 1, Height: 1, Items: []timeline.Item{it}}, theme.Light())
		if !errors.Is(err, draw.ErrUnknown) {
			t.Errorf("%+v: error %v, want ErrUnknown", it, err)
		}
	}
	// Nothing to draw is not an error: as in the SVG, it is left out.
	out, err := draw.Scene(&timeline.Scene{Width: 1, Height: 1, Items: []timeline.Item{
		{Shape: timeline.ShapeText, Role: timeline.RoleText}, {Shape: timeline.ShapeLine, Role: timeline.RoleGrid, Points: []timeline.Point{{}}},
	}}, theme.Light())
	if err != nil || len(out.Elements) != 0 {
		t.Errorf("empty items: %v, %+v", err, out.Elements)
	}
}

// TestRolesComplete checks that Roles holds every role once, so that a
// role added to the timeline without a colour fails here.
func TestRolesComplete(t *testing.T) {
	seen := map[timeline.Role]bool{}
	for _, r := range draw.Roles {
		if seen[r] {
			t.Errorf("%s listed twice", r)
		}
		seen[r] = true
	}
	if len(seen) != 25 {
		t.Errorf("%d roles, want the 25 timeline declares", len(seen))
	}
	if _, ok := draw.Colours(theme.Light(), "glow"); ok {
		t.Error("an unknown role has colours")
	}
}
