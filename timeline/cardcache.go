package timeline

// cardCache builds the card of each entry once, for one set of card
// options and one numbering: a card does not depend on where it is placed.
// Where only a card's size is wanted (the axis's length, a trial grouping
// ruled out by area), it measures the card once without keeping its rows.
type cardCache struct {
	b     *builder
	o     cardOptions
	n     *numbering
	cards map[*entry]card
	sizes map[*entry]cardSize
}

// cardSize is the size of a card, and whether its text may have been
// shortened (see card.cut).
type cardSize struct {
	w, h float64
	cut  bool
}

func (b *builder) newCardCache(o cardOptions, n *numbering) *cardCache {
	return &cardCache{b: b, o: o, n: n, cards: map[*entry]card{}, sizes: map[*entry]cardSize{}}
}

// get returns the card of en.
func (cc *cardCache) get(en *entry) card {
	c, ok := cc.cards[en]
	if !ok {
		c = cc.b.cardOf(en, cc.o, cc.n)
		cc.cards[en] = c
		delete(cc.sizes, en)
	}
	return c
}

// size returns the size of the card of en, the size get's card has.
func (cc *cardCache) size(en *entry) cardSize {
	if c, ok := cc.cards[en]; ok {
		return cardSize{w: c.w, h: c.h, cut: c.cut}
	}
	s, ok := cc.sizes[en]
	if !ok {
		s = cc.b.sizeOf(en, cc.o, cc.n)
		cc.sizes[en] = s
	}
	return s
}

// narrowed returns the cache for options o, which differ from cc's at
// most in a narrower maxW, keeping the cards (and sizes) no wider than
// o.maxW whose text was not shortened: text wrapped greedily into lines
// that fit a narrower width breaks the same way at it (a word that did not
// fit the wider line does not fit the narrower one), and a claim's badge
// that fits is not shortened either. Text shortened to a number of lines
// is not kept: where its last line is cut depends on the width.
func (cc *cardCache) narrowed(o cardOptions) *cardCache {
	out := cc.b.newCardCache(o, cc.n)
	if o.maxW > cc.o.maxW {
		return out
	}
	for en, c := range cc.cards {
		if c.w <= o.maxW && !c.cut {
			out.cards[en] = c
		}
	}
	for en, s := range cc.sizes {
		if s.w <= o.maxW && !s.cut {
			out.sizes[en] = s
		}
	}
	return out
}
