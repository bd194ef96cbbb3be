package casefile

import (
	"strconv"
	"strings"
)

// Counts is how many records of each kind a case holds.
type Counts struct {
	People, Organizations, Sources, Events, Claims, Relations int
}

// Counts returns how many records of each kind c holds.
func (c *Case) Counts() Counts {
	if c == nil {
		return Counts{}
	}
	return Counts{
		People:        len(c.People),
		Organizations: len(c.Organizations),
		Sources:       len(c.Sources),
		Events:        len(c.Events),
		Claims:        len(c.Claims),
		Relations:     len(c.Relations),
	}
}

// String formats k as "12 people, 9 organizations, 7 sources, 14 events,
// 5 claims, 11 relations", with the singular for a count of one.
func (k Counts) String() string {
	parts := []struct {
		n         int
		one, many string
	}{
		{k.People, "person", "people"},
		{k.Organizations, "organization", "organizations"},
		{k.Sources, "source", "sources"},
		{k.Events, "event", "events"},
		{k.Claims, "claim", "claims"},
		{k.Relations, "relation", "relations"},
	}
	s := make([]string, len(parts))
	for i, p := range parts {
		noun := p.many
		if p.n == 1 {
			noun = p.one
		}
		s[i] = strconv.Itoa(p.n) + " " + noun
	}
	return strings.Join(s, ", ")
}

// add adds the counts of o to k.
func (k *Counts) add(o Counts) {
	k.People += o.People
	k.Organizations += o.Organizations
	k.Sources += o.Sources
	k.Events += o.Events
	k.Claims += o.Claims
	k.Relations += o.Relations
}
