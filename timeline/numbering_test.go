package timeline

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestMeasuringChangesNothing builds the card of every entry (and of an
// aggregate) of the seed case and of a generated one, in every claim
// style, twice: the builder's groups, keys and numbering stay as they were
// and the two cards are equal.
func TestMeasuringChangesNothing(t *testing.T) {
	cases := map[string]Options{"badges": {}, "full": {Claims: ClaimsFull}, "none": {Claims: ClaimsNone}}
	for _, n := range []int{0, 300} {
		c := testcase.Seed(t)
		if n > 0 {
			c = testcase.Generated(t, n)
		}
		for style, opts := range cases {
			b := newBuilder(c, opts)
			es := b.entries()
			nums := b.numberEntries(es)
			again := b.numberEntries(es)
			if !reflect.DeepEqual(nums, again) {
				t.Fatalf("%d events, %s: numbering the same entries twice differs", n, style)
			}
			var members []*entry
			for _, en := range es[:min(6, len(es))] {
				members = append(members, en.events()...)
			}
			all := append(es, newAggregate(members))
			co := cardOptions{maxW: 180, participants: true, titleLines: 3}
			for _, en := range all {
				first := b.cardOf(en, co, nums)
				if second := b.cardOf(en, co, nums); !reflect.DeepEqual(first, second) {
					t.Errorf("%d events, %s: the card of %s differs when built again", n, style, en.id())
				}
			}
			if len(b.groups) != 0 || b.keys != (keySet{}) || b.num != nil {
				t.Errorf("%d events, %s: building cards registered groups %v, keys %v or a numbering", n, style, b.groups, b.keys)
			}
			if !reflect.DeepEqual(nums, again) {
				t.Errorf("%d events, %s: building cards changed the numbering", n, style)
			}
		}
	}
}
