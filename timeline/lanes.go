package timeline

import (
	"errors"
	"fmt"
	"sort"

	"github.com/eventgraph/eventgraph/casefile"
)

// ErrUnknownLane is wrapped by the error of a lane naming no person or
// organization of the case.
var ErrUnknownLane = errors.New("timeline: unknown lane")

// lane is one actor's row in a horizontal timeline.
type lane struct {
	ID     string
	Name   string
	Kind   casefile.Kind // KindPerson or KindOrganization
	Events int           // events the actor takes part in
}

// actors indexes the people and organizations of a case.
type actors struct {
	name map[string]string
	// aliases are the other names of an actor, as the case lists them.
	aliases map[string][]string
	kind    map[string]casefile.Kind
	// other says what else an ID of the case names ("an event"), for
	// errors about lanes.
	other map[string]string
}

func newActors(c *casefile.Case) actors {
	a := actors{name: map[string]string{}, aliases: map[string][]string{}, kind: map[string]casefile.Kind{}, other: map[string]string{}}
	for _, s := range c.Sources {
		a.other[s.ID] = "a source"
	}
	for _, cl := range c.Claims {
		a.other[cl.ID] = "a claim"
	}
	for _, e := range c.Events {
		a.other[e.ID] = "an event"
	}
	for _, p := range c.People {
		a.name[p.ID], a.kind[p.ID], a.aliases[p.ID] = p.Name, casefile.KindPerson, p.Aliases
	}
	for _, o := range c.Organizations {
		a.name[o.ID], a.kind[o.ID], a.aliases[o.ID] = o.Name, casefile.KindOrganization, o.Aliases
	}
	return a
}

// chooseLanes returns the lanes l asks for, given the events drawn.
func chooseLanes(l Lanes, maxLanes int, a actors, events []*casefile.Event) ([]lane, error) {
	count := map[string]int{}
	for _, e := range events {
		for i, p := range e.Participants {
			if _, ok := a.kind[p.Who]; ok && !listedBefore(e.Participants[:i], p.Who) {
				count[p.Who]++
			}
		}
	}
	mode := l.Mode
	if mode == "" {
		mode = LanesAuto
	}
	if mode == LanesNone {
		return nil, nil
	}
	if mode == LanesIDs {
		out := make([]lane, 0, len(l.IDs))
		for _, id := range l.IDs {
			k, ok := a.kind[id]
			if !ok {
				if what, ok := a.other[id]; ok {
					return nil, fmt.Errorf("%w: %s is %s; lanes are for people and organizations", ErrUnknownLane, id, what)
				}
				return nil, fmt.Errorf("%w: the case has no person or organization with the ID %q; lanes are for the IDs listed under people and organizations", ErrUnknownLane, id)
			}
			out = append(out, lane{ID: id, Name: a.name[id], Kind: k, Events: count[id]})
		}
		return out, nil
	}
	var out []lane
	for id, n := range count {
		k := a.kind[id]
		switch {
		case mode == LanesAuto && n < 2,
			mode == LanesPeople && k != casefile.KindPerson,
			mode == LanesOrganizations && k != casefile.KindOrganization:
			continue
		}
		out = append(out, lane{ID: id, Name: a.name[id], Kind: k, Events: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].ID < out[j].ID
	})
	if mode == LanesAuto && len(out) > maxLanes {
		out = out[:maxLanes]
	}
	return out, nil
}

// listedBefore reports whether who is among ps.
func listedBefore(ps []casefile.Participant, who string) bool {
	for _, p := range ps {
		if p.Who == who {
			return true
		}
	}
	return false
}
