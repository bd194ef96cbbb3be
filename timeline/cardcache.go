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
