package casefile

import (
	"slices"
	"strings"
	"sync"
)

// index maps every ID of a case to its record, and every record ID to the
// claims about it.
type index struct {
	// slots maps every ID to its record's place in recs, which holds
	// *Person, *Organization, *Source, *Event, *Claim or *Relation (with
	// an ID). A map of small numbers is smaller than one of interfaces, so
	// lookups touch less memory, and the place lets a check mark the
	// records it has seen in a plain slice (see checker.seen).
	slots map[string]int32
	recs  []any
	about map[string][]*Claim
	// byEvent lists the claims about each event in the order of the case's
	// events: those about Events[i] are byEvent[byEventAt[i]:byEventAt[i+1]].
	// Read in the events' order, as the TimelineJS export reads it, it is
	// two slices read in order where about is a lookup anywhere in a map of
	// every record that is the subject of a claim. Made on the first call
	// of ClaimsAboutEvent (byEventOnce), not while a case loads.
	byEvent     []*Claim
	byEventAt   []int32
	byEventOnce sync.Once
	// repeated is set when an ID other than "" names two records.
	repeated bool
}

// buildIndex indexes c. When an ID is used twice, the first record in slice
// order wins. ClaimsAbout lists come in the order of c.Claims.
func buildIndex(c *Case) *index {
	x := &index{}
	// The claims about each record are listed at the same time, on
	// another core, for a large case.
	var wg sync.WaitGroup
	if len(c.Claims) >= parallelRecords {
		wg.Go(func() { x.about = claimsAbout(c.Claims) })
	} else {
		x.about = claimsAbout(c.Claims)
	}
	x.slots, x.recs, x.repeated = indexIDs(c)
	wg.Wait()
	return x
}

// indexIDs maps every ID of c to its record's place in recs, the first in
// slice order when an ID names several, and reports whether one does.
func indexIDs(c *Case) (slots map[string]int32, recs []any, repeated bool) {
	n := len(c.People) + len(c.Organizations) + len(c.Sources) + len(c.Events) + len(c.Claims)
	slots = make(map[string]int32, n)
	recs = make([]any, 0, n)
	add := func(id string, r any) {
		if _, ok := slots[id]; !ok {
			slots[id] = int32(len(recs))
			recs = append(recs, r)
		} else if id != "" {
			repeated = true
		}
	}
	for _, r := range c.People {
		add(r.ID, r)
	}
	for _, r := range c.Organizations {
		add(r.ID, r)
	}
	for _, r := range c.Sources {
		add(r.ID, r)
	}
	for _, r := range c.Events {
		add(r.ID, r)
	}
	for _, r := range c.Relations {
		if r.ID != "" {
			add(r.ID, r)
		}
	}
	for _, r := range c.Claims {
		add(r.ID, r)
	}
	return slots, recs, repeated
}

// sortAndIndex sorts c (sortRecords) and indexes it (reindex). For a large
// case the IDs are mapped on another goroutine while the slices are sorted,
// from a copy of the slices in the order they had: the map is the same in
// any order unless an ID names two records, and then it is made again from
// the sorted slices, so that the first record in slice order wins.
func (c *Case) sortAndIndex() {
	if len(c.People)+len(c.Organizations)+len(c.Sources)+len(c.Events)+len(c.Claims) < parallelRecords {
		c.sortRecords()
		c.reindex()
		return
	}
	before := &Case{People: slices.Clone(c.People), Organizations: slices.Clone(c.Organizations),
		Sources: slices.Clone(c.Sources), Events: slices.Clone(c.Events), Claims: slices.Clone(c.Claims),
		Relations: slices.Clone(c.Relations)}
	x := &index{}
	var wg sync.WaitGroup
	wg.Go(func() { x.slots, x.recs, x.repeated = indexIDs(before) })
	c.sortRecords()
	x.about = claimsAbout(c.Claims)
	wg.Wait()
	if x.repeated {
		x.slots, x.recs, _ = indexIDs(c)
	}
	c.idx = x
}

// parallelRecords is the number of records from which indexing and
// sorting use another goroutine.
const parallelRecords = 1024

// claimsAbout lists the claims about each record, in the order of claims.
func claimsAbout(claims []*Claim) map[string][]*Claim {
	about := make(map[string][]*Claim)
	for _, r := range claims {
		var seen map[string]bool // for long lists only: most claims are about a few records
		if len(r.About) > 16 {
			seen = make(map[string]bool, len(r.About))
		}
		for i, a := range r.About {
			if seen[a] || seen == nil && slices.Contains(r.About[:i], a) {
				continue
			}
			if seen != nil {
				seen[a] = true
			}
			about[a] = append(about[a], r)
		}
	}
	return about
}

