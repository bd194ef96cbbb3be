package explore

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/draw"
)

// Timeline is the case's timeline as the page draws it: laid out by
// package timeline as the timeline pictures are, turned into the shared
// drawing model by timeline/draw in the light and the dark theme, and
// written compactly. The page draws a view on a canvas, zooms and pans it,
// and opens an aggregate ("N events") into the view laid out from its
// events alone.
type Timeline struct {
	// Views are the laid-out timelines: Views[0] the whole case across,
	// Views[1] the whole case down one column (for phones), the others
	// the events of an aggregate (see TLGroup.Open).
	Views []View `json:"views"`
	// Light and Dark are the colours elements name by index, in the light
	// and in the dark theme.
	Light []string `json:"light"`
	Dark  []string `json:"dark"`
	// Styles are the ways elements are painted.
	Styles []Style `json:"styles"`
	// Font is the CSS font family of the text.
	Font string `json:"font"`
	// Looks are how claim lines are drawn, by status.
	Looks map[casefile.Status]Look `json:"looks"`
	// Texts are the lines of text written more than once in the views
	// (the same title across and down): an element's line gives its
	// index here instead (see shareTexts).
	Texts []string `json:"texts,omitempty"`
	// aside, when set, receives the views of aggregates (MarshalJSON).
	aside *[]byte
}

// View is one laid-out timeline, its title and introduction left out (the
// page has its own) and moved up to the top.
type View struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
	// Groups tie elements to records.
	Groups []TLGroup `json:"groups"`
	// Els are drawn in order.
	Els []El `json:"els"`
	// Claims tie the elements drawing a claim beside its event to the
	// claim, so that the page shows its status as of a date: for each, the
	// element's index, the claim's index in Data.Nodes, and what the
	// element is (ClaimSwatch, ClaimText: a text that starts "N STATUS",
	// ClaimStyle: a text that does not).
	Claims []int `json:"c,omitempty"`
	// Cards are the cards beside the events (and of the aggregates), each
	// its rows from the top, so that the page closes a card up when As of
	// or the filters hide a row, and counts what is shown.
	Cards [][]Row `json:"r,omitempty"`
}

// What an element tied to a claim draws (see View.Claims).
const (
	ClaimSwatch = iota
	ClaimText
	ClaimStyle
)

// Look is how a claim line with a status is drawn: the styles (indexes in
// Timeline.Styles) of its swatch and of its text (without the halo the
// text may have), and the status's badge word.
type Look struct {
	Swatch int    `json:"s"`
	Text   int    `json:"t"`
	Word   string `json:"w"`
}

// TLGroup is a group of elements drawing one record, or several events.
type TLGroup struct {
	// Node is the index in Data.Nodes of the record the group draws (an
	// event, a claim, the actor of a lane), or -1.
	Node int `json:"n"`
	// Members are the indexes of the events an aggregate or a stack of
	// events of one date draws.
	Members []int `json:"m,omitempty"`
	// Title is the tooltip of a group of several events ("12 events,
	// 3–9 Mar 2021").
	Title string `json:"t,omitempty"`
	// Agg is set on an aggregate ("N events"); Open is the index of the
	// view laid out from its events, or 0 when it has none (past
	// tlBudget: the page then lists its events).
	Agg  bool `json:"a,omitempty"`
	Open int  `json:"o,omitempty"`
}

// El is one element of a view, a shape or a text of the drawing model,
// written as an array: its kind (ElRect, ElEllipse, ElPolygon, ElLine,
// ElText), its group's index plus one (0 for none), its style's index in
// Timeline.Styles, then
//
//	a rectangle: x, y, width, height, corner radius
//	an ellipse (a circle): x, y, radius
//	a polygon or a line: x, y of each point in turn
//	a text: font size, 1 for bold plus 2 for centred or 4 for ending at
//	its point, then x, y and the text of each line (or, for a text
//	written more than once, its index in Timeline.Texts)
type El []any

// The kinds of El.
const (
	ElRect = iota
	ElEllipse
	ElPolygon
	ElLine
	ElText
)

