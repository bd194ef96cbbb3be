package explore

import (
	"cmp"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/scene"
)

// Row is one row of a card beside an event (a date, a title, the
// participants, a claim line, a rule between the events of one date, a
// count), as the page needs it to replay the card as of a date: a row
// whose record As of or the filters hide is left out and the rows under
// it move up by its pitch, so that the card closes up; a count says how
// many of its claims (or events) are shown. It is written as an array:
// kind, pitch, elements, then for a count the records and their
// numbers.
type Row struct {
	// Kind is what the row is: RowPlain, RowClaim, RowRule, RowMore,
	// RowCount, RowEvents.
	Kind int
	// Pitch is how far the rows under this one move up when it is left
	// out: from its top to the next row's.
	Pitch float64
	// Els are the row's elements (indexes in View.Els).
	Els []int
	// Of are the records a count counts (indexes in Data.Nodes): the
	// claims "+N more claims" stands for, the claims an aggregate's "N
	// claims" counts, the events of "N events".
	Of []int
	// Nums are the numbers the timeline gives the claims of Of, when its
	// text names them ("(6–10)"); none when it does not.
	Nums []int
}

// MarshalJSON writes r as [kind, pitch, elements] or, for a count,
// [kind, pitch, elements, records, numbers].
func (r Row) MarshalJSON() ([]byte, error) {
	out := []any{r.Kind, r.Pitch, r.Els}
	if r.Of != nil {
		nums := r.Nums
		if nums == nil {
			nums = []int{}
		}
		out = append(out, r.Of, nums)
	}
	return json.Marshal(out)
}

// The kinds of Row.
const (
	// RowPlain is shown while its record is: a date, a title, the
	// participants.
	RowPlain = iota
	// RowClaim is a claim beside its event (View.Claims ties it to the
	// claim): shown while the claim is.
	RowClaim
	// RowRule is the rule above an event of a stack of events of one
	// date: shown while its event is and an event above it in the card
	// is.
	RowRule
	// RowMore is "+N more claims (a–b)", for the claims not written
	// beside the event: shown while one of them is, counting those.
	RowMore
	// RowCount is an aggregate's boxed "N claims: a–b".
	RowCount
	// RowEvents is an aggregate's "N events".
	RowEvents
)

// cardRow is a row of a card while a view is written.
type cardRow struct {
	card string
	key  string
	row  Row
	top  float64
}

// cardClass is the kind of row an element of class cls draws, or -1 when
// it is no part of a card (a mark, a connector, a lane).
func cardClass(cls string) int {
	cls = " " + cls + " "
	switch {
	case strings.Contains(cls, " eg-claim-line "):
		return RowClaim
	case strings.Contains(cls, " eg-more-claims "):
		return RowMore
	case strings.Contains(cls, " eg-claim-count "):
		return RowCount
	case strings.Contains(cls, " eg-aggregate-title "):
		return RowEvents
	case strings.Contains(cls, " eg-rule "):
		return RowRule
	case strings.Contains(cls, " eg-date "), strings.Contains(cls, " eg-event-title "), strings.Contains(cls, " eg-participants "):
		return RowPlain
	}
	return -1
}

