package explore

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/browsertest"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// tlRow is a row of a card as the timeline draws it (see cards in
// timeline.js).
type tlRow struct {
	Kind        int
	Drawn       bool
	Top, Bottom float64
	Text        string
	Record      string
	Members     []string
	Claim       string
}

// moreText is what "+N more claims (a–b)" says: the count, and the
// first and last numbers when it names them.
var moreText = regexp.MustCompile(`^\+(\d+) more claims?(?: \((\d+)(?:–(\d+))?\))?$`)

// TestTimelineCardsAsOf steps the As of slider over the bundled case (and
// the claims-over-time example), in
// the timeline across (1280 px) and down (390 px), and checks every card
// at every stop against casefile.AsOf at that date: each event drawn
// writes the claims about it that are public then, beside it or counted
// in "+N more claims", and no other (the count says how many, with the
// numbers of a run of them); and no card keeps an empty row where a claim,
// an event of a stack or a count is left out: every gap between the rows
// drawn is no wider than the card's widest with everything shown. On the
// way, some card must have closed up and, across, some "+N more claims"
// counted fewer than all.
func TestTimelineCardsAsOf(t *testing.T) {
	t.Parallel()
	t.Run("bundled", func(t *testing.T) { cardsAsOf(t, testcase.Seed(t), true) })
	// The example's "+3 more claims (3–5)" is "+2 more claims" while claims
	// 3 and 5 are public and 4 is not.
	t.Run("claims-over-time", func(t *testing.T) {
		c, err := casefile.LoadDir("../examples/claims-over-time")
		if err != nil {
			t.Fatal(err)
		}
		cardsAsOf(t, c, false)
	})
}

// cardsAsOf checks the cards of c's timeline at every stop of the As of
// slider (see TestTimelineCardsAsOf); closes says that some card must
// close up on the way, and across some "+N more claims" count fewer.
func cardsAsOf(t *testing.T, c *casefile.Case, closes bool) {
	p := builtPage(t, c)
	url := browsertest.WritePage(t, p.HTML)
	for _, width := range []int64{1280, 390} {
		t.Run(strconv.FormatInt(width, 10), func(t *testing.T) {
			tb := browsertest.Open(t, url, width)
			stops := browsertest.Eval[int](t, tb, `+document.getElementById('asof-range').max`)
			step := func(k int) []tlRowCard {
				browsertest.Eval[string](t, tb, fmt.Sprintf(`(() => { const r = document.getElementById('asof-range'); r.value = '%d'; r.dispatchEvent(new Event('input')); return '' })()`, k))
				return cardsOf(browsertest.Eval[[][]tlRow](t, tb, `eventgraphExplorer.timeline.cards()`))
			}
			// Everything shown: each card's widest gap between rows.
			all := step(stops)
			if len(all) == 0 {
				t.Fatal("the timeline has no cards")
			}
			widest := make([]float64, len(all))
			for i, card := range all {
				for k := 1; k < len(card); k++ {
					widest[i] = max(widest[i], card[k].Top-card[k-1].Bottom)
				}
			}
			everything := map[string]bool{}
			for _, cl := range c.Claims {
				everything[cl.ID] = true
			}
			check(t, "at the end of the case", all, widest, c, everything)
			closed, fewer := 0, 0
			for k := 0; k < stops; k++ {
				date := browsertest.Eval[string](t, tb, fmt.Sprintf(`(() => { const r = document.getElementById('asof-range'); r.value = '%d'; r.dispatchEvent(new Event('input')); return document.getElementById('asof-date').value })()`, k))
				d, err := edtf.Parse(date)
				if err != nil {
					t.Fatalf("stop %d: the date field says %q: %v", k, date, err)
				}
				public := map[string]bool{}
				for _, cl := range c.AsOf(d).Claims {
					public[cl.ID] = true
				}
				cards := cardsOf(browsertest.Eval[[][]tlRow](t, tb, `eventgraphExplorer.timeline.cards()`))
				if len(cards) != len(all) {
					t.Fatalf("as of %s: %d cards, %d at the end", date, len(cards), len(all))
				}
				check(t, "as of "+date, cards, widest, c, public)
				for i, card := range cards {
					left := false // a row above left out
					for j, r := range card {
						if r.Drawn && left && r.Top < all[i][j].Top-1 {
							closed++
						}
						left = left || !r.Drawn
						if r.Kind == RowMore && r.Drawn && r.Text != all[i][j].Text {
							fewer++
						}
					}
				}
			}
			if closes && closed == 0 {
				t.Error("no card closed up at any As of date")
			}
			counts := false // a card counts claims not written beside their event
			for _, card := range all {
				counts = counts || slices.ContainsFunc(card, func(r tlRow) bool { return r.Kind == RowMore })
			}
			if closes && width == 1280 && !counts {
				t.Error("no card across says \"+N more claims\"")
			}
			if counts && fewer == 0 {
				t.Error("no \"+N more claims\" counted fewer claims at any As of date")
			}
			tb.Check(t)
		})
	}
}

// tlRowCard is a card's rows.
type tlRowCard []tlRow

func cardsOf(cs [][]tlRow) []tlRowCard {
	out := make([]tlRowCard, len(cs))
	for i, c := range cs {
		out[i] = c
	}
	return out
}

// drawn returns the rows drawn, from the top.
func (c tlRowCard) drawn() []tlRow {
	var out []tlRow
	for _, r := range c {
		if r.Drawn {
			out = append(out, r)
		}
	}
	return out
}

