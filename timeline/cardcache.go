package timeline

// cardCache builds the card of each entry once, for one set of card
// options and one numbering: a card does not depend on where it is placed.
type cardCache struct {
	b     *builder
	o     cardOptions
	n     *numbering
	cards map[*entry]card
}

func (b *builder) newCardCache(o cardOptions, n *numbering) *cardCache {
	return &cardCache{b: b, o: o, n: n, cards: map[*entry]card{}}
}

// get returns the card of en.
func (cc *cardCache) get(en *entry) card {
	c, ok := cc.cards[en]
	if !ok {
		c = cc.b.cardOf(en, cc.o, cc.n)
		cc.cards[en] = c
	}
	return c
}

// narrowed returns the cache for options o, which differ from cc's at
// most in a narrower maxW, keeping the cards no wider than o.maxW whose
// text was not shortened: text wrapped greedily into lines that fit a
// narrower width breaks the same way at it (a word that did not fit the
// wider line does not fit the narrower one), and a claim's badge that
// fits is not shortened either. Text shortened to a number of lines is
// not kept: where its last line is cut depends on the width.
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
	return out
}
