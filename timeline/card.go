package timeline

import (
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

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
	if en.high() {
		cls = append(cls, "eg-high")
	}
	return strings.Join(cls, " ")
}

// groupID returns the ID of the group of an entry.
func groupID(en *entry) string {
	switch {
	case en.members != nil:
		return "events-" + en.id()
	case en.stack != nil:
		return "date-" + en.id()
	}
	return "event-" + en.ev.ID
}

// memberIDs returns the IDs of the events an entry draws.
func memberIDs(en *entry) []string {
	es := en.events()
	ids := make([]string, len(es))
	for i, m := range es {
		ids[i] = m.ev.ID
	}
	return ids
}

// groupOf returns the group of an entry: an aggregate, a stack of events
// of one date, or one event.
func groupOf(en *entry) Group {
	id := groupID(en)
	switch {
	case en.members != nil:
		return Group{ID: id, Class: groupClass(en),
			Tooltip: strconv.Itoa(len(en.members)) + " events, " + rangeLabel(en.ext.Lo, en.ext.Hi), Members: memberIDs(en)}
	case en.stack != nil:
		return Group{ID: id, Class: groupClass(en) + " eg-same-date",
			Tooltip: strconv.Itoa(len(en.stack)) + " events, " + en.ev.Date.Label(), Members: memberIDs(en)}
	}
	return Group{ID: id, Class: groupClass(en), Tooltip: cleanText(en.ev.Title) + " (" + en.ev.Date.Label() + ")"}
}

// cardOptions tune the label of an entry.
type cardOptions struct {
	maxW         float64
	titleLines   int
	participants bool
	// laned lists the actors drawn in lanes, whom a card does not name
	// again: every other participant is named on the card.
	laned map[string]bool
	large bool // larger type, for phones
	// oneLine writes each claim beside its event in one line (where
	// height is what the chart lacks).
	oneLine bool
	// maxClaims caps the claims written beside an event (0: no cap):
	// past it, one line counts the others, which the claims panel lists.
	maxClaims int
}

// claimsShown returns how many of n claims about an event are written
// beside it: all up to maxClaims, else one fewer, the last line saying
// how many more the claims panel lists.
func (o cardOptions) claimsShown(n int) int {
	if o.maxClaims <= 0 || n <= o.maxClaims {
		return n
	}
	return o.maxClaims - 1
}

// claimLines returns how many lines each of n claims takes beside its
// event.
func (o cardOptions) claimLines(n int) int {
	if o.oneLine {
		return 1
	}
	return claimLines(n)
}

// unlaned returns the names of ev's participants that have no lane.
func (b *builder) unlaned(ev *casefile.Event, o cardOptions) []string {
	var names []string
	for _, p := range ev.Participants {
		if !o.laned[p.Who] {
			names = append(names, nameOf(b.act, p.Who))
		}
	}
	return names
}

// titleSize and smallSize return the font sizes of titles and of dates
// and participants: larger on a phone; on a horizontal timeline the small
// text at 11 px, the least an article column shows, so that labels stay
// low.
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
	return sizeSmall - 0.5
}

// cardOf lays out the card of an entry: date and sources, title, and
// optionally participants and claims, with the numbers n gives them. A
// stack lists the title, sources and claims of each of its events under
// their shared date. It changes nothing: a card depends only on its
// entry, o and n.
func (b *builder) cardOf(en *entry, o cardOptions, n *numbering) card {
	return b.buildCard(en, o, n, false)
}

// sizeOf returns the size of the card of an entry, as cardOf would build
// it, from the same rows without keeping them.
func (b *builder) sizeOf(en *entry, o cardOptions, n *numbering) cardSize {
	c := b.buildCard(en, o, n, true)
	return cardSize{w: c.w, h: c.h, cut: c.cut}
}

// buildCard builds the card of an entry for cardOf and sizeOf: when
// sizeOnly is set, the card measures its rows without keeping them.
func (b *builder) buildCard(en *entry, o cardOptions, n *numbering, sizeOnly bool) card {
	c := card{sizeOnly: sizeOnly}
	rows := 3 // a date, a title, and participants or a claim count
	if en.members == nil {
		rows = 1 // the date; then each event's rule, title, participants and claims
		for _, m := range en.events() {
			rows += 3 + len(b.about[m.ev.ID])
		}
	}
	if !sizeOnly {
		c.rows = make([]cardRow, 0, rows)
	}
	if en.members != nil {
		c.text(RoleText, "eg-aggregate-title", strconv.Itoa(len(en.members))+" events", o.titleSize(), true, o.maxW, 1, 0)
		c.text(RoleMuted, "eg-date", rangeLabel(en.ext.Lo, en.ext.Hi), o.smallSize(), false, o.maxW, 2, 1)
		if nums := b.groupClaims(en, n); len(nums) > 0 {
			r := countRow(nums)
			r.y = c.h + 4
			c.add(r)
		}
		return c
	}
	date := en.ev.Date.Label()
	if en.stack == nil {
		if refs := n.src.refs(en.ev.Sources); refs != "" {
			date += "  " + refs
		}
		c.text(RoleMuted, "eg-date", date, o.smallSize(), false, o.maxW, 2, 0)
		b.eventText(&c, en, o, n, false)
		return c
	}
	c.text(RoleMuted, "eg-date", date, o.smallSize(), false, o.maxW, 2, 0)
	for i, m := range en.stack {
		start := len(c.rows)
		if i > 0 {
			c.rule(o.maxW)
		}
		b.eventText(&c, m, o, n, true)
		group := groupID(m)
		for k := start; k < len(c.rows); k++ {
			c.rows[k].group = group
		}
	}
	return c
}

// eventText adds an event's title (with its sources when refs is set),
// participants and claims to a card.
func (b *builder) eventText(c *card, en *entry, o cardOptions, n *numbering, refs bool) {
	ev := en.ev
	title := cleanText(ev.Title)
	if refs {
		if r := n.src.refs(ev.Sources); r != "" {
			title += " " + r
		}
	}
	size, class := o.titleSize(), "eg-event-title"
	if ev.Importance == "high" {
		// A key event's title is set larger, not only in another colour.
		size, class = size+highTitle, class+" eg-high"
	}
	c.text(RoleText, class, title, size, true, o.maxW, o.titleLines, 2)
	if o.participants {
		if names := b.unlaned(ev, o); len(names) > 0 {
			// Every participant is named: the list wraps, never cut short.
			c.text(RoleMuted, "eg-participants", strings.Join(names, ", "), o.smallSize(), false, o.maxW, 0, 1)
		}
	}
	b.cs.beside(b, n, c, b.about[ev.ID], o)
}

// groupClaims returns the numbers n gives the claims about the members
// of aggregate en, each once, in time order (0 for a claim n has not
// numbered); none when claims are not shown.
func (b *builder) groupClaims(en *entry, n *numbering) []int {
	if !b.cs.shows() {
		return nil
	}
	seen := map[string]bool{}
	var nums []int
	for _, m := range en.members {
		for _, cl := range b.about[m.ev.ID] {
			if !seen[cl.ID] {
				seen[cl.ID] = true
				nums = append(nums, n.claim[cl.ID])
			}
		}
	}
	return nums
}
