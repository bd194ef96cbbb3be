package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// Build turns a case into its graph. Vertices are the case's people,
// organizations, events, claims and sources, and one KindAnonymous vertex
// for each anonymous claimant entry of a claim. Edges:
//
//   - participant: actor → event, Label the role;
//   - claimant: actor or anonymous group → claim;
//   - about: claim → each record it is about;
//   - response: actor → claim, Label the stance, Date the response's date;
//   - cites: event or claim → each of its sources, and claim → each source
//     of its responses (Pos is then the response's);
//   - published-by: source → publisher; authored-by: source → each author;
//   - relation: from → to, Label the type, Date the relation's interval;
//   - parent: organization → its parent organization.
//
// Pos is the position of the participant, claimant, response or relation
// entry, and otherwise of the record that holds the reference. A reference
// to a missing record or an ID used twice is an error wrapping
// ErrInvalidCase; casefile.Load never returns such a case.
func Build(c *casefile.Case) (*Graph, error) {
	if c == nil {
		return nil, fmt.Errorf("%w: nil case", ErrInvalidCase)
	}
	b := builder{c: c, seen: make(map[string]bool)}
	b.addVertices()
	b.addEdges()
	if len(b.errs) > 0 {
		slices.Sort(b.errs)
		return nil, fmt.Errorf("%w: %s", ErrInvalidCase, strings.Join(slices.Compact(b.errs), "; "))
	}
	return newGraph(c, b.vertices, b.edges), nil
}

// builder collects the vertices and edges of a case.
type builder struct {
	c        *casefile.Case
	vertices []*Vertex
	edges    []Edge
	seen     map[string]bool
	errs     []string
}

func (b *builder) vertex(v *Vertex) {
	if b.seen[v.ID] {
		b.errs = append(b.errs, fmt.Sprintf("ID %q is used by two records", v.ID))
		return
	}
	b.seen[v.ID] = true
	b.vertices = append(b.vertices, v)
}

func (b *builder) addVertices() {
	c := b.c
	for _, p := range c.People {
		b.vertex(&Vertex{ID: p.ID, Kind: casefile.KindPerson, Label: p.Name, Person: p})
	}
	for _, o := range c.Organizations {
		b.vertex(&Vertex{ID: o.ID, Kind: casefile.KindOrganization, Label: o.Name, Organization: o})
	}
	for _, s := range c.Sources {
		b.vertex(&Vertex{ID: s.ID, Kind: casefile.KindSource, Label: s.Title, Source: s})
	}
	for _, e := range c.Events {
		b.vertex(&Vertex{ID: e.ID, Kind: casefile.KindEvent, Label: e.Title, Event: e})
	}
	for _, cl := range c.Claims {
		b.vertex(&Vertex{ID: cl.ID, Kind: casefile.KindClaim, Label: cl.Statement, Claim: cl})
		n := 0
		for i := range cl.Claimants {
			if a := &cl.Claimants[i]; a.Who == "" {
				n++
				b.vertex(&Vertex{ID: anonymousID(cl.ID, n), Kind: KindAnonymous,
					Label: anonymousLabel(a.Anonymous, a.Count), Anonymous: a})
			}
		}
	}
}

// edge records an edge, or an error when an end names no vertex.
func (b *builder) edge(e Edge) {
	for _, id := range []string{e.From, e.To} {
		if !b.seen[id] {
			b.errs = append(b.errs, fmt.Sprintf("%s%s edge %s → %s: unknown record %q", posPrefix(e.Pos), e.Kind, e.From, e.To, id))
			return
		}
	}
	b.edges = append(b.edges, e)
}

func (b *builder) addEdges() {
	c := b.c
	for _, o := range c.Organizations {
		if o.Parent != "" {
			b.edge(Edge{From: o.ID, To: o.Parent, Kind: EdgeParent, Pos: o.Pos})
		}
	}
	for _, s := range c.Sources {
		if s.Publisher != "" {
			b.edge(Edge{From: s.ID, To: s.Publisher, Kind: EdgePublishedBy, Pos: s.Pos})
		}
		for _, a := range s.Authors {
			b.edge(Edge{From: s.ID, To: a, Kind: EdgeAuthoredBy, Pos: s.Pos})
		}
	}
	for _, e := range c.Events {
		for _, p := range e.Participants {
			b.edge(Edge{From: p.Who, To: e.ID, Kind: EdgeParticipant, Label: p.Role, Pos: p.Pos})
		}
		for _, s := range e.Sources {
			b.edge(Edge{From: e.ID, To: s, Kind: EdgeCites, Pos: e.Pos})
		}
	}
	for _, cl := range c.Claims {
		b.claimEdges(cl)
	}
	for _, r := range c.Relations {
		b.edge(Edge{From: r.From, To: r.To, Kind: EdgeRelation, Label: r.Type, Date: r.Date, Pos: r.Pos})
	}
}

