package query

import (
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// Record names one record of a case in a result.
type Record struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`  // person, organization, event, claim, source or anonymous
	Label string `json:"label"` // name, title or statement
	// Date is the EDTF date of an event or source, or when a claim was
	// made; "" for people and organizations.
	Date string `json:"date,omitempty"`
	// Status is a claim's status; "" for other kinds.
	Status string `json:"status,omitempty"`
}

// Tie is one typed edge of the graph.
type Tie struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Type is the kind of edge: participant, claimant, about, response,
	// cites, published-by, authored-by, relation or parent.
	Type string `json:"type"`
	// Role is a participant's role, a response's stance or a relation's
	// type; "" when none.
	Role string `json:"role,omitempty"`
	// Date is the EDTF date of a response or relation; "" when none.
	Date    string   `json:"date,omitempty"`
	Sources []string `json:"sources,omitempty"`
}

// recordOf describes vertex v.
func recordOf(v *graph.Vertex) Record {
	r := Record{ID: v.ID, Kind: string(v.Kind), Label: v.Label}
	switch {
	case v.Event != nil:
		r.Date = v.Event.Date.String()
	case v.Source != nil:
		r.Date = v.Source.Date.String()
	case v.Claim != nil:
		r.Date = v.Claim.Made.String()
		r.Status = string(v.Claim.Status)
	}
	return r
}

// recordByID describes the record id of g, which must exist.
func recordByID(g *graph.Graph, id string) Record {
	v, _ := g.Vertex(id)
	return recordOf(v)
}

// tieOf describes edge e.
func tieOf(e graph.Edge) Tie {
	t := Tie{From: e.From, To: e.To, Type: string(e.Kind), Role: e.Label, Sources: e.Sources}
	if !e.Date.IsZero() {
		t.Date = e.Date.String()
	}
	return t
}

// ParseKinds reads a comma-separated list of kinds in the plural, as the
// command line writes them: people, organizations, events, claims,
// sources. Empty gives nil (every kind).
func ParseKinds(s string) ([]casefile.Kind, error) {
	return parseKinds(s)
}
