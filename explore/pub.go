package explore

import (
	"cmp"
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
//   - an event from its Reported date (never when it has none);
//   - a claim from the latest of its Made date, the earliest instant one of
//     the records it is about is public (people and organizations always
//     are), and the earliest of its sources;
//   - a response from its date, or when undated from its earliest source;
//   - a relation from its start, when it has one.
func newPublicity(c *casefile.Case) *publicity {
	p := &publicity{c: c, records: map[string]float64{}, responses: map[casefile.Pos]float64{}, relations: map[casefile.Pos]float64{}}
	for _, s := range c.Sources {
		p.records[s.ID] = instant(s.Date)
	}
	for _, e := range c.Events {
		p.records[e.ID] = instant(e.Reported)
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
		if start, ok := startOf(r.Date); ok {
			p.relations[r.Pos] = instant(start)
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
// public, starting with its status when it became public (t): each entry
// applies casefile.DeriveStatus to the responses public by then. Entries
// that would not change the status are left out.
func (p *publicity) history(cl *casefile.Claim, t float64) []change {
	type timed struct {
		t float64
		r casefile.Response
	}
	var rs []timed
	for _, r := range cl.Responses {
		rs = append(rs, timed{p.responses[r.Pos], r})
	}
	slices.SortStableFunc(rs, func(a, b timed) int { return cmp.Compare(a.t, b.t) })
	var public []casefile.Response
	out := []change{{T: t, Status: casefile.DeriveStatus(nil)}}
	for i := 0; i < len(rs); {
		at := rs[i].t
		for ; i < len(rs) && rs[i].t == at; i++ {
			public = append(public, rs[i].r)
		}
		if at >= never {
			break
		}
		s := casefile.DeriveStatus(public)
		if s == out[len(out)-1].Status {
			continue
		}
		if at <= t {
			out[len(out)-1].Status = s
			continue
		}
		out = append(out, change{T: at, Status: s})
	}
	return out
}