// Style is how an element is painted. Colours are indexes into
// Timeline.Light and Dark plus one (0 is none).
type Style struct {
	// F is the fill colour (a text's colour), FO its opacity (0 means 1).
	F  int     `json:"f,omitempty"`
	FO float64 `json:"fo,omitempty"`
	// HC is the colour of a hatching; HA its angle, spacing and width.
	HC int       `json:"hc,omitempty"`
	HA []float64 `json:"ha,omitempty"`
	// Gr is a fade: x0, y0, x1, y1, colour, then offset and opacity
	// pairs.
	Gr []float64 `json:"gr,omitempty"`
	// S is the stroke colour (a text's halo), SW its width, SD its
	// dashes, SO its opacity, SC its cap (r(ound), s(quare)).
	S  int       `json:"s,omitempty"`
	SW float64   `json:"sw,omitempty"`
	SD []float64 `json:"sd,omitempty"`
	SO float64   `json:"so,omitempty"`
	SC string    `json:"sc,omitempty"`
	// O is the element's opacity (0 means 1).
	O float64 `json:"o,omitempty"`
}

// The widths the page's timelines are laid out at: the whole case across
// an article column, down a phone, and an aggregate opened.
const (
	tlWidth         = 760
	tlVerticalWidth = 360
	tlOpenWidth     = 760
)

// tlBudget caps the elements of the views opened from aggregates, so that
// a large case's page stays small: past it, an aggregate is not opened in
// the timeline (its events are in the list and the graph).
const tlBudget = 20000

// tlDepth caps how many times aggregates are opened within each other.
const tlDepth = 4

// tlBuilder makes the views of one page.
type tlBuilder struct {
	c      *casefile.Case
	index  map[string]int // index in Data.Nodes by ID
	ids    []string       // ID by index
	out    *Timeline
	colour map[[2]string]int
	styles map[string]int // style index by its JSON
	about  map[string][]*casefile.Claim
	els    int // elements in the opened views
	// While a view is written: the claims about each event of the case
	// laid out, in the order the timeline writes them beside the event,
	// the event the element being written draws, and how many swatches
	// and texts of claims each event has had.
	viewAbout map[string][]*casefile.Claim
	event     string
	seen      map[string][2]int
	// While a view is written: the group the element being written
	// belongs to and, for a group of several events, its members (indexes
	// in Data.Nodes); the stack of events of one date each event of one
	// belongs to (by group ID); the rows of cards met so far (see
	// addCardRow).
	group   string
	members []int
	stackOf map[string]string
	rows    []cardRow
	rowAt   map[string]int
}

// buildTimeline lays out the timelines of c for the page; ids are the IDs
// of Data.Nodes, in order.
func buildTimeline(c *casefile.Case, ids []string) (*Timeline, error) {
	th := theme.Light()
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	b := &tlBuilder{c: c, index: index, ids: ids, out: &Timeline{Font: th.FontFamily}, colour: map[[2]string]int{}, styles: map[string]int{},
		about: map[string][]*casefile.Claim{}}
	for _, cl := range c.Claims {
		for _, id := range cl.About {
			b.about[id] = append(b.about[id], cl)
		}
	}
	// The details panel lists the claims and the sources: the views leave
	// out the lists under the chart (and the legend, which the page's
	// filters stand for), and show claims as badges on their events.
	across := timeline.Options{Width: tlWidth, Panels: timeline.PanelsNone, HideLegend: true}
	down := timeline.Options{Orientation: timeline.Vertical, Width: tlVerticalWidth, Panels: timeline.PanelsNone, HideLegend: true}
	if err := b.looks(); err != nil {
		return nil, err
	}
	for _, o := range []timeline.Options{across, down} {
		v, err := b.view(c, o)
		if err != nil {
			return nil, err
		}
		b.out.Views = append(b.out.Views, *v)
	}
	// Open aggregates breadth first, so that the budget goes to the
	// coarsest ones, each view's in order.
	type open struct{ view, group, depth int }
	var todo []open
	for v := range b.out.Views {
		for g := range b.out.Views[v].Groups {
			if b.out.Views[v].Groups[g].Agg {
				todo = append(todo, open{v, g, 1})
			}
		}
	}
	for len(todo) > 0 && b.els < tlBudget {
		t := todo[0]
		todo = todo[1:]
		g := &b.out.Views[t.view].Groups[t.group]
		sub := b.subcase(g.Members)
		o := timeline.Options{Width: tlOpenWidth, Panels: timeline.PanelsNone, HideLegend: true}
		if b.isDown(t.view) {
			o = timeline.Options{Orientation: timeline.Vertical, Width: tlVerticalWidth, Panels: timeline.PanelsNone, HideLegend: true}
		}
		v, err := b.view(sub, o)
		if err != nil {
			return nil, err
		}
		b.els += len(v.Els)
		n := len(b.out.Views)
		g.Open = n
		b.out.Views = append(b.out.Views, *v)
		if t.depth < tlDepth {
			for k := range v.Groups {
				if v.Groups[k].Agg && len(v.Groups[k].Members) < len(g.Members) {
					todo = append(todo, open{n, k, t.depth + 1})
				}
			}
		}
	}
	b.out.shareTexts()
	return b.out, nil
}

