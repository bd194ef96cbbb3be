package timeline

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// ErrNoCase is returned by Layout when given a nil case.
var ErrNoCase = errors.New("timeline: no case to lay out")

// Layout computes the whole geometry of the timeline of c: header, time
// axis with its breaks, lanes, event marks and labels, claims, legend and
// source list. It draws nothing; see package timeline/svg. The same case
// and options always give the same Scene.
func Layout(c *casefile.Case, opts Options) (*Scene, error) {
	if c == nil {
		return nil, ErrNoCase
	}
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if !opts.AsOf.IsZero() {
		c = c.AsOf(opts.AsOf)
	}
	b := newBuilder(c, opts)
	entries := b.entries()
	var err error
	if b.f.vertical {
		err = b.vertical(entries)
	} else {
		err = b.horizontal(entries)
	}
	if err != nil {
		return nil, err
	}
	return b.scene(), nil
}

// builder carries the state of one Layout call.
type builder struct {
	c     *casefile.Case
	opts  Options
	f     frame
	act   actors
	width float64
	m     float64 // page margin
	cr    crop

	items  []Item
	groups map[string]Group
	keys   keySet

	about     map[string][]*casefile.Claim // claims by the event they are about
	src       *sourceList
	claimNum  map[string]int
	claimList []*casefile.Claim

	title, subtitle string
	height          float64
}

func newBuilder(c *casefile.Case, opts Options) *builder {
	b := &builder{c: c, opts: opts, act: newActors(c), width: opts.width(), groups: map[string]Group{}}
	b.f.vertical = opts.orientation() == Vertical
	b.m = 24
	if b.f.vertical {
		b.m = 16
	}
	if v, ok := lowerOf(opts.From); ok {
		b.cr.from, b.cr.hasFrom = v, true
	}
	if v, ok := upperOf(opts.To); ok {
		b.cr.to, b.cr.hasTo = v, true
	}
	b.about = map[string][]*casefile.Claim{}
	for _, cl := range c.Claims {
		for _, id := range cl.About {
			b.about[id] = append(b.about[id], cl)
		}
	}
	b.resetNumbers()
	return b
}

// resetNumbers forgets the numbering of sources and claims.
func (b *builder) resetNumbers() {
	b.src = newSourceList(b.c)
	b.claimNum = map[string]int{}
	b.claimList = nil
}

// claimNumber returns the number of claim cl, numbering it if new.
func (b *builder) claimNumber(cl *casefile.Claim) int {
	if n, ok := b.claimNum[cl.ID]; ok {
		return n
	}
	b.claimList = append(b.claimList, cl)
	b.claimNum[cl.ID] = len(b.claimList)
	return len(b.claimList)
}

// entries returns an entry for every dated event inside the crop, in time
// order.
func (b *builder) entries() []*entry {
	var out []*entry
	for _, ev := range b.c.Events {
		e, ok := extentOf(ev.Date)
		if !ok {
			continue
		}
		en := &entry{ev: ev, ext: e}
		if b.cr.hasFrom {
			if e.Hi <= b.cr.from && e.End != EndOpen {
				continue
			}
			if e.Lo < b.cr.from || e.Start == EndOpen {
				en.cutS = true
				en.ext.Lo = math.Max(e.Lo, b.cr.from)
				en.ext.Hi = math.Max(en.ext.Hi, en.ext.Lo)
			}
		}
		if b.cr.hasTo {
			if e.Lo >= b.cr.to && e.Start != EndOpen {
				continue
			}
			if e.Hi > b.cr.to || e.End == EndOpen {
				en.cutE = true
				en.ext.Hi = math.Min(en.ext.Hi, b.cr.to)
				en.ext.Lo = math.Min(en.ext.Lo, en.ext.Hi)
			}
		}
		if en.ext.Point && (en.cutS || en.cutE) {
			en.ext.Point = false
		}
		out = append(out, en)
	}
	sortEntries(out)
	return stackSameDates(out)
}

