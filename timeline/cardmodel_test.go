package timeline

import (
	"math"
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestCardSizeIsDrawnSize builds the card of every event of every case in
// data/ and examples/ (stacks of one date, and an aggregate of the first
// events, too), with the card options of both orientations and in every
// claim style: the size the layout reckons with is the bounding box of
// the items drawn, and the size measured without building the rows
// (sizeOf) is that size.
func TestCardSizeIsDrawnSize(t *testing.T) {
	styles := []ClaimsMode{ClaimsBadges, ClaimsFull, ClaimsNone}
	opts := map[string]cardOptions{
		"horizontal": {maxW: hCardW, participants: true, oneLine: true},
		"narrow":     {maxW: 90, participants: true},
		"vertical":   {maxW: 260, titleLines: 6, participants: true, large: true},
	}
	for dir, c := range testcase.RepoCases(t) {
		for _, style := range styles {
			b := newBuilder(c, Options{Claims: style})
			es := b.entries()
			nums := b.numberEntries(es)
			var members []*entry
			for _, en := range es[:min(5, len(es))] {
				members = append(members, en.events()...)
			}
			if len(members) > 0 {
				es = append(es, newAggregate(members))
			}
			events := 0
			for name, co := range opts {
				for _, en := range es {
					events += len(en.events())
					cd := b.cardOf(en, co, nums)
					if sz := b.sizeOf(en, co, nums); sz != (cardSize{w: cd.w, h: cd.h, cut: cd.cut}) {
						t.Errorf("%s %s %s: the card of %s is measured %+v, built %.4g × %.4g (cut %v)",
							dir, style, name, en.id(), sz, cd.w, cd.h, cd.cut)
					}
					items := cd.items(10, 20, "g")
					if len(items) == 0 {
						t.Errorf("%s %s %s: the card of %s draws nothing", dir, style, name, en.id())
						continue
					}
					x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
					for _, it := range items {
						bx := it.Bounds()
						x0, y0 = min(x0, bx.X), min(y0, bx.Y)
						x1, y1 = max(x1, bx.X+bx.W), max(y1, bx.Y+bx.H)
					}
					if x0 < 10-1e-9 || y0 < 20-1e-9 || math.Abs(x1-10-cd.w) > 1e-9 || math.Abs(y1-20-cd.h) > 1e-9 {
						t.Errorf("%s %s %s: the card of %s is reckoned %.4g × %.4g, drawn from (%.4g, %.4g) to (%.4g, %.4g) at (10, 20)",
							dir, style, name, en.id(), cd.w, cd.h, x0, y0, x1, y1)
					}
				}
			}
			if events == 0 {
				t.Errorf("%s: no events", dir)
			}
		}
	}
}

// TestNarrowedCardsUnchanged builds the cards of the repository's cases
// and of a generated one at a width and keeps those no wider than a
// narrower one (cardCache.narrowed): each equals the card built at the
// narrower width.
func TestNarrowedCardsUnchanged(t *testing.T) {
	cases := testcase.RepoCases(t)
	cases["generated"] = testcase.Generated(t, 2000)
	for dir, c := range cases {
		for _, style := range []ClaimsMode{ClaimsBadges, ClaimsFull} {
			b := newBuilder(c, Options{Claims: style})
			es := b.entries()
			nums := b.numberEntries(es)
			kept := 0
			for _, w := range [][2]float64{{260, 250}, {214, 211.5}, {180, 170}} {
				wide := b.newCardCache(cardOptions{maxW: w[0], titleLines: 6, participants: true, large: true}, nums)
				for _, en := range es {
					wide.get(en)
				}
				narrow := wide.narrowed(cardOptions{maxW: w[1], titleLines: 6, participants: true, large: true})
				kept += len(narrow.cards)
				for en, kept := range narrow.cards {
					if fresh := b.cardOf(en, narrow.o, nums); !reflect.DeepEqual(kept, fresh) {
						t.Errorf("%s %s: the card of %s kept from %g px differs from the card built at %g px", dir, style, en.id(), w[0], w[1])
					}
				}
			}
			if kept == 0 {
				t.Errorf("%s %s: no card was kept at a narrower width", dir, style)
			}
		}
	}
}
