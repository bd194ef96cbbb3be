package explore

import (
	"slices"
	"strconv"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

// cardsWellFormed checks the cards of view v: every element in one row
// at most, rows from the top with the pitch to the next (none after the
// last), and every count tied to as many records as its text says.
func cardsWellFormed(t *testing.T, name string, tl *Timeline, v View) {
	t.Helper()
	seen := map[int]bool{}
	for i, card := range v.Cards {
		for k, r := range card {
			if len(r.Els) == 0 {
				t.Errorf("%s card %d row %d has no element", name, i, k)
			}
			for _, e := range r.Els {
				if seen[e] {
					t.Errorf("%s: element %d is in two rows", name, e)
				}
				seen[e] = true
			}
			last := k == len(card)-1
			if last && r.Pitch != 0 || !last && r.Pitch < 0 {
				t.Errorf("%s card %d row %d: pitch %v", name, i, k, r.Pitch)
			}
			switch r.Kind {
			case RowMore, RowCount, RowEvents:
				text := tl.Text(v.Els[r.Els[len(r.Els)-1]], 7)
				n := len(r.Of)
				want := map[int]string{RowMore: "+" + strconv.Itoa(n) + " more claim", RowCount: strconv.Itoa(n) + " claim", RowEvents: strconv.Itoa(n) + " events"}[r.Kind]
				if len(text) < len(want) || text[:len(want)] != want {
					t.Errorf("%s card %d row %d counts %d records, but says %q", name, i, k, n, text)
				}
				if r.Nums != nil && len(r.Nums) != n {
					t.Errorf("%s card %d row %d: %d numbers for %d records", name, i, k, len(r.Nums), n)
				}
			}
		}
	}
}

// TestTimelineCards checks the cards of the bundled case's timeline
// across and down, and one card exactly: "Han Dong speaks with Han Tao"
// writes two of its seven claims beside it, and "+5 more claims (6–10)"
// stands for the other five, in the case's order.
func TestTimelineCards(t *testing.T) {
	c := testcase.Seed(t)
	ids := nodeIDs(t, c)
	tl, err := buildTimeline(c, ids)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range tl.Views {
		cardsWellFormed(t, "view "+strconv.Itoa(k), tl, v)
	}
	const event = "dong-han-tao-conversation"
	var claims []string
	for _, cl := range c.Claims {
		if slices.Contains(cl.About, event) {
			claims = append(claims, cl.ID)
		}
	}
	if len(claims) != 7 {
		t.Fatalf("%d claims about %s, want 7", len(claims), event)
	}
	v := tl.Views[0]
	var card []Row
	for _, cd := range v.Cards {
		if g := v.Els[cd[0].Els[0]][1].(int); g > 0 && v.Groups[g-1].Node >= 0 && ids[v.Groups[g-1].Node] == event {
			card = cd
		}
	}
	var kinds []int
	for _, r := range card {
		kinds = append(kinds, r.Kind)
	}
	if want := []int{RowPlain, RowPlain, RowPlain, RowClaim, RowClaim, RowMore}; !slices.Equal(kinds, want) {
		t.Fatalf("the card of %s has rows %v, want %v (date, title, participants, two claims, a count)", event, kinds, want)
	}
	more := card[5]
	var of []string
	for _, i := range more.Of {
		of = append(of, ids[i])
	}
	if !slices.Equal(of, claims[2:]) || !slices.Equal(more.Nums, []int{6, 7, 8, 9, 10}) {
		t.Errorf("\"+5 more claims\" stands for %v numbered %v, want %v numbered 6-10", of, more.Nums, claims[2:])
	}
	for k, r := range card[:5] {
		if r.Pitch <= 0 {
			t.Errorf("row %d of the card has pitch %v", k, r.Pitch)
		}
	}
	rules := 0
	for _, cd := range v.Cards {
		for _, r := range cd {
			if r.Kind == RowRule {
				rules++
			}
		}
	}
	if rules != 5 { // 1 + 1 + 3 between the events of 24 Sep 2021, 21 and 22 Mar 2023
		t.Errorf("%d rules between events of one date, want 5", rules)
	}
}

// TestTimelineCardsAggregates checks the cards of a generated case's
// aggregates: each "N events" tied to its N events, and each "N claims"
// to its claims.
func TestTimelineCardsAggregates(t *testing.T) {
	c := testcase.Generated(t, 400)
	tl, err := buildTimeline(c, nodeIDs(t, c))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[int]int{}
	for k, v := range tl.Views {
		cardsWellFormed(t, "view "+strconv.Itoa(k), tl, v)
		for _, card := range v.Cards {
			for _, r := range card {
				counts[r.Kind]++
				if r.Kind == RowEvents {
					g := v.Els[r.Els[0]][1].(int)
					if !slices.Equal(r.Of, v.Groups[g-1].Members) {
						t.Errorf("view %d: \"N events\" counts %v, its group has %v", k, r.Of, v.Groups[g-1].Members)
					}
				}
			}
		}
	}
	if counts[RowEvents] == 0 || counts[RowCount] == 0 {
		t.Errorf("rows by kind %v: no aggregate counts its events and claims", counts)
	}
}