func (b *builder) claimEdges(cl *casefile.Claim) {
	n := 0
	for _, a := range cl.Claimants {
		from := a.Who
		if from == "" {
			n++
			from = anonymousID(cl.ID, n)
		}
		b.edge(Edge{From: from, To: cl.ID, Kind: EdgeClaimant, Pos: a.Pos})
	}
	for _, t := range cl.About {
		b.edge(Edge{From: cl.ID, To: t, Kind: EdgeAbout, Pos: cl.Pos})
	}
	for _, s := range cl.Sources {
		b.edge(Edge{From: cl.ID, To: s, Kind: EdgeCites, Pos: cl.Pos})
	}
	for _, r := range cl.Responses {
		b.edge(Edge{From: r.Who, To: cl.ID, Kind: EdgeResponse, Label: string(r.Stance), Date: r.Date, Pos: r.Pos})
		for _, s := range r.Sources {
			b.edge(Edge{From: cl.ID, To: s, Kind: EdgeCites, Pos: r.Pos})
		}
	}
}

// compareEdges orders edges by From, To, Kind, Label and Pos.
func compareEdges(a, b Edge) int {
	return cmp.Or(
		strings.Compare(a.From, b.From),
		strings.Compare(a.To, b.To),
		strings.Compare(string(a.Kind), string(b.Kind)),
		strings.Compare(a.Label, b.Label),
		strings.Compare(a.Pos.File, b.Pos.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
	)
}

// newGraph indexes vertices (any order, unique IDs) and edges (any order,
// every end a vertex) into a Graph.
func newGraph(c *casefile.Case, vertices []*Vertex, edges []Edge) *Graph {
	slices.SortFunc(vertices, func(a, b *Vertex) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(edges, compareEdges)
	g := &Graph{c: c, vertices: vertices, edges: edges,
		index: make(map[string]int32, len(vertices)), ends: make([][2]int32, len(edges))}
	for i, v := range vertices {
		g.index[v.ID] = int32(i)
	}
	for i, e := range edges {
		g.ends[i] = [2]int32{g.index[e.From], g.index[e.To]}
	}
	g.index0()
	return g
}

// index0 fills the compressed adjacency from g.ends.
func (g *Graph) index0() {
	n := len(g.vertices)
	g.incidentAt = make([]int32, n+1)
	for _, e := range g.ends {
		g.incidentAt[e[0]+1]++
		if e[1] != e[0] {
			g.incidentAt[e[1]+1]++
		}
	}
	for v := range n {
		g.incidentAt[v+1] += g.incidentAt[v]
	}
	g.incident = make([]int32, g.incidentAt[n])
	fill := slices.Clone(g.incidentAt[:n])
	for i, e := range g.ends {
		g.incident[fill[e[0]]] = int32(i)
		fill[e[0]]++
		if e[1] != e[0] {
			g.incident[fill[e[1]]] = int32(i)
			fill[e[1]]++
		}
	}

	g.adjacentAt = make([]int32, n+1)
	g.adjacent = make([]int32, 0, len(g.incident))
	var buf []int32
	for v := range int32(n) {
		buf = buf[:0]
		for _, e := range g.incidentEdges(v) {
			for _, w := range g.ends[e] {
				if w != v {
					buf = append(buf, w)
				}
			}
		}
		slices.Sort(buf)
		g.adjacent = append(g.adjacent, slices.Compact(buf)...)
		g.adjacentAt[v+1] = int32(len(g.adjacent))
	}
}

// posPrefix writes p as "file:line:col: ", or "" when p names nothing.
func posPrefix(p casefile.Pos) string {
	switch {
	case p.File == "":
		return ""
	case p.Line == 0:
		return p.File + ": "
	}
	return fmt.Sprintf("%s:%d:%d: ", p.File, p.Line, p.Col)
}
