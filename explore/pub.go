package explore

import (
	"slices"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

// never is the "public from" instant of a record that never became public
// (an event with neither a reported date nor a dated source): the largest
// time a JavaScript Date holds, later than any as-of date.
const never = 8.64e15

// instant is the last instant of v in milliseconds since 1970 UTC, the
// moment from which AsOf counts v as public. Every Upper ends on the last
// nanosecond of a second, so comparing milliseconds orders as AsOf orders.
func instant(v edtf.Value) float64 {
	if v.IsZero() {
		return never
	}
	u := v.Upper()
	// Seconds and milliseconds apart, so that years beyond the range of
	// UnixMilli (about 292 million years) still order correctly.
	return float64(u.Unix())*1000 + float64(u.Nanosecond()/1e6)
}

// publicity holds, for one case, the instant each record and each
// response became public under casefile.AsOf's rules.
type publicity struct {
	c       *casefile.Case
	records map[string]float64 // missing: always public (people, organizations)
	// responses maps a response's position to the instant it became public.
	responses map[casefile.Pos]float64
	// relations maps a relation's position to the instant its start became
	// public; missing when it has no dated start (always kept).
	relations map[casefile.Pos]float64
}

// newPublicity applies AsOf's rules record by record:
//   - a source is public from its date;
//   - an event from the latest of its Reported date (never when it has
//     none), the first instant of its date (it had begun), its earliest
//     source when it cites any, and, for an interval with no dated start,
//     the end of its end (before that it has no date to draw);
//   - a claim from the latest of its Made date, the earliest instant one of
//     the records it is about is public (people and organizations always
//     are), and the earliest of its sources;
//   - a response from its date, or when undated from its earliest source;
//   - a relation from the latest of its start, when it has one, and its
//     earliest source, when it cites any.
func newPublicity(c *casefile.Case) *publicity {
	p := &publicity{c: c, records: map[string]float64{}, responses: map[casefile.Pos]float64{}, relations: map[casefile.Pos]float64{}}
	for _, s := range c.Sources {
		p.records[s.ID] = instant(s.Date)
	}
	for _, e := range c.Events {
		t := max(instant(e.Reported), float64(e.Date.Lower().Unix())*1000)
		if len(e.Sources) > 0 {
			t = max(t, p.earliest(e.Sources))
		}
		if v := e.Date; v.IsInterval && v.Start.Kind != edtf.BoundDate && v.End.Kind == edtf.BoundDate {
			t = max(t, instant(edtf.Value{Date: v.End.Date}))
		}
		p.records[e.ID] = t
	}
	for _, cl := range c.Claims {
		t := instant(cl.Made)
		about := never
		for _, id := range cl.About {
			about = min(about, p.of(id))
		}
		t = max(t, about, p.earliest(cl.Sources))
		p.records[cl.ID] = t
		for _, r := range cl.Responses {
			rt := instant(r.Date)
			if r.Date.IsZero() {
				rt = p.earliest(r.Sources)
			}
			p.responses[r.Pos] = rt
		}
	}
	for _, r := range c.Relations {
		t := -1.0
		if start, ok := startOf(r.Date); ok {
			t = instant(start)
		}
		if len(r.Sources) > 0 {
			t = max(t, p.earliest(r.Sources))
		}
		if t >= 0 {
			p.relations[r.Pos] = t
		}
	}
	return p
}

// of returns the instant the record id became public; people and
// organizations have always been (-1 stands for "always").
func (p *publicity) of(id string) float64 {
	if t, ok := p.records[id]; ok {
		return t
	}
	return -1
}

// earliest returns the earliest instant one of the sources is public.
func (p *publicity) earliest(sources []string) float64 {
	t := never
	for _, s := range sources {
		t = min(t, p.of(s))
	}
	return t
}

// startOf returns the start of a date: the date itself, or an interval's
// first bound when it is a date; ok is false when there is none. It is the
// rule casefile.AsOf applies to relations.
func startOf(v edtf.Value) (edtf.Value, bool) {
	switch {
	case v.IsZero():
		return v, false
	case !v.IsInterval:
		return v, true
	case v.Start.Kind != edtf.BoundDate:
		return edtf.Value{}, false
	}
	return edtf.Value{Date: v.Start.Date}, true
}

// change is one step of a claim's status history: from T on, Status.
type change struct {
	T      float64         `json:"t"`
	Status casefile.Status `json:"s"`
}

// history returns the statuses a claim took as its responses became
// public, starting with its status when it became public (t): at each
// instant, casefile.DeriveStatus of the responses public by then, in the
// order written, as AsOf derives it. Entries that would not change the
// status are left out.
func (p *publicity) history(cl *casefile.Claim, t float64) []change {
	var times []float64
	for _, r := range cl.Responses {
		if rt := p.responses[r.Pos]; rt < never {
			times = append(times, rt)
		}
	}
	slices.Sort(times)
	times = slices.Compact(times)
	at := func(limit float64) casefile.Status {
		var public []casefile.Response
		for _, r := range cl.Responses {
			if p.responses[r.Pos] <= limit {
				public = append(public, r)
			}
		}
		return casefile.DeriveStatus(cl.Claimants, public)
	}
	out := []change{{T: t, Status: at(t)}}
	for _, rt := range times {
		if rt <= t {
			continue
		}
		if s := at(rt); s != out[len(out)-1].Status {
			out = append(out, change{T: rt, Status: s})
		}
	}
	return out
}