// shareTexts writes each line of text that the views write more than
// once (a title across and down, a date, an actor's name) once, in
// t.Texts in the order first met, each element giving its index.
func (t *Timeline) shareTexts() {
	count := map[string]int{}
	lines := func(f func(el El, q int, text string)) {
		for _, v := range t.Views {
			for _, el := range v.Els {
				if el[0] != ElText {
					continue
				}
				for q := 7; q < len(el); q += 3 {
					if text, ok := el[q].(string); ok {
						f(el, q, text)
					}
				}
			}
		}
	}
	lines(func(_ El, _ int, text string) { count[text]++ })
	index := map[string]int{}
	lines(func(el El, q int, text string) {
		if count[text] < 2 || len(text) < 3 {
			return
		}
		i, ok := index[text]
		if !ok {
			i = len(t.Texts)
			index[text] = i
			t.Texts = append(t.Texts, text)
		}
		el[q] = i
	})
}

// Text returns line q (7, 10, ...) of text element el.
func (t *Timeline) Text(el El, q int) string {
	switch x := el[q].(type) {
	case string:
		return x
	case int:
		return t.Texts[x]
	}
	return ""
}

// isDown reports whether view v runs down one column.
func (b *tlBuilder) isDown(v int) bool { return b.out.Views[v].W <= tlVerticalWidth }

// subcase is the part of the case an aggregate opens into: its events
// (indexes into Data.Nodes) with their participants
// and sources, and the claims about them.
func (b *tlBuilder) subcase(members []int) *casefile.Case {
	ids := make([]string, len(members))
	for k, m := range members {
		ids[k] = b.ids[m]
	}
	sub := b.c.Subset(ids)
	seen := map[string]bool{}
	for _, e := range sub.Events {
		for _, cl := range b.about[e.ID] {
			if !seen[cl.ID] {
				seen[cl.ID] = true
				sub.Claims = append(sub.Claims, cl)
			}
		}
	}
	return sub
}

// view lays out c with o and writes it for the page.
func (b *tlBuilder) view(c *casefile.Case, o timeline.Options) (*View, error) {
	ts, err := timeline.Layout(c, o)
	if err != nil {
		return nil, fmt.Errorf("explore: laying out the timeline: %w", err)
	}
	// The page heads the timeline itself: leave out the title and the
	// introduction, and move the rest up.
	kept := ts.Items[:0:0]
	top := math.Inf(1)
	for _, it := range ts.Items {
		if strings.Contains(" "+it.Class+" ", " eg-title ") || strings.Contains(" "+it.Class+" ", " eg-subtitle ") {
			continue
		}
		kept = append(kept, it)
		top = math.Min(top, it.Bounds().Y)
	}
	ts.Items = kept
	dy := 0.0
	if top > 8 && !math.IsInf(top, 1) {
		dy = top - 8
	}
	light, ids, err := draw.Grouped(ts, theme.Light())
	if err != nil {
		return nil, fmt.Errorf("explore: drawing the timeline: %w", err)
	}
	dark, _, err := draw.Grouped(ts, theme.Dark())
	if err != nil {
		return nil, fmt.Errorf("explore: drawing the timeline: %w", err)
	}
	groups := make(map[string]timeline.Group, len(ts.Groups))
	for _, g := range ts.Groups {
		groups[g.ID] = g
	}
	v := &View{W: round1(ts.Width), H: round1(ts.Height - dy)}
	gi := map[string]int{}
	b.viewAbout, b.seen = map[string][]*casefile.Claim{}, map[string][2]int{}
	b.stackOf, b.rows, b.rowAt = map[string]string{}, nil, map[string]int{}
	for _, g := range ts.Groups {
		if strings.HasPrefix(g.ID, "date-") {
			for _, m := range g.Members {
				b.stackOf["event-"+m] = g.ID
			}
		}
	}
	for _, cl := range c.Claims {
		for _, id := range cl.About {
			b.viewAbout[id] = append(b.viewAbout[id], cl)
		}
	}
	for i := range light.Elements {
		g := 0
		b.event, _ = strings.CutPrefix(ids[i], "event-")
		b.group, b.members = ids[i], nil
		if id := ids[i]; id != "" {
			k, ok := gi[id]
			if !ok {
				k = len(v.Groups)
				gi[id] = k
				v.Groups = append(v.Groups, b.tlGroup(groups[id]))
			}
			g = k + 1
			b.members = v.Groups[k].Members
		}
		b.flatten(v, &light.Elements[i], &dark.Elements[i], g, dy)
	}
	b.cards(v)
	return v, nil
}

