package export

import "github.com/eventgraph/eventgraph/casefile"

// slideBlock is how many events' lookups are made together.
const slideBlock = 64

// slideReads holds what the slides of a block of events look up
// elsewhere than in the event: the participants', claimants' and
// respondents' names, the claims about each event and the sources it
// cites. Made for a block of events before their slides are written, the
// lookups are independent of one another and made in batches
// (tableBatch), so that the processor waits for several of their reads
// from memory at once instead of one after another (in a case of
// 1,000,000 events, each lookup is a cache miss or two).
type slideReads struct {
	c      *casefile.Case
	t      *names
	src    *sources
	people tableBatch // names: participants, then claimants and respondents, event after event
	cites  tableBatch // cited sources, event after event
	name   []string   // the names people looked up
	claims [][]*casefile.Claim
	// event j's participants are name[whoAt[j]:], its claimants and
	// respondents name[claimAt[j]:whoAt[j+1]], its sources
	// cites.recs[citedAt[j]:citedAt[j+1]]
	whoAt, claimAt, citedAt []int
	cited                   []cited
	sink                    byte // what touch read
}

// slideData is what the slide of one event names of other records.
type slideData struct {
	who        []string          // the participants' names
	claims     []*casefile.Claim // the claims about the event
	claimNames []string          // their claimants' (claimantID) and respondents' names, claim after claim
	cited      []cited           // the sources it cites
}

// cited is a source an event cites, as the slide writes it.
type cited struct {
	id string
	s  citedSource
	ok bool // false when the case has no such source
}

// claimantID is the ID of the record that makes a claim: the person or
// organization, or the source, "" for anonymous claimants.
func claimantID(a casefile.Claimant) string {
	if a.Who != "" {
		return a.Who
	}
	return a.Source
}

// read looks up what the slides of events, c.Events[first:...], need.
func (r *slideReads) read(first int, events []*casefile.Event) {
	c := r.c
	r.people.reset()
	r.cites.reset()
	r.claims = r.claims[:0]
	r.whoAt, r.claimAt, r.citedAt = r.whoAt[:0], r.claimAt[:0], append(r.citedAt[:0], 0)
	for j, e := range events {
		r.whoAt = append(r.whoAt, len(r.people.ids))
		for _, p := range e.Participants {
			r.people.add(p.Who)
		}
		r.claimAt = append(r.claimAt, len(r.people.ids))
		claims := c.ClaimsAboutEvent(first + j)
		r.claims = append(r.claims, claims)
		for _, cl := range claims {
			for _, a := range cl.Claimants {
				if id := claimantID(a); id != "" {
					r.people.add(id)
				}
			}
			for _, rs := range cl.Responses {
				r.people.add(rs.Who)
			}
		}
		for _, id := range e.Sources {
			r.cites.add(id)
		}
		r.citedAt = append(r.citedAt, len(r.cites.ids))
	}
	r.whoAt = append(r.whoAt, len(r.people.ids))
	r.touch(events)
	r.people.run(r.t.t)
	r.cites.run(r.src.t)
	r.name = r.name[:0]
	for k, id := range r.people.ids {
		if r.people.found[k] {
			r.name = append(r.name, r.people.recs[k].fields[0])
		} else {
			r.name = append(r.name, c.Name(id)) // not a person or organization
		}
	}
	r.cited = r.cited[:0]
	for k, id := range r.cites.ids {
		s := r.cites.recs[k]
		r.cited = append(r.cited, cited{id: id, s: citedSource{at: s.pos, url: s.fields[0], title: s.fields[1]}, ok: r.cites.found[k]})
	}
}

// touch reads the first byte of the texts the slides of events write, a
// short loop of reads independent of one another, so that the processor
// waits for them together instead of one at a time as the slides are
// written.
func (r *slideReads) touch(events []*casefile.Event) {
	var sink byte
	for _, e := range events {
		sink += firstByte(e.Title) + firstByte(e.Description)
	}
	for _, claims := range r.claims {
		for _, cl := range claims {
			sink += firstByte(cl.Statement)
		}
	}
	r.sink = sink
}

// firstByte is the first byte of s, 0 for "".
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// slide returns what the slide of the block's event j names.
func (r *slideReads) slide(j int) slideData {
	return slideData{
		who:        r.name[r.whoAt[j]:r.claimAt[j]],
		claims:     r.claims[j],
		claimNames: r.name[r.claimAt[j]:r.whoAt[j+1]],
		cited:      r.cited[r.citedAt[j]:r.citedAt[j+1]],
	}
}