// claimsByEvent lists the claims about each event, in the order of
// events: those about events[i] are claims[at[i]:at[i+1]], about[events[i].ID].
func claimsByEvent(events []*Event, about map[string][]*Claim) (claims []*Claim, at []int32) {
	at = make([]int32, len(events)+1)
	claims = make([]*Claim, 0, len(events)/2)
	for i, e := range events {
		claims = append(claims, about[e.ID]...)
		at[i+1] = int32(len(claims))
	}
	return slices.Clip(claims), at
}

// reindex rebuilds c's index after its slices changed.
func (c *Case) reindex() { c.idx = buildIndex(c) }

// lookup returns the record with the given ID, or nil.
func (c *Case) lookup(id string) any {
	if c == nil {
		return nil
	}
	x := c.idx
	if x == nil {
		x = buildIndex(c)
	}
	if s, ok := x.slots[id]; ok {
		return x.recs[s]
	}
	return nil
}

// kindOf returns the kind of a record pointer, or "" for anything else.
func kindOf(r any) Kind {
	switch r.(type) {
	case *Person:
		return KindPerson
	case *Organization:
		return KindOrganization
	case *Source:
		return KindSource
	case *Event:
		return KindEvent
	case *Claim:
		return KindClaim
	case *Relation:
		return KindRelation
	}
	return ""
}

// Relation returns the relation with the given ID, or nil.
func (c *Case) Relation(id string) *Relation { r, _ := c.lookup(id).(*Relation); return r }

// Kind returns the kind of the record with the given ID, or "" when the case
// has none.
func (c *Case) Kind(id string) Kind { return kindOf(c.lookup(id)) }

// Person returns the person with the given ID, or nil.
func (c *Case) Person(id string) *Person { r, _ := c.lookup(id).(*Person); return r }

// Organization returns the organization with the given ID, or nil.
func (c *Case) Organization(id string) *Organization {
	r, _ := c.lookup(id).(*Organization)
	return r
}

// Source returns the source with the given ID, or nil.
func (c *Case) Source(id string) *Source { r, _ := c.lookup(id).(*Source); return r }

// Event returns the event with the given ID, or nil.
func (c *Case) Event(id string) *Event { r, _ := c.lookup(id).(*Event); return r }

// Claim returns the claim with the given ID, or nil.
func (c *Case) Claim(id string) *Claim { r, _ := c.lookup(id).(*Claim); return r }

// Name returns a display name for the record with the given ID: a person's
// or organization's name, an event's or source's title, a claim's
// statement. It returns "" when the case has no such record.
func (c *Case) Name(id string) string {
	switch r := c.lookup(id).(type) {
	case *Person:
		return r.Name
	case *Organization:
		return r.Name
	case *Source:
		return r.Title
	case *Event:
		return r.Title
	case *Claim:
		return r.Statement
	case *Relation:
		return c.Name(r.From) + " " + strings.ReplaceAll(r.Type, "-", " ") + " " + c.Name(r.To)
	}
	return ""
}

// ClaimsAbout returns the claims whose About names id, sorted by claim ID
// (the order of c.Claims). The slice belongs to the case: do not modify it.
func (c *Case) ClaimsAbout(id string) []*Claim {
	if c == nil {
		return nil
	}
	x := c.idx
	if x == nil {
		x = buildIndex(c)
	}
	return x.about[id]
}

// ClaimsAboutEvent returns the claims about c.Events[i], as
// ClaimsAbout(c.Events[i].ID) does, for i in [0, len(c.Events)). Read for
// the events in order, the lists of an indexed case lie one after the
// other in memory. The slice belongs to the case: do not modify it.
func (c *Case) ClaimsAboutEvent(i int) []*Claim {
	if x := c.idx; x != nil {
		x.byEventOnce.Do(func() { x.byEvent, x.byEventAt = claimsByEvent(c.Events, x.about) })
		if len(x.byEventAt) == len(c.Events)+1 {
			return x.byEvent[x.byEventAt[i]:x.byEventAt[i+1]:x.byEventAt[i+1]]
		}
	}
	return c.ClaimsAbout(c.Events[i].ID)
}
