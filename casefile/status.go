package casefile

import (
	"slices"

	"github.com/eventgraph/eventgraph/edtf"
)

// DeriveStatus returns the status of a claim made by claimants after the
// responses rs, ordered by date as History orders them (undated responses
// first, ties in the order given). Only the latest stance of each responder
// counts, so a responder who denied and later confirmed now confirms. The
// rules, first match wins (docs/format.md has them as a table):
//
//   - retracted: a claimant's current stance is retracts;
//   - contested: some current stance confirms or supports, and some
//     current stance denies or disputes;
//   - disputed: some current stance denies or disputes;
//   - partly-confirmed: some current stance partially confirms (even when
//     another confirms it fully: a partial answer still limits the claim);
//   - confirmed: some current stance confirms or supports;
//   - stated: no current answer (none, or only declines-comment), and a
//     named person or organization is among the claimants;
//   - alleged: no current answer, and the claimants are anonymous,
//     documents, or not given.
func DeriveStatus(claimants []Claimant, rs []Response) Status {
	h := history(claimants, rs, func(r Response) edtf.Value { return r.Date }, edtf.Value{})
	return h[len(h)-1].Status
}

// StatusOn returns the claim's status on d, from its History: the status
// of the last change that was public by the end of d (its date's latest
// instant no later than d's). A change with no date (an undated response
// with no dated source) counts from the start. Before the claim was made
// the result is "". The zero d gives the current status.
func (c *Claim) StatusOn(d edtf.Value) Status {
	if d.IsZero() {
		return c.Status
	}
	var s Status
	for _, h := range c.History {
		if h.Date.IsZero() || !h.Date.Upper().After(d.Upper()) {
			s = h.Status
		}
	}
	return s
}

// history returns the status changes of a claim made on made by claimants
// after the responses rs, each dated by dateOf. The first entry is the
// claim as made (Cause -1); each later one is a date on which the status
// changed, caused by the last response of that date. Responses of one date
// are taken together, so a day's stances never show a passing status.
func history(claimants []Claimant, rs []Response, dateOf func(Response) edtf.Value, made edtf.Value) []Change {
	return appendHistory(nil, claimants, rs, dateOf, made)
}

// appendHistory appends the changes history returns to out.
func appendHistory(out []Change, claimants []Claimant, rs []Response, dateOf func(Response) edtf.Value, made edtf.Value) []Change {
	order := make([]int, len(rs))
	dates := make([]edtf.Value, len(rs))
	for i := range rs {
		order[i], dates[i] = i, dateOf(rs[i])
	}
	slices.SortStableFunc(order, func(a, b int) int { return dates[a].Compare(dates[b]) })

	named := false
	for _, c := range claimants {
		named = named || c.Who != ""
	}
	claimant := func(who string) bool {
		return who != "" && slices.ContainsFunc(claimants, func(c Claimant) bool { return c.Who == who })
	}
	latest := map[string]Stance{}
	var responders []string // in order of first response, for a stable walk
	current := func() Status {
		var st stances
		for _, who := range responders {
			s := latest[who]
			st.add(s, s == StanceRetracts && claimant(who))
		}
		return st.status(named)
	}
	out = append(out, Change{Date: made, Status: current(), Cause: -1})
	for k := 0; k < len(order); k++ {
		i := order[k]
		who := responderKey(rs[i])
		if _, ok := latest[who]; !ok {
			responders = append(responders, who)
		}
		latest[who] = rs[i].Stance
		if k+1 < len(order) && dates[i].Compare(dates[order[k+1]]) == 0 {
			continue // the next response has the same date: take them together
		}
		if s := current(); s != out[len(out)-1].Status {
			out = append(out, Change{Date: dates[i], Status: s, Cause: i})
		}
	}
	return out
}

// responderKey identifies a responder: the same key for every response by
// the same person or organization, or by anonymous responders described
// the same way.
func responderKey(r Response) string {
	if r.Who == "" {
		return "anonymous\x00" + r.Anonymous
	}
	return r.Who
}

// stances tallies the current stances of a claim's responders.
type stances struct {
	retracted, against, confirmed, partly bool
}

// add counts one responder's current stance; retraction tells whether it
// is a retraction by a claimant (any other retracts is ignored, as
// validation rejects it).
func (t *stances) add(s Stance, retraction bool) {
	switch s {
	case StanceDenies, StanceDisputes:
		t.against = true
	case StanceConfirms, StanceSupports:
		t.confirmed = true
	case StancePartlyConfirms:
		t.partly = true
	case StanceRetracts:
		t.retracted = t.retracted || retraction
	}
}

// status applies the rules of DeriveStatus; named tells whether a named
// person or organization is among the claimants.
func (t stances) status(named bool) Status {
	switch {
	case t.retracted:
		return StatusRetracted
	case t.against && t.confirmed:
		return StatusContested
	case t.against:
		return StatusDisputed
	case t.partly:
		return StatusPartlyConfirmed
	case t.confirmed:
		return StatusConfirmed
	case named:
		return StatusStated
	}
	return StatusAlleged
}