// addCardRow records element k of the view being written, leaf e of the
// group b.group, moved up by dy, as part of a row of its card; claim is
// the index among the claims about b.event of the claim it draws.
func (b *tlBuilder) addCardRow(k int, e *scene.Element, dy float64, claim int) {
	kind := cardClass(e.Class)
	if kind < 0 || b.group == "" {
		return
	}
	card := b.group
	if stack, ok := b.stackOf[b.group]; ok {
		card = stack
	}
	key := "e" + strconv.Itoa(k)
	switch kind {
	case RowClaim:
		key = "c" + b.event + "/" + strconv.Itoa(claim)
	case RowCount:
		key = "n" + b.group
	}
	top := e.Bounds().Y0 - dy
	i, ok := b.rowAt[key]
	if !ok {
		i = len(b.rows)
		b.rowAt[key] = i
		b.rows = append(b.rows, cardRow{card: card, key: key, row: Row{Kind: kind}, top: top})
	}
	r := &b.rows[i]
	r.row.Els = append(r.row.Els, k)
	r.top = min(r.top, top)
	if e.Kind != scene.Text || len(e.Lines) != 1 {
		return
	}
	// A count: the records it counts, read with its text.
	text := e.Lines[0].Text
	switch kind {
	case RowMore:
		claims := b.viewAbout[b.event]
		if shown := b.seen[b.event][0]; shown <= len(claims) {
			r.row.Of, r.row.Nums = b.counted(claims[shown:], moreRe, text)
		}
	case RowCount:
		seen := map[string]bool{}
		var claims []*casefile.Claim
		for _, m := range b.members {
			for _, cl := range b.viewAbout[b.ids[m]] {
				if !seen[cl.ID] {
					seen[cl.ID] = true
					claims = append(claims, cl)
				}
			}
		}
		r.row.Of, r.row.Nums = b.counted(claims, countRe, text)
	case RowEvents:
		if text == strconv.Itoa(len(b.members))+" events" {
			r.row.Of = b.members
		}
	}
}

// cards gathers the rows recorded while a view was written into its
// cards, each in order from the top, with their pitches.
func (b *tlBuilder) cards(v *View) {
	var order []string
	by := map[string][]cardRow{}
	for _, r := range b.rows {
		if _, ok := by[r.card]; !ok {
			order = append(order, r.card)
		}
		by[r.card] = append(by[r.card], r)
	}
	for _, card := range order {
		rs := by[card]
		slices.SortStableFunc(rs, func(a, c cardRow) int { return cmp.Compare(a.top, c.top) })
		out := make([]Row, len(rs))
		for i := range rs {
			out[i] = rs[i].row
			if k := out[i].Kind; (k == RowMore || k == RowCount || k == RowEvents) && out[i].Of == nil {
				out[i].Kind = RowPlain // a count the page cannot tell again: left as written
			}
			if i+1 < len(rs) {
				out[i].Pitch = round1(rs[i+1].top - rs[i].top)
			}
		}
		v.Cards = append(v.Cards, out)
	}
	b.rows, b.rowAt = nil, map[string]int{}
}

// The counts the timeline writes on cards: "+5 more claims (6–10)" (the
// page's timeline lists no claims under the chart, so never "below"),
// and an aggregate's "3 claims: 4–6".
var (
	moreRe  = regexp.MustCompile(`^\+(\d+) more claims?(?: \((\d+)(?:–(\d+))?\))?$`)
	countRe = regexp.MustCompile(`^(\d+) claims?(?:: (\d+)(?:–(\d+))?)?$`)
)

// counted returns the indexes in Data.Nodes of claims, and their numbers
// as text (matched by re: the count, then the first and last numbers)
// names them; none when the count is not theirs.
func (b *tlBuilder) counted(claims []*casefile.Claim, re *regexp.Regexp, text string) ([]int, []int) {
	m := re.FindStringSubmatch(text)
	if m == nil || m[1] != strconv.Itoa(len(claims)) || len(claims) == 0 {
		return nil, nil
	}
	of := make([]int, len(claims))
	for i, cl := range claims {
		k, ok := b.index[cl.ID]
		if !ok {
			return nil, nil
		}
		of[i] = k
	}
	first, err := strconv.Atoi(m[2])
	if err != nil {
		return of, nil
	}
	last := first
	if m[3] != "" {
		if last, err = strconv.Atoi(m[3]); err != nil {
			return of, nil
		}
	}
	if last-first+1 != len(claims) {
		return of, nil
	}
	nums := make([]int, len(claims))
	for i := range nums {
		nums[i] = first + i
	}
	return of, nums
}
