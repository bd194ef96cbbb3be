package timeline

// orientation is what differs between a horizontal and a vertical
// timeline: the axis (where it runs and how long it is), where cards stand
// beside it, and what ties a card to its mark. layOut runs the loop both
// share: measure the cards, group the densest stretches until they fit,
// number what the cards cite, place the cards, draw them.
type orientation interface {
	// prepare lays out what the cards are measured against (the
	// header, lanes, the axis where it depends on the cards) and returns
	// the cards of entries, numbered by nums.
	prepare(entries []*entry, nums *numbering) (*cardCache, error)
	// bins returns the scale entries fall into bins along when grouped,
	// the first bin's size and the axis's length.
	bins() (sc scale, binPx, length float64)
	// fits reports whether the cards of es, a trial grouping, can be
	// placed.
	fits(es []*entry, labels *cardCache) bool
	// place places the cards of es, the entries drawn.
	place(es []*entry, labels *cardCache) []placedCard
	// connect draws what lies under the marks and labels of cards:
	// lanes and connectors, or leaders.
	connect(cards []placedCard)
	// axis returns the scale placed, where the axis is drawn across it,
	// its ticks and the bottom of the chart.
	axis() (sc scale, at float64, ticks []axisTick, bottom float64)
}

// placedCard is a card placed: its mark, drawn at the axis's origin, is
// moved by markAt, and its label's top-left corner stands at labelAt.
type placedCard struct {
	en      *entry
	mark    drawnMark
	label   card
	markAt  Point
	labelAt Point
}

// layOut lays out the chart of entries in orientation o, then the footer.
func (b *builder) layOut(o orientation, entries []*entry) error {
	// Until the grouping is chosen, cards number claims and sources as
	// the events drawn one by one would.
	labels, err := o.prepare(entries, b.numberEntries(entries))
	if err != nil {
		return err
	}
	es := entries
	if countEvents(entries) > maxUngrouped && b.opts.Group != GroupNever {
		sc, binPx, length := o.bins()
		es = group(entries, sc, binPx, length, func(es []*entry) bool { return o.fits(es, labels) })
	}
	b.finish(es)
	if len(es) < len(entries) {
		labels = b.newCardCache(labels.o, b.num) // the numbers differ where events were grouped
	}
	cards := o.place(es, labels)
	o.connect(cards)
	for _, c := range cards {
		group := groupID(c.en)
		b.keys.add(c.mark.keys...)
		for _, it := range c.mark.items {
			it = moved(it, c.markAt.X, c.markAt.Y)
			it.Group = group
			b.items = append(b.items, it)
		}
		b.items = append(b.items, c.label.items(c.labelAt.X, c.labelAt.Y, group)...)
	}
	sc, at, ticks, bottom := o.axis()
	if len(sc.segs) > 1 {
		b.keys.add(keyBreak)
	}
	b.items = append(b.items, drawAxis(b.f, sc, at, ticks)...)
	b.height = b.footer(bottom) + b.m
	return nil
}

// countEvents returns how many events entries draw.
func countEvents(es []*entry) int {
	n := 0
	for _, e := range es {
		n += len(e.events())
	}
	return n
}
