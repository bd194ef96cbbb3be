package casefile

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// eventFields are the keys of an event.
var eventFields = []string{"id", "title", "date", "participants", "place", "description", "tags", "sources", "reported", "importance", "links"}

// participantFields are the keys of a participant written as a mapping.
var participantFields = []string{"who", "role"}

// event reads one item of "events".
func (l *loader) event(n *yaml.Node) *Event {
	f, ok := l.fields(n, "event", eventFields)
	if !ok {
		return nil
	}
	e := one(&l.mem.events, 64)
	e.Pos = l.pos(f.n)
	e.ID = f.readID()
	e.Title = f.text("title")
	e.Date = f.date("date")
	items := f.list("participants")
	if len(items) > MaxParticipants {
		l.errs.Add(l.pos(items[MaxParticipants]), "the event lists %d participants, more than %d; list the organization they belong to instead, or split the event", len(items), MaxParticipants)
		items = items[:MaxParticipants]
	}
	if len(items) > 0 {
		e.Participants = take(&l.mem.parts, len(items), 128)
		var first map[string]int // index in e.Participants, for long lists only
		if len(items) > 16 {
			first = make(map[string]int, len(items))
		}
		for _, it := range items {
			p, ok := l.participant(it)
			if !ok {
				continue
			}
			if i := participantIndex(e.Participants, first, p.Who); i >= 0 {
				l.errs.Add(p.Pos, "participant %q is listed twice in this event (first at line %d); list each once, with one role", p.Who, e.Participants[i].Pos.Line)
				continue
			}
			if first != nil {
				first[p.Who] = len(e.Participants)
			}
			e.Participants = append(e.Participants, p)
		}
	}
	e.Place = f.text("place")
	e.Description = f.text("description")
	e.Tags, _ = f.texts("tags")
	e.Sources = f.refs("sources", ruleSource)
	e.Reported = f.date("reported")
	var at *yaml.Node
	e.Importance, at = f.textAt("importance")
	if at != nil {
		f.check("importance", at, checkEnum("importance", e.Importance, EventImportances[:]))
	}
	e.Links = f.links("links")
	f.need("id", e.ID != "")
	f.need("title", e.Title != "")
	f.need("date", !e.Date.IsZero())
	return e
}

// participantIndex returns where who stands in ps, or -1: from first when
// it is not nil, else by a linear search (cheaper than a map for the few
// participants of most events).
func participantIndex(ps []Participant, first map[string]int, who string) int {
	if first != nil {
		if i, ok := first[who]; ok {
			return i
		}
		return -1
	}
	return slices.IndexFunc(ps, func(q Participant) bool { return q.Who == who })
}

// participant reads one item of "participants": an ID, or {who, role}.
func (l *loader) participant(n *yaml.Node) (Participant, bool) {
	switch {
	case n.Kind == yaml.ScalarNode && !isNull(n):
		l.ref(n.Value, "participants", ruleParticipant, n)
		return Participant{Who: l.intern(n.Value), Pos: l.pos(n)}, true
	case n.Kind != yaml.MappingNode:
		l.errs.Add(l.pos(n), "each participant must be an id or a mapping (who: ..., role: ...), got %s", describe(n))
		return Participant{}, false
	}
	f, _ := l.fields(n, "participant", participantFields)
	p := Participant{Pos: l.pos(n)}
	var at *yaml.Node
	p.Who, at = f.textAt("who")
	if at != nil {
		l.ref(p.Who, "who", ruleParticipant, at)
	}
	p.Role = f.text("role")
	f.need("who", p.Who != "")
	return p, p.Who != ""
}

// checkEvent checks the values of an event built in Go.
func (v *checker) checkEvent(e *Event) {
	v.need(e.Pos, "event", e.ID, "title", e.Title != "")
	v.need(e.Pos, "event", e.ID, "date", !e.Date.IsZero())
	for _, p := range e.Participants {
		v.need(orPos(p.Pos, e.Pos), "participant", "", "who", p.Who != "")
	}
	if e.Importance != "" {
		v.value(e.Pos, checkEnum("importance", e.Importance, EventImportances[:]))
	}
	for _, u := range e.Links {
		v.value(e.Pos, checkURL(u))
	}
	v.duplicates(e.Pos, "sources", e.Sources)
}
