package graph

import (
	"fmt"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
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
// entry, and otherwise of the record that holds the reference. The graph
// refers to the case's records (Vertex.Person and so on): do not change the
// case while the graph is in use.
//
// A reference to a missing record or an ID used twice is an error wrapping
// ErrInvalidCase; casefile.Load never returns such a case.
func Build(c *casefile.Case) (*Graph, error) {
	if c == nil {
		return nil, fmt.Errorf("%w: nil case", ErrInvalidCase)
	}
	b := builder{c: c}
	b.addVertices()
	b.g = &Graph{c: c, vertices: b.vertices, index: make(map[string]int32, len(b.vertices))}
	slices.SortFunc(b.vertices, func(x, y *Vertex) int { return strings.Compare(x.ID, y.ID) })
	for i, v := range b.vertices {
		if i > 0 && b.vertices[i-1].ID == v.ID {
			b.errs = append(b.errs, fmt.Sprintf("ID %q is used by two records", v.ID))
		}
		b.g.index[v.ID] = int32(i)
	}
	b.g.ids = compact(b.vertices)
	b.addEdges()
	if len(b.errs) > 0 {
		slices.Sort(b.errs)
		return nil, fmt.Errorf("%w: %s", ErrInvalidCase, strings.Join(slices.Compact(b.errs), "; "))
	}
	b.g.edges = sortEdges(b.edges, len(b.vertices), b.g.files)
	b.layout()
	b.g.index0()
	b.g.views()
	return b.g, nil
}

// compact moves the vertices, sorted by ID, into one block in that order,
// and their IDs into one string, side by side; it returns the IDs in vertex
// order. Walking the edges in order reads their ends' IDs in random order,
// as every export and query does: held wherever loading left them, each
// read is a cache miss once the case outgrows the processor's caches.
// Together, the IDs of 100,000 events' 220,000 vertices take 3 MB and
// their headers 3.5 MB (BenchmarkEdgeEnds).
func compact(vertices []*Vertex) []string {
	n := 0
	for _, v := range vertices {
		n += len(v.ID)
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, v := range vertices {
		sb.WriteString(v.ID)
	}
	all := sb.String()
	block := make([]Vertex, len(vertices))
	ids := make([]string, len(vertices))
	at := 0
	for i, v := range vertices {
		block[i] = *v
		block[i].ID = all[at : at+len(v.ID)]
		at += len(v.ID)
		ids[i] = block[i].ID
		vertices[i] = &block[i]
	}
	return ids
}

// builder collects the vertices and edges of a case.
type builder struct {
	c        *casefile.Case
	g        *Graph
	vertices []*Vertex
	edges    []edge
	errs     []string

	// sources holds each edge's source IDs (the case's slice), in the
	// order the edges were made; text counts the bytes of the edges' other
	// ends' IDs and of these, and nsources the sources of every edge
	// (layout).
	sources        [][]string
	text, nsources int

	labels   map[string]string          // the distinct labels
	dates    map[edtf.Value]*edtf.Value // the distinct dates
	fileAt   map[string]int32           // file name -> position in Graph.files
	lastFile string                     // the last file name looked up (file), and its position
	lastAt   int32
}

func (b *builder) addVertices() {
	c := b.c
	// The vertices are made side by side, then pointed to: compact moves
	// them once more, into ID order.
	vs := make([]Vertex, 0, len(c.People)+len(c.Organizations)+len(c.Sources)+len(c.Events)+2*len(c.Claims))
	for _, p := range c.People {
		vs = append(vs, Vertex{ID: p.ID, Kind: casefile.KindPerson, Label: p.Name, Person: p})
	}
	for _, o := range c.Organizations {
		vs = append(vs, Vertex{ID: o.ID, Kind: casefile.KindOrganization, Label: o.Name, Organization: o})
	}
	for _, s := range c.Sources {
		vs = append(vs, Vertex{ID: s.ID, Kind: casefile.KindSource, Label: s.Title, Source: s})
	}
	for _, e := range c.Events {
		vs = append(vs, Vertex{ID: e.ID, Kind: casefile.KindEvent, Label: e.Title, Event: e})
	}
	for _, cl := range c.Claims {
		vs = append(vs, Vertex{ID: cl.ID, Kind: casefile.KindClaim, Label: cl.Statement, Claim: cl})
		n := 0
		for i := range cl.Claimants {
			if a := &cl.Claimants[i]; a.Who == "" && a.Source == "" {
				n++
				vs = append(vs, Vertex{ID: anonymousID(cl.ID, n), Kind: KindAnonymous,
					Label: anonymousLabel(a.Anonymous, a.Count), Anonymous: a})
			}
		}
	}
	b.vertices = make([]*Vertex, len(vs))
	for i := range vs {
		b.vertices[i] = &vs[i]
	}
}

// edge records an edge, or an error when an end names no vertex.
func (b *builder) edge(from, to string, kind uint8, label string, date *edtf.Value, p *casefile.Pos, sources []string) {
	f, okf := b.g.index[from]
	t, okt := b.g.index[to]
	if !okf || !okt {
		missing := from
		if okf {
			missing = to
		}
		b.errs = append(b.errs, fmt.Sprintf("%s%s edge %s → %s: unknown record %q", posPrefix(*p), edgeKinds[kind], from, to, missing))
		return
	}
	if date != nil && date.IsZero() {
		date = nil
	} else if date != nil {
		if d, ok := b.dates[*date]; ok {
			date = d
		} else {
			d := *date
			b.dates[d] = &d
			date = &d
		}
	}
	if label != "" {
		if l, ok := b.labels[label]; ok {
			label = l
		} else {
			b.labels[label] = label
		}
	}
	b.text += len(to)
	switch kind {
	case kCites, kPublishedBy, kAuthoredBy:
		b.nsources++ // the source is an end of the edge
		sources = nil
	default:
		b.nsources += len(sources)
		for _, s := range sources {
			b.text += len(s)
		}
	}
	b.edges = append(b.edges, edge{from: f, to: t, src: int32(len(b.edges)), kind: kind, label: label, date: date,
		pos: pos{file: b.file(p.File), line: p.Line, col: p.Col}})
	b.sources = append(b.sources, sources)
}

// file returns the position of the file name in Graph.files, adding it.
func (b *builder) file(name string) int32 {
	if name == b.lastFile && len(b.g.files) > 0 {
		return b.lastAt
	}
	at, ok := b.fileAt[name]
	if !ok {
		at = int32(len(b.g.files))
		b.g.files = append(b.g.files, name)
		b.fileAt[name] = at
	}
	b.lastFile, b.lastAt = name, at
	return at
}

func (b *builder) addEdges() {
	c := b.c
	n := edgeCount(c)
	b.edges = make([]edge, 0, n)
	b.sources = make([][]string, 0, n)
	b.labels = map[string]string{}
	b.dates = map[edtf.Value]*edtf.Value{}
	b.fileAt = map[string]int32{}
	for _, o := range c.Organizations {
		if o.Parent != "" {
			b.edge(o.ID, o.Parent, kParent, "", nil, &o.Pos, nil)
		}
	}
	for _, s := range c.Sources {
		if s.Publisher != "" {
			b.edge(s.ID, s.Publisher, kPublishedBy, "", nil, &s.Pos, nil)
		}
		for _, a := range s.Authors {
			b.edge(s.ID, a, kAuthoredBy, "", nil, &s.Pos, nil)
		}
	}
	for _, e := range c.Events {
		for i := range e.Participants {
			p := &e.Participants[i]
			b.edge(p.Who, e.ID, kParticipant, p.Role, nil, &p.Pos, e.Sources)
		}
		for _, s := range e.Sources {
			b.edge(e.ID, s, kCites, "", nil, &e.Pos, nil)
		}
	}
	for _, cl := range c.Claims {
		b.claimEdges(cl)
	}
	for _, r := range c.Relations {
		b.edge(r.From, r.To, kRelation, r.Type, &r.Date, &r.Pos, r.Sources)
	}
}

func (b *builder) claimEdges(cl *casefile.Claim) {
	n := 0
	for i := range cl.Claimants {
		a := &cl.Claimants[i]
		from := a.Who
		if a.Source != "" {
			from = a.Source // a document makes the claim
		} else if from == "" {
			n++
			from = anonymousID(cl.ID, n)
		}
		b.edge(from, cl.ID, kClaimant, "", nil, &a.Pos, cl.Sources)
	}
	for _, t := range cl.About {
		if b.c.Kind(t) == casefile.KindRelation {
			continue // a relation is an edge, not a vertex; the claim lists it
		}
		b.edge(cl.ID, t, kAbout, "", nil, &cl.Pos, cl.Sources)
	}
	for _, s := range cl.Sources {
		b.edge(cl.ID, s, kCites, "", nil, &cl.Pos, nil)
	}
	for i := range cl.Responses {
		r := &cl.Responses[i]
		if r.Who != "" { // anonymous responders have no vertex; the claim lists them
			b.edge(r.Who, cl.ID, kResponse, string(r.Stance), &r.Date, &r.Pos, r.Sources)
		}
		for _, s := range r.Sources {
			b.edge(cl.ID, s, kCites, "", nil, &r.Pos, nil)
		}
	}
}

// edgeCount returns the number of edges Build makes of c.
func edgeCount(c *casefile.Case) int {
	n := len(c.Relations)
	for _, o := range c.Organizations {
		if o.Parent != "" {
			n++
		}
	}
	for _, s := range c.Sources {
		n += len(s.Authors)
		if s.Publisher != "" {
			n++
		}
	}
	for _, e := range c.Events {
		n += len(e.Participants) + len(e.Sources)
	}
	for _, cl := range c.Claims {
		n += len(cl.Claimants) + len(cl.About) + len(cl.Sources) + len(cl.Responses)
		for _, r := range cl.Responses {
			n += len(r.Sources)
		}
	}
	return n
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

// index0 fills the compressed adjacency from g.edges.
func (g *Graph) index0() {
	n := len(g.vertices)
	g.incidentAt = make([]int32, n+1)
	for i := range g.edges {
		e := &g.edges[i]
		g.incidentAt[e.from+1]++
		if e.to != e.from {
			g.incidentAt[e.to+1]++
		}
	}
	for v := range n {
		g.incidentAt[v+1] += g.incidentAt[v]
	}
	g.incident = make([]int32, g.incidentAt[n])
	fill := slices.Clone(g.incidentAt[:n])
	for i := range g.edges {
		e := &g.edges[i]
		g.incident[fill[e.from]] = int32(i)
		fill[e.from]++
		if e.to != e.from {
			g.incident[fill[e.to]] = int32(i)
			fill[e.to]++
		}
	}

	g.adjacentAt = make([]int32, n+1)
	g.adjacent = make([]int32, 0, len(g.incident))
	var buf []int32
	for v := range int32(n) {
		buf = buf[:0]
		for _, i := range g.incidentEdges(v) {
			e := &g.edges[i]
			if e.from != v {
				buf = append(buf, e.from)
			}
			if e.to != v {
				buf = append(buf, e.to)
			}
		}
		slices.Sort(buf)
		g.adjacent = append(g.adjacent, slices.Compact(buf)...)
		g.adjacentAt[v+1] = int32(len(g.adjacent))
	}
}