// spans returns the time each entry covers, for the axis breaks.
func spans(es []*entry) []span {
	out := make([]span, len(es))
	for i, e := range es {
		out[i] = span{lo: e.ext.Lo, hi: e.ext.Hi}
	}
	return out
}

// markSpec returns what the mark of en shows on scale sc.
func (b *builder) markSpec(en *entry, sc scale) markSpec {
	s := markSpec{ext: en.ext, cutStart: en.cutS, cutEnd: en.cutE, role: RoleEvent,
		axisU0: sc.start(), axisU1: sc.end(),
		u0: sc.pos(en.ext.Lo), u1: sc.pos(en.ext.Hi), at: sc.pos(en.ext.At)}
	if en.members != nil {
		s.aggregate, s.role, s.class = true, RoleAggregate, "eg-aggregate"
		s.ext = extent{Lo: en.ext.Lo, Hi: en.ext.Hi}
		return s
	}
	s.class = "eg-event-mark"
	return s
}

// groupClass returns the CSS classes of an entry's group.
func groupClass(en *entry) string {
	if en.members != nil {
		return "eg-aggregate"
	}
	cls := []string{"eg-event"}
	e := en.ext
	if e.Point {
		cls = append(cls, "eg-point")
	} else {
		cls = append(cls, "eg-span")
	}
	if e.Approximate {
		cls = append(cls, "eg-approximate")
	}
	if e.Uncertain {
		cls = append(cls, "eg-uncertain")
	}
	if e.Start == EndOpen || e.End == EndOpen {
		cls = append(cls, "eg-open")
	}
	if e.Start == EndUnknown || e.End == EndUnknown {
		cls = append(cls, "eg-unknown-end")
	}
	if en.cutS || en.cutE {
		cls = append(cls, "eg-cut")
	}
	return strings.Join(cls, " ")
}

// groupOf registers and returns the group ID of an entry.
func (b *builder) groupOf(en *entry) string {
	switch {
	case en.members != nil:
		id := "events-" + en.id()
		b.groups[id] = Group{ID: id, Class: groupClass(en),
			Tooltip: strconv.Itoa(len(en.members)) + " events, " + rangeLabel(en.ext.Lo, en.ext.Hi)}
		return id
	case en.stack != nil:
		id := "date-" + en.id()
		b.groups[id] = Group{ID: id, Class: groupClass(en) + " eg-same-date",
			Tooltip: strconv.Itoa(len(en.stack)) + " events, " + valueLabel(en.ev.Date)}
		return id
	}
	return b.eventGroup(en)
}

// eventGroup registers and returns the group ID of one event.
func (b *builder) eventGroup(en *entry) string {
	id := "event-" + en.ev.ID
	b.groups[id] = Group{ID: id, Class: groupClass(en),
		Tooltip: cleanText(en.ev.Title) + " (" + valueLabel(en.ev.Date) + ")"}
	return id
}

// cardOptions tune the label of an entry.
type cardOptions struct {
	maxW         float64
	titleLines   int
	participants bool
	large        bool // larger type, for phones
}

// titleSize and smallSize return the font sizes of titles and of dates
// and participants.
func (o cardOptions) titleSize() float64 {
	if o.large {
		return sizeLabel + 1.5
	}
	return sizeLabel
}

func (o cardOptions) smallSize() float64 {
	if o.large {
		return sizeSmall + 0.5
	}
	return sizeSmall
}