// tlGroup ties a timeline group to the records it draws.
func (b *tlBuilder) tlGroup(g timeline.Group) TLGroup {
	out := TLGroup{Node: -1, Title: g.Tooltip}
	for _, m := range g.Members {
		if i, ok := b.index[m]; ok {
			out.Members = append(out.Members, i)
		}
	}
	if len(g.Members) > 0 {
		out.Agg = strings.HasPrefix(g.ID, "events-")
		return out
	}
	for _, prefix := range []string{"event-", "claim-", "lane-"} {
		if id, ok := strings.CutPrefix(g.ID, prefix); ok {
			if i, ok := b.index[id]; ok {
				out.Node = i
				out.Title = "" // the page names the record itself
			}
		}
	}
	return out
}

// flatten appends the drawable elements of e (dark is the same element in
// the dark theme) to v, in group g, moved up by dy.
func (b *tlBuilder) flatten(v *View, e, dark *scene.Element, g int, dy float64) {
	if e.Kind == scene.Group {
		for i := range e.Children {
			b.flatten(v, &e.Children[i], &dark.Children[i], g, dy)
		}
		return
	}
	var st Style
	st.O = e.Opacity
	var out El
	switch e.Kind {
	case scene.Rect:
		out = El{ElRect, g, 0, round1(e.X), round1(e.Y - dy), round1(e.W), round1(e.H), e.RX}
	case scene.Ellipse:
		out = El{ElEllipse, g, 0, round1(e.X), round1(e.Y - dy), round1(e.RX)}
	case scene.Polygon, scene.Polyline:
		k := ElPolygon
		if e.Kind == scene.Polyline {
			k = ElLine
		}
		out = make(El, 3, 3+2*len(e.Points))
		out[0], out[1] = k, g
		for _, p := range e.Points {
			out = append(out, round1(p.X), round1(p.Y-dy))
		}
	case scene.Text:
		flags := 0
		if e.Font.Bold {
			flags = 1
		}
		switch e.Anchor {
		case scene.Middle:
			flags += 2
		case scene.End:
			flags += 4
		}
		out = make(El, 5, 5+3*len(e.Lines))
		out[0], out[1], out[3], out[4] = ElText, g, e.Font.Size, flags
		for _, l := range e.Lines {
			out = append(out, round1(l.X), round1(l.Y-dy), l.Text)
		}
	default:
		return // the timeline draws no paths
	}
	if !e.Fill.None() {
		st.F = b.paint(e.Fill.Colour, dark.Fill.Colour)
		st.FO = e.Fill.Opacity
		if h := e.Fill.Hatch; h != nil {
			st.HC = b.paint(h.Colour, dark.Fill.Hatch.Colour)
			st.HA = []float64{h.Angle, h.Spacing, h.Width}
		}
		if gr := e.Fill.Gradient; gr != nil && len(gr.Stops) > 0 {
			st.Gr = []float64{round1(gr.From.X), round1(gr.From.Y - dy), round1(gr.To.X), round1(gr.To.Y - dy),
				float64(b.paint(gr.Stops[0].Colour, dark.Fill.Gradient.Stops[0].Colour))}
			for _, s := range gr.Stops {
				st.Gr = append(st.Gr, s.Offset, scene.Alpha(s.Opacity))
			}
		}
	}
	if !e.Stroke.None() {
		st.S = b.paint(e.Stroke.Colour, dark.Stroke.Colour)
		st.SW, st.SD, st.SO = e.Stroke.Width, e.Stroke.Dash, e.Stroke.Opacity
		switch e.Stroke.Cap {
		case "round":
			st.SC = "r"
		case "square":
			st.SC = "s"
		}
	}
	out[2] = b.style(st)
	claim := -1
	if strings.Contains(" "+e.Class+" ", " eg-claim-line ") {
		claim = b.tieClaim(v, out, e)
	}
	v.Els = append(v.Els, out)
	if b.rowAt != nil {
		b.addCardRow(len(v.Els)-1, e, dy, claim)
	}
}

