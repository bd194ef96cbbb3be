package timeline

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
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
	switch {
	case opts.AsOf.IsZero():
		opts.AsOf = c.AsOfDate() // a view already filtered: headed by its date
	case c.AsOfDate().String() != opts.AsOf.String():
		c = c.AsOf(opts.AsOf)
	}
	b := newBuilder(c, opts)
	entries := b.entries()
	b.drawn = entries
	var err error
	switch {
	case len(entries) == 0:
		b.finish(nil)
		b.empty()
	case b.f.vertical:
		err = b.layOut(&vertical{b: b}, entries)
	default:
		err = b.layOut(&horizontal{b: b}, entries)
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
	cs    claimStyle // how claims are shown
	act   actors
	width float64
	m     float64 // page margin
	cr    crop

	items  []Item
	groups map[string]Group
	keys   keySet

	events map[string]*casefile.Event   // events by ID
	about  map[string][]*casefile.Claim // claims by the event they are about
	// num numbers the claims and sources of the entries laid out (see
	// finish).
	num *numbering

	drawn []*entry // the entries inside the crop, before grouping

	title, subtitle string
	height          float64
}

func newBuilder(c *casefile.Case, opts Options) *builder {
	b := &builder{c: c, opts: opts, act: newActors(c), width: opts.width(), groups: map[string]Group{}, cs: styleOf(opts.Claims)}
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
	b.events = make(map[string]*casefile.Event, len(c.Events))
	for _, e := range c.Events {
		b.events[e.ID] = e
	}
	b.about = map[string][]*casefile.Claim{}
	for _, cl := range c.Claims {
		for _, id := range cl.About {
			b.about[id] = append(b.about[id], cl)
		}
	}
	return b
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
	if en.high() {
		s.high, s.class = true, "eg-event-mark eg-high"
	}
	return s
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

// describe writes the plain-language summary for screen readers: what the
// picture shows, which with a crop or an as-of date is less than the case.
func (b *builder) describe() string {
	n, total := 0, 0
	for _, en := range b.drawn {
		n += len(en.events())
	}
	for _, ev := range b.c.Events {
		if !ev.Date.IsZero() {
			total++
		}
	}
	var sb strings.Builder
	cropped := b.cr.hasFrom || b.cr.hasTo
	if cropped && n < total {
		fmt.Fprintf(&sb, "Timeline of %d of the case's %d dated events", n, total)
	} else {
		fmt.Fprintf(&sb, "Timeline of %d %s", n, plural(n, "event", "events"))
	}
	if lo, hi, ok := b.shownRange(); ok {
		sb.WriteString(", " + rangeLabel(lo, hi))
	}
	if cropped {
		sb.WriteString(" (cropped to this period)")
	}
	sb.WriteString(".")
	var claims []*casefile.Claim
	if b.cs.shows() {
		for _, cl := range b.c.Claims {
			if b.num.shown[cl.ID] {
				claims = append(claims, cl)
			} else if _, ok := b.num.claim[cl.ID]; ok {
				claims = append(claims, cl)
			}
		}
	}
	if len(claims) > 0 {
		counts := map[casefile.Status]int{}
		for _, cl := range claims {
			counts[cl.Status]++
		}
		fmt.Fprintf(&sb, " %d %s", len(claims), plural(len(claims), "claim", "claims"))
		if len(b.num.claims) > b.num.listed {
			fmt.Fprintf(&sb, " (%d listed)", b.num.listed)
		}
		sb.WriteString(":")
		first := true
		for _, st := range casefile.Statuses {
			if counts[st] == 0 {
				continue
			}
			if !first {
				sb.WriteString(",")
			}
			first = false
			fmt.Fprintf(&sb, " %d %s", counts[st], st.Words().Label)
		}
		sb.WriteString(".")
	}
	if n := len(b.num.src.order); n > 0 && !b.opts.hideSources() {
		fmt.Fprintf(&sb, " %d %s listed.", n, plural(n, "source", "sources"))
	}
	return sb.String()
}

// shownRange returns the time the drawn events cover, within the crop;
// with a crop, the crop itself where it is set.
func (b *builder) shownRange() (lo, hi float64, ok bool) {
	for _, en := range b.drawn {
		if !ok {
			lo, hi, ok = en.ext.Lo, en.ext.Hi, true
		}
		lo, hi = math.Min(lo, en.ext.Lo), math.Max(hi, en.ext.Hi)
	}
	if b.cr.hasFrom {
		lo, ok = b.cr.from, true
		if hi < lo {
			hi = lo
		}
	}
	if b.cr.hasTo {
		hi = b.cr.to
		if !ok {
			lo, ok = hi, true
		}
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