// card lays out the label of an entry: date and sources, title, and
// optionally participants and claims. A stack lists the title, sources and
// claims of each of its events under their shared date.
func (b *builder) card(en *entry, o cardOptions) block {
	var bl block
	if en.members != nil {
		bl.text(RoleText, "eg-aggregate-title", strconv.Itoa(len(en.members))+" events", o.titleSize(), true, o.maxW, 1, 0)
		bl.text(RoleMuted, "eg-date", rangeLabel(en.ext.Lo, en.ext.Hi), o.smallSize(), false, o.maxW, 2, 1)
		return bl
	}
	date := valueLabel(en.ev.Date)
	if en.stack == nil {
		if refs := b.src.refs(en.ev.Sources); refs != "" {
			b.keys.add(keySourceRef)
			date += "  " + refs
		}
		bl.text(RoleMuted, "eg-date", date, o.smallSize(), false, o.maxW, 2, 0)
		b.eventText(&bl, en, o, false)
		return bl
	}
	bl.text(RoleMuted, "eg-date", date, o.smallSize(), false, o.maxW, 2, 0)
	for i, m := range en.stack {
		start := len(bl.items)
		if i > 0 {
			rule := Item{Shape: ShapeLine, Role: RoleGrid, Class: "eg-rule", Stroke: StrokeSolid, Width: 1,
				Points: []Point{{0, bl.h + 4}, {min(40, o.maxW), bl.h + 4}}}
			bl.add(rule)
			bl.h += 4
		}
		b.eventText(&bl, m, o, true)
		group := b.eventGroup(m)
		for k := start; k < len(bl.items); k++ {
			bl.items[k].Group = group
		}
	}
	return bl
}

// eventText adds an event's title (with its sources when refs is set),
// participants and claims to a label.
func (b *builder) eventText(bl *block, en *entry, o cardOptions, refs bool) {
	ev := en.ev
	title := cleanText(ev.Title)
	if refs {
		if r := b.src.refs(ev.Sources); r != "" {
			b.keys.add(keySourceRef)
			title += " " + r
		}
	}
	bl.text(RoleText, "eg-event-title", title, o.titleSize(), true, o.maxW, o.titleLines, 2)
	if o.participants && len(ev.Participants) > 0 {
		var names []string
		for _, p := range ev.Participants {
			names = append(names, nameOf(b.act, p.Who))
		}
		bl.text(RoleMuted, "eg-participants", strings.Join(names, ", "), o.smallSize(), false, o.maxW, 2, 1)
	}
	mode := b.opts.claims()
	if mode == ClaimsNone {
		return
	}
	claims := b.about[ev.ID]
	switch mode {
	case ClaimsBadges:
		x, y, rowH := 0.0, bl.h+4, 0.0
		for _, cl := range claims {
			n := b.claimNumber(cl)
			b.keys.add(statusKey(cl.Status))
			bd := badge(n, cl.Status, "")
			if x > 0 && x+bd.w > o.maxW {
				x, y = 0, y+rowH+3
			}
			for _, it := range bd.items {
				bl.add(moved(it, x, y))
			}
			x += bd.w + 4
			rowH = max(rowH, bd.h)
		}
	case ClaimsFull:
		for _, cl := range claims {
			b.keys.add(statusKey(cl.Status))
			cb := claimBlock(cl, 0, b.act, b.src, o.maxW, "", "")
			y := bl.h + 6
			for _, it := range cb.items {
				bl.add(moved(it, 0, y))
			}
		}
	}
}

// header lays out the title and subtitle from y down, returning the
// bottom.
func (b *builder) header(y float64) float64 {
	b.title = cleanText(b.opts.Title)
	if b.title == "" {
		b.title = cleanText(b.c.Meta.Title)
	}
	if b.title == "" {
		b.title = "Timeline"
	}
	b.subtitle = cleanText(b.opts.Subtitle)
	if b.subtitle == "" {
		b.subtitle = cleanText(b.c.Meta.Description)
	}
	var asOf string
	if !b.opts.AsOf.IsZero() {
		asOf = "As known on " + longDateLabel(b.opts.AsOf)
	}
	maxW := b.width - 2*b.m
	size := sizeTitle
	if b.f.vertical {
		size = 19
	}
	var bl block
	bl.text(RoleTitle, "eg-title", b.title, size, true, maxW, 0, 0)
	if asOf != "" {
		bl.text(RoleText, "eg-as-of", asOf, sizeSubtitle, true, maxW, 0, 6)
	}
	bl.text(RoleMuted, "eg-subtitle", b.subtitle, sizeSubtitle, false, min(maxW, 760), 0, 6)
	for _, it := range bl.placed(b.m, y, "") {
		it.Halo = false
		b.items = append(b.items, it)
	}
	if asOf != "" {
		b.subtitle = strings.TrimSpace(asOf + ". " + b.subtitle)
	}
	return y + bl.h
}

