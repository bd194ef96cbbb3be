package casefile

import (
	"unsafe"

	"github.com/eventgraph/eventgraph/edtf"
)

// historyBlock is the number of status changes in a block of histories:
// as many as fill 32 KiB, a size Go allocates without rounding it up.
const historyBlock = 32 << 10 / int(unsafe.Sizeof(Change{}))

// derive fills in the fields that are not typed in: Event.Reported and
// Claim.Made (when not written: the date of the earliest cited source) and
// Claim.Status and Claim.History (from the responses). Values derived earlier are derived
// again, so derive can run after a filter changed the case.
func (c *Case) derive() {
	var scratch, block []Change // the histories are kept in blocks, each at its length
	for _, e := range c.Events {
		if e.ReportedDerived {
			e.Reported, e.ReportedDerived = edtf.Value{}, false
		}
		if e.Reported.IsZero() {
			e.Reported = c.earliestSource(e.Sources)
			e.ReportedDerived = !e.Reported.IsZero()
		}
	}
	for _, cl := range c.Claims {
		if cl.MadeDerived {
			cl.Made, cl.MadeDerived = edtf.Value{}, false
		}
		if cl.Made.IsZero() {
			cl.Made = c.earliestSource(cl.Sources)
			cl.MadeDerived = !cl.Made.IsZero()
		}
		scratch = appendHistory(scratch[:0], cl.Claimants, cl.Responses, c.responseDate, cl.Made)
		cl.History = append(take(&block, len(scratch), historyBlock), scratch...)
		cl.Status = cl.History[len(cl.History)-1].Status
	}
}

// responseDate is the date a response counts from in a claim's history: its
// date, or else the date of its earliest source, or else zero (undated:
// it counts from the start).
func (c *Case) responseDate(r Response) edtf.Value {
	if !r.Date.IsZero() {
		return r.Date
	}
	return c.earliestSource(r.Sources)
}

// earliestSource returns the earliest date among the named sources (by
// edtf.Value.Compare), or the zero Value when none of them is known.
func (c *Case) earliestSource(ids []string) edtf.Value {
	var best edtf.Value
	for _, id := range ids {
		s := c.Source(id)
		if s == nil || s.Date.IsZero() {
			continue
		}
		if best.IsZero() || s.Date.Compare(best) < 0 {
			best = s.Date
		}
	}
	return best
}
