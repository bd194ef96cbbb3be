package query

import (
	"fmt"
	"slices"

	"github.com/eventgraph/eventgraph/graph"
)

// Citation is one thing that rests on a source.
type Citation struct {
	// As says what the source is evidence for: "event", "claim" (the
	// claim itself), "response" (one response to the claim) or "relation".
	As     string `json:"as"`
	Record Record `json:"record"` // the event or claim; for a relation, its from record
	// For a response: who responded, the stance and the date.
	Who    string `json:"who,omitempty"`
	Stance string `json:"stance,omitempty"`
	Date   string `json:"date,omitempty"`
	// For a relation: its ends and type.
	Relation string `json:"relation,omitempty"`
}

// CitesResult is the answer to "what rests on Source".
type CitesResult struct {
	Source    Record     `json:"source"`
	Publisher string     `json:"publisher,omitempty"`
	Authors   []string   `json:"authors,omitempty"`
	Citations []Citation `json:"citations"` // events, claims, responses, relations, each by ID
}

// Cites returns what rests on the source id: the events and claims citing
// it, the responses to claims citing it (evidence for the response, not
// for the claim), and the relations citing it. An ID that names no record
// is an error with a did-you-mean; one that names a record of another kind
// is an error too.
func Cites(g *graph.Graph, id string) (*CitesResult, error) {
	v, ok := g.Vertex(id)
	if !ok {
		_, err := g.Neighbours(id, 0) // the graph's unknown-record error
		return nil, err
	}
	if v.Source == nil {
		return nil, fmt.Errorf("%q is a %s, not a source: cites lists what rests on a source", id, v.Kind)
	}
	c := g.Case()
	res := &CitesResult{Source: recordOf(v), Publisher: v.Source.Publisher, Authors: v.Source.Authors, Citations: []Citation{}}
	for _, e := range c.Events {
		if slices.Contains(e.Sources, id) {
			res.Citations = append(res.Citations, Citation{As: "event", Record: recordByID(g, e.ID)})
		}
	}
	for _, cl := range c.Claims {
		if slices.Contains(cl.Sources, id) {
			res.Citations = append(res.Citations, Citation{As: "claim", Record: recordByID(g, cl.ID)})
		}
	}
	for _, cl := range c.Claims {
		for _, r := range cl.Responses {
			if slices.Contains(r.Sources, id) {
				ci := Citation{As: "response", Record: recordByID(g, cl.ID), Who: r.Who, Stance: string(r.Stance)}
				if !r.Date.IsZero() {
					ci.Date = r.Date.String()
				}
				res.Citations = append(res.Citations, ci)
			}
		}
	}
	for _, r := range c.Relations {
		if slices.Contains(r.Sources, id) {
			ci := Citation{As: "relation", Record: recordByID(g, r.From), Relation: r.From + " " + r.Type + " " + r.To}
			if !r.Date.IsZero() {
				ci.Date = r.Date.String()
			}
			res.Citations = append(res.Citations, ci)
		}
	}
	return res, nil
}