// tieClaim ties element out (about to be appended to v), a part of a
// claim beside the event b.event, to its claim: the timeline writes the
// claims about an event in the case's order, each a swatch then a text.
// It returns the claim's index among those about the event.
func (b *tlBuilder) tieClaim(v *View, out El, e *scene.Element) int {
	claims := b.viewAbout[b.event]
	n := b.seen[b.event]
	part := 0
	if out[0] == ElText {
		part = 1
	}
	k := n[part]
	n[part]++
	b.seen[b.event] = n
	if k >= len(claims) {
		return k
	}
	node, ok := b.index[claims[k].ID]
	if !ok {
		return k
	}
	what := ClaimSwatch
	if part == 1 {
		// The text starts with the claim's number and its status's badge
		// word, which the page replaces: check that it does.
		what = ClaimStyle
		if len(e.Lines) > 0 {
			num, rest, ok := strings.Cut(e.Lines[0].Text, " ")
			word := claims[k].Status.Words().Badge
			if ok && num != "" && strings.Trim(num, "0123456789") == "" && word != "" && strings.HasPrefix(rest, word) {
				what = ClaimText
			}
		}
	}
	v.Claims = append(v.Claims, len(v.Els), node, what)
	return k
}

// looks works out how a claim line with each status is drawn, from the
// timeline's own sample of one.
func (b *tlBuilder) looks() error {
	b.out.Looks = map[casefile.Status]Look{}
	b.viewAbout, b.seen, b.event, b.rowAt = nil, map[string][2]int{}, "", nil
	for _, st := range casefile.Statuses {
		ts := &timeline.Scene{Width: 200, Height: 30, Title: "sample", Items: timeline.ClaimLineSample(st)}
		light, _, err := draw.Grouped(ts, theme.Light())
		if err != nil {
			return fmt.Errorf("explore: drawing a claim line: %w", err)
		}
		dark, _, err := draw.Grouped(ts, theme.Dark())
		if err != nil {
			return fmt.Errorf("explore: drawing a claim line: %w", err)
		}
		var v View
		for i := range light.Elements {
			b.flatten(&v, &light.Elements[i], &dark.Elements[i], 0, 0)
		}
		if len(v.Els) != 2 {
			return fmt.Errorf("explore: a claim line is drawn in %d elements, not a swatch and a text", len(v.Els))
		}
		b.out.Looks[st] = Look{Swatch: v.Els[0][2].(int), Text: v.Els[1][2].(int), Word: st.Words().Badge}
	}
	return nil
}

// style returns the index of a style, adding it when new.
func (b *tlBuilder) style(st Style) int {
	k, err := json.Marshal(st)
	if err != nil {
		panic(err) // a Style holds numbers and strings only
	}
	if i, ok := b.styles[string(k)]; ok {
		return i
	}
	b.out.Styles = append(b.out.Styles, st)
	b.styles[string(k)] = len(b.out.Styles) - 1
	return len(b.out.Styles) - 1
}

// paint returns the index (plus one) of a colour and its dark twin.
func (b *tlBuilder) paint(light, dark string) int {
	if isNoColour(light) {
		return 0
	}
	k := [2]string{light, dark}
	if i, ok := b.colour[k]; ok {
		return i
	}
	b.out.Light = append(b.out.Light, light)
	b.out.Dark = append(b.out.Dark, dark)
	i := len(b.out.Light)
	b.colour[k] = i
	return i
}

func isNoColour(c string) bool { return c == "" || c == "none" || c == "transparent" }

func round1(f float64) float64 { return math.Round(f*10) / 10 }
