package diagram

import (
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// MaxFoldedParticipants is the largest number of drawn participants of a
// folded event that are all joined pairwise; the participants of a larger
// event are joined in a chain (in ID order), so that folding one crowded
// meeting does not draw hundreds of edges.
const MaxFoldedParticipants = 3

// folder collects what folding needs while build walks the edges: the drawn
// participants of events left out, and the claimants, targets and
// responses of claims left out.
type folder struct {
	g            *graph.Graph
	byID         map[string]*graph.Vertex
	drawn        map[string]bool
	v            *view
	participants map[string][]string
	claimants    map[string][]string
	about        map[string][]string
}

// newFolder returns a folder for the view v of g.
func newFolder(g *graph.Graph, byID map[string]*graph.Vertex, drawn map[string]bool, v *view) *folder {
	return &folder{g: g, byID: byID, drawn: drawn, v: v,
		participants: map[string][]string{}, claimants: map[string][]string{}, about: map[string][]string{}}
}

// index notes e if it ties a drawn record to an event or claim left out.
func (f *folder) index(e graph.Edge) {
	switch e.Kind {
	case graph.EdgeParticipant:
		if f.drawn[e.From] && !f.drawn[e.To] {
			f.participants[e.To] = append(f.participants[e.To], e.From)
		}
	case graph.EdgeClaimant:
		if f.drawn[e.From] && !f.drawn[e.To] {
			f.claimants[e.To] = append(f.claimants[e.To], e.From)
		}
	case graph.EdgeAbout:
		if !f.drawn[e.From] {
			f.about[e.From] = append(f.about[e.From], e.To)
		}
	}
}

// fold returns the edges that stand for the events and claims of the view
// that are not drawn, in the order of the view's vertices.
func (f *folder) fold() []*edge {
	var out []*edge
	for _, x := range f.v.vertices {
		if f.drawn[x.ID] {
			continue
		}
		switch {
		case x.Kind == casefile.KindEvent && x.Event != nil:
			out = append(out, f.foldEvent(x)...)
		case x.Kind == casefile.KindClaim && x.Claim != nil:
			out = append(out, f.foldClaim(x)...)
		}
	}
	return out
}

// foldEvent joins the drawn participants of event x, pairwise or (beyond
// MaxFoldedParticipants) in a chain, with edges labelled by its title and
// date.
func (f *folder) foldEvent(x *graph.Vertex) []*edge {
	ps := uniqueSorted(f.participants[x.ID])
	var out []*edge
	add := func(a, b string) {
		on := f.v.onPath[x.ID] && f.v.onPath[a] && f.v.onPath[b]
		out = append(out, &edge{from: a, to: b, kind: foldedEvent, label: x.Label, date: x.Event.Date, via: x, on: on})
	}
	if len(ps) > MaxFoldedParticipants {
		for i := 1; i < len(ps); i++ {
			add(ps[i-1], ps[i])
		}
		return out
	}
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			add(ps[i], ps[j])
		}
	}
	return out
}

// foldClaim draws claim x as edges from each drawn claimant to each drawn
// record the claim is about. When none of those records is drawn, the
// drawn participants of the folded events it is about stand in for them.
func (f *folder) foldClaim(x *graph.Vertex) []*edge {
	var targets, events []string
	for _, t := range f.about[x.ID] {
		switch {
		case f.drawn[t]:
			targets = append(targets, t)
		case f.byID[t] != nil && f.byID[t].Kind == casefile.KindEvent:
			events = append(events, t)
		}
	}
	if len(targets) == 0 {
		for _, ev := range events {
			targets = append(targets, f.participants[ev]...)
		}
	}
	targets = uniqueSorted(targets)
	note := f.responseNote(x.Claim)
	var out []*edge
	for _, c := range uniqueSorted(f.claimants[x.ID]) {
		for _, t := range targets {
			if c == t {
				continue
			}
			on := f.v.onPath[x.ID] && f.v.onPath[c] && f.v.onPath[t]
			out = append(out, &edge{from: c, to: t, kind: foldedClaim, label: x.Label,
				status: x.Claim.Status, via: x, note: note, on: on})
		}
	}
	return out
}

// responseNote sums up the responses to a claim for a folded edge's label:
// "Han Dong denies, 21 Mar 2023; PMO declines to comment".
func (f *folder) responseNote(c *casefile.Claim) string {
	var parts []string
	for _, r := range responsesOf(f.g, c) {
		parts = append(parts, r.text)
	}
	return strings.Join(parts, "; ")
}

// uniqueSorted returns the distinct strings of s in order.
func uniqueSorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}
