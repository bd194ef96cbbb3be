package query

import (
	"errors"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// PathOptions are the options of Paths; the zero value asks for one
// shortest chain through every kind of record.
type PathOptions struct {
	// K is how many chains to return, shortest first; 0 means 1.
	K int
	// Avoid lists records the chains may not pass through.
	Avoid []string
	// Via lists the kinds of record allowed between the ends; nil allows
	// every kind (ParseKinds(DefaultVia) leaves sources out).
	Via []casefile.Kind
}

// Chain is one chain of records; Ties[i] joins Records[i] and
// Records[i+1], in its own direction.
type Chain struct {
	Length  int      `json:"length"` // number of ties
	Records []Record `json:"records"`
	Ties    []Tie    `json:"ties"`
}

// PathResult is the answer to "how is From connected to To".
type PathResult struct {
	From   Record  `json:"from"`
	To     Record  `json:"to"`
	Chains []Chain `json:"paths"`
	// NoPath says why there is no chain; "" when there is one.
	NoPath string `json:"no_path,omitempty"`
}

// Paths returns up to o.K shortest chains between two records of g. No
// chain is not an error: the result's NoPath says why. Unknown records
// (with a did-you-mean) and avoiding an end are errors.
func Paths(g *graph.Graph, from, to string, o PathOptions) (*PathResult, error) {
	paths, err := g.ShortestPaths(from, to, graph.PathOptions{K: o.K, Avoid: o.Avoid, Via: o.Via})
	if err != nil && !errors.Is(err, graph.ErrNoPath) {
		return nil, err
	}
	res := &PathResult{From: recordByID(g, from), To: recordByID(g, to), Chains: []Chain{}}
	if err != nil {
		res.NoPath = strings.TrimPrefix(err.Error(), "graph: ")
		return res, nil
	}
	for _, p := range paths {
		c := Chain{Length: len(p.Edges), Records: make([]Record, len(p.IDs)), Ties: make([]Tie, len(p.Edges))}
		for i, id := range p.IDs {
			c.Records[i] = recordByID(g, id)
		}
		for i, e := range p.Edges {
			c.Ties[i] = tieOf(e)
		}
		res.Chains = append(res.Chains, c)
	}
	return res, nil
}