// footer lays out the legend, the claims panel and the source list from y
// down, returning the bottom.
func (b *builder) footer(y float64) float64 {
	maxW := b.width - 2*b.m
	if !b.opts.HideLegend {
		lg := legendBlock(b.keys, maxW)
		if len(lg.items) > 0 {
			y += 28
			b.put(lg, b.m, y, "legend", "eg-legend")
			y += lg.h
		}
	}
	if b.opts.claims() == ClaimsBadges {
		if cp := b.claimsPanel(); len(cp.items) > 0 {
			y += 28
			b.put(cp, b.m, y, "claims", "eg-claims")
			y += cp.h
		}
	}
	if !b.opts.HideSources {
		if sb := b.src.block(b.act, b.colW(), b.ncols()); len(sb.items) > 0 {
			y += 28
			b.put(sb, b.m, y, "sources", "eg-sources")
			y += sb.h
		}
	}
	return y
}

// ncols returns how many columns the panels below the chart use.
func (b *builder) ncols() int {
	if b.width-2*b.m >= 860 {
		return 2
	}
	return 1
}

// colW returns the width of a column of the panels below the chart.
func (b *builder) colW() float64 {
	n := float64(b.ncols())
	return (b.width - 2*b.m - (n-1)*colGap) / n
}

const colGap = 32.0

// put adds a block's items at x, y in a group (none when group is "").
func (b *builder) put(bl block, x, y float64, group, class string) {
	if group != "" {
		b.groups[group] = Group{ID: group, Class: class}
	}
	for _, it := range bl.items {
		it = moved(it, x, y)
		if it.Group == "" {
			it.Group = group
		}
		b.items = append(b.items, it)
	}
}

// claimsPanel lays out the numbered claims of the badges mode: those about
// drawn events in the order of their numbers, then those about no event.
func (b *builder) claimsPanel() block {
	for _, cl := range b.c.Claims {
		aboutEvent := false
		for _, id := range cl.About {
			if b.c.Kind(id) == casefile.KindEvent {
				aboutEvent = true
			}
		}
		if !aboutEvent {
			b.claimNumber(cl)
		}
	}
	if len(b.claimList) == 0 {
		return block{}
	}
	colW := b.colW()
	var blocks []block
	for _, cl := range b.claimList {
		b.keys.add(statusKey(cl.Status))
		group := "claim-" + cl.ID
		b.groups[group] = Group{ID: group, Class: statusClass(cl.Status), Tooltip: badgeText(cl.Status) + ": " + cleanText(cl.Statement)}
		blocks = append(blocks, claimBlock(cl, b.claimNum[cl.ID], b.act, b.src, colW, group, b.aboutText(cl)))
	}
	var out block
	head := textItem(RoleText, "eg-claims-title", []string{"Claims"}, 0, 0, sizeHeading, true)
	out.add(head)
	body := columns(blocks, b.ncols(), colW, colGap, 14)
	for _, it := range body.items {
		out.add(moved(it, 0, head.H+6))
	}
	return out
}

// aboutText names what a claim is about: event titles with their dates,
// and people or organizations.
func (b *builder) aboutText(cl *casefile.Claim) string {
	var parts []string
	for _, id := range cl.About {
		if ev := b.c.Event(id); ev != nil {
			parts = append(parts, cleanText(ev.Title)+" ("+valueLabel(ev.Date)+")")
			continue
		}
		parts = append(parts, nameOf(b.act, id))
	}
	return strings.Join(parts, "; ")
}

// scene finishes the Scene: description, groups in ID order, numbers
// rounded to hundredths.
func (b *builder) scene() *Scene {
	s := &Scene{Orientation: b.opts.orientation(), Width: round2(b.width), Height: round2(math.Ceil(b.height)),
		Title: b.title, Subtitle: b.subtitle, Desc: b.describe(), Language: b.c.Meta.Language}
	ids := make([]string, 0, len(b.groups))
	for id := range b.groups {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s.Groups = append(s.Groups, b.groups[id])
	}
	s.Items = b.items
	for i := range s.Items {
		roundItem(&s.Items[i])
	}
	return s
}