// check checks the cards drawn when the claims public are those of
// public: the claims about each event drawn, and the gaps between rows.
func check(t *testing.T, when string, cards []tlRowCard, widest []float64, c *casefile.Case, public map[string]bool) {
	t.Helper()
	about := map[string]int{} // the public claims about each event
	for _, cl := range c.Claims {
		if public[cl.ID] {
			for _, id := range cl.About {
				about[id]++
			}
		}
	}
	for i, card := range cards {
		drawn := card.drawn()
		lines, more := map[string]int{}, map[string]int{}
		events := map[string]bool{}
		for k, r := range drawn {
			if k > 0 {
				prev := drawn[k-1]
				if gap := r.Top - prev.Bottom; gap > widest[i]+0.5 {
					t.Errorf("%s: card %d has an empty row: %.1f px between %q and %q (at most %.1f with everything shown)", when, i, gap, prev.Text, r.Text, widest[i])
				}
				if r.Top < prev.Top-0.5 {
					t.Errorf("%s: card %d draws %q over %q", when, i, r.Text, prev.Text)
				}
			}
			switch r.Kind {
			case RowPlain:
				if r.Record != "" && c.Kind(r.Record) == casefile.KindEvent {
					events[r.Record] = true
				}
			case RowClaim:
				if !public[r.Claim] {
					t.Errorf("%s: card %d writes claim %s, not yet public", when, i, r.Claim)
				}
				if r.Text != "" {
					lines[r.Record]++
				}
			case RowMore:
				m := moreText.FindStringSubmatch(r.Text)
				if m == nil {
					t.Errorf("%s: card %d says %q, not \"+N more claims\"", when, i, r.Text)
					continue
				}
				n, _ := strconv.Atoi(m[1])
				more[r.Record] += n
				if m[3] != "" {
					a, _ := strconv.Atoi(m[2])
					b, _ := strconv.Atoi(m[3])
					if b-a+1 != n {
						t.Errorf("%s: card %d says %q: %d numbers for %d claims", when, i, r.Text, b-a+1, n)
					}
				}
			}
		}
		for _, r := range card {
			if !r.Drawn && r.Kind == RowClaim && public[r.Claim] && events[r.Record] {
				t.Errorf("%s: card %d leaves out claim %s, public by then", when, i, r.Claim)
			}
		}
		for e := range events {
			if got := lines[e] + more[e]; got != about[e] {
				t.Errorf("%s: the card of %s writes %d claims and counts %d more; %d claims about it are public", when, e, lines[e], more[e], about[e])
			}
		}
	}
}

// countText is what an aggregate's counts say: "12 events", "3 claims:
// 4–6".
var countText = regexp.MustCompile(`^(\d+) (?:events?|claims?)(?:: (\d+)(?:–(\d+))?)?$`)

// TestTimelineAggregatesAsOf sets As of to the middle of a generated
// case of 400 events, whose timeline draws groups of events ("N
// events"), and checks each group's counts against casefile.AsOf: "N
// events" counts its events public then, "N claims" the claims public
// about them, and some group counts fewer than all.
func TestTimelineAggregatesAsOf(t *testing.T) {
	t.Parallel()
	c := testcase.Generated(t, 400)
	p := builtPage(t, c)
	tb := browsertest.Open(t, browsertest.WritePage(t, p.HTML), 1280)
	all := cardsOf(browsertest.Eval[[][]tlRow](t, tb, `eventgraphExplorer.timeline.cards()`))
	date := browsertest.Eval[string](t, tb, `(() => { const r = document.getElementById('asof-range'); r.value = String(Math.floor(+r.max / 2)); r.dispatchEvent(new Event('input')); return document.getElementById('asof-date').value })()`)
	d, err := edtf.Parse(date)
	if err != nil {
		t.Fatalf("the date field says %q: %v", date, err)
	}
	a := c.AsOf(d)
	public := map[string]bool{}
	for _, e := range a.Events {
		public[e.ID] = true
	}
	for _, cl := range a.Claims {
		public[cl.ID] = true
	}
	cards := cardsOf(browsertest.Eval[[][]tlRow](t, tb, `eventgraphExplorer.timeline.cards()`))
	checked, fewer := 0, 0
	for i, card := range cards {
		for j, r := range card {
			if r.Kind != RowEvents && r.Kind != RowCount {
				continue
			}
			members := map[string]bool{}
			for _, m := range r.Members {
				members[m] = true
			}
			want := 0
			if r.Kind == RowEvents {
				for m := range members {
					if public[m] {
						want++
					}
				}
			} else {
				for _, cl := range a.Claims {
					if slices.ContainsFunc(cl.About, func(id string) bool { return members[id] }) {
						want++
					}
				}
			}
			if want == 0 {
				if r.Drawn {
					t.Errorf("as of %s: card %d says %q, with nothing of it public", date, i, r.Text)
				}
				continue
			}
			m := countText.FindStringSubmatch(r.Text)
			if !r.Drawn || m == nil || m[1] != strconv.Itoa(want) {
				t.Errorf("as of %s: card %d says %q (drawn %v), want a count of %d", date, i, r.Text, r.Drawn, want)
				continue
			}
			if m[3] != "" {
				f, _ := strconv.Atoi(m[2])
				l, _ := strconv.Atoi(m[3])
				if l-f+1 != want {
					t.Errorf("as of %s: card %d says %q: %d numbers for %d claims", date, i, r.Text, l-f+1, want)
				}
			}
			checked++
			if r.Text != all[i][j].Text {
				fewer++
			}
		}
	}
	if checked == 0 || fewer == 0 {
		t.Errorf("as of %s: %d counts of groups checked, %d of them fewer than all", date, checked, fewer)
	}
	tb.Check(t)
}