// describe writes the plain-language summary for screen readers.
func (b *builder) describe() string {
	n := len(b.c.Events)
	var sb strings.Builder
	fmt.Fprintf(&sb, "Timeline of %d %s", n, plural(n, "event", "events"))
	if lo, hi, ok := b.dateRange(); ok {
		sb.WriteString(", " + rangeLabel(lo, hi))
	}
	sb.WriteString(".")
	if len(b.c.Claims) > 0 && b.opts.claims() != ClaimsNone {
		counts := map[casefile.Status]int{}
		for _, cl := range b.c.Claims {
			counts[cl.Status]++
		}
		fmt.Fprintf(&sb, " %d %s:", len(b.c.Claims), plural(len(b.c.Claims), "claim", "claims"))
		first := true
		for _, st := range []casefile.Status{casefile.StatusAlleged, casefile.StatusDisputed, casefile.StatusPartlyConfirmed, casefile.StatusConfirmed} {
			if counts[st] == 0 {
				continue
			}
			if !first {
				sb.WriteString(",")
			}
			first = false
			fmt.Fprintf(&sb, " %d %s", counts[st], strings.ToLower(badgeText(st)))
		}
		sb.WriteString(".")
	}
	if len(b.src.order) > 0 {
		fmt.Fprintf(&sb, " %d %s listed.", len(b.src.order), plural(len(b.src.order), "source", "sources"))
	}
	return sb.String()
}

// dateRange returns the time the case's events cover.
func (b *builder) dateRange() (lo, hi float64, ok bool) {
	for _, ev := range b.c.Events {
		e, good := extentOf(ev.Date)
		if !good {
			continue
		}
		if !ok {
			lo, hi, ok = e.Lo, e.Hi, true
		}
		lo, hi = math.Min(lo, e.Lo), math.Max(hi, e.Hi)
	}
	return lo, hi, ok
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// round2 rounds to hundredths, so equal layouts serialise equally.
func round2(v float64) float64 {
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0 // no negative zero
	}
	return r
}

func roundItem(it *Item) {
	it.X, it.Y, it.W, it.H, it.R = round2(it.X), round2(it.Y), round2(it.W), round2(it.H), round2(it.R)
	it.Width, it.Opacity, it.Size = round2(it.Width), round2(it.Opacity), round2(it.Size)
	for i := range it.Points {
		it.Points[i] = Point{round2(it.Points[i].X), round2(it.Points[i].Y)}
	}
	for i := range it.Lines {
		it.Lines[i].X, it.Lines[i].Y = round2(it.Lines[i].X), round2(it.Lines[i].Y)
	}
}

// estimateCard returns a quick lower estimate of the size of the label of
// en (see card), measuring without wrapping, to rule out placements that
// cannot fit before building any label.
func (b *builder) estimateCard(en *entry, o cardOptions) (w, h float64) {
	small, label := textmetrics.LineHeight(o.smallSize()), textmetrics.LineHeight(o.titleSize())
	if en.members != nil {
		return textmetrics.Width(rangeLabel(en.ext.Lo, en.ext.Hi), o.smallSize(), false), label + small
	}
	h = small
	for _, m := range en.events() {
		tw := textmetrics.Width(m.ev.Title, o.titleSize(), true)
		w = max(w, min(o.maxW, tw))
		lines := max(1, math.Ceil(0.9*tw/o.maxW))
		if o.titleLines > 0 {
			lines = min(lines, float64(o.titleLines))
		}
		h += lines * label
		if o.participants && len(m.ev.Participants) > 0 {
			h += small
		}
		if b.opts.claims() != ClaimsNone && len(b.about[m.ev.ID]) > 0 {
			h += badgeH
		}
	}
	return w, h
}
