package explore

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// Data is what the page is given, serialised as JSON into it.
type Data struct {
	Title string `json:"title"`
	Desc  string `json:"desc,omitempty"`
	// Nodes are the graph's vertices, sorted by ID.
	Nodes []Node `json:"nodes"`
	// EdgeKinds names the kinds of edge; an edge's Kind indexes it.
	EdgeKinds []graph.EdgeKind `json:"edgeKinds"`
	// Edges are the typed edges in columns, one array per field rather
	// than one per edge: the page reads six arrays instead of some 60,000
	// of a 10,000-event case, and indexes them in typed arrays.
	Edges Edges `json:"edges"`
	// Order lists the indexes of Nodes in the order of the page's list of
	// every record (listOrder).
	Order []int `json:"order"`
	// Steps are the distinct instants at which something became public,
	// ascending: the stops of the "As of" slider.
	Steps []Step `json:"steps"`
	// Files are the case's files that records are written in, in the
	// order first met (Node.At indexes them).
	Files     []string `json:"files,omitempty"`
	fileIndex map[string]int
	// Tags lists every tag used, sorted.
	Tags []string `json:"tags,omitempty"`
	// Statuses are the claim statuses in the order keys show them, and
	// Stances the response stances, each with its words (casefile's one
	// wording table).
	Statuses []Words `json:"statuses"`
	Stances  []Words `json:"stances"`
	// Note tells the reader how the page differs from the case (a
	// summary of a very large case); "" when it shows every record.
	Note string `json:"note,omitempty"`
	// Timeline is the case's timeline, laid out as the pictures are.
	Timeline *Timeline `json:"timeline"`
	// Live is true when the page is served by "eventgraph serve" and
	// listens for changes.
	Live bool `json:"live,omitempty"`
}

// Edges are the typed edges of the graph, one entry per edge in each
// column, in the graph's order.
type Edges struct {
	// From and To index Nodes.
	From []int `json:"a"`
	To   []int `json:"b"`
	// Kind indexes Data.EdgeKinds.
	Kind []int `json:"k"`
	// Label is the edge's label (a relation's type, a participant's role,
	// a response's stance) or "".
	Label []string `json:"l"`
	// Public is the instant from which the edge is public, -1 when it has
	// no date of its own (it is shown while both ends are).
	Public []float64 `json:"p"`
	// Date is the edge's date in our wording, or "".
	Date []string `json:"d"`
}

// newEdges returns empty columns (written as [], never null) with room
// for n edges.
func newEdges(n int) Edges {
	return Edges{From: make([]int, 0, n), To: make([]int, 0, n), Kind: make([]int, 0, n),
		Label: make([]string, 0, n), Public: make([]float64, 0, n), Date: make([]string, 0, n)}
}

// add appends one edge.
func (es *Edges) add(from, to, kind int, label string, public float64, date string) {
	es.From, es.To, es.Kind = append(es.From, from), append(es.To, to), append(es.Kind, kind)
	es.Label, es.Public, es.Date = append(es.Label, label), append(es.Public, public), append(es.Date, date)
}

// Node is one record of the case as the page shows it.
type Node struct {
	ID    string  `json:"id"`
	Kind  string  `json:"k"` // person, organization, event, claim, source, anonymous
	Label string  `json:"l"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	// Public is the instant (ms since 1970 UTC) from which the record is
	// public under casefile.AsOf; -1 when it always is; 8.64e15 never.
	Public float64 `json:"p"`
	// Date is the record's date in our wording (edtf.Label): an event's
	// date, a source's, a claim's "made".
	Date string `json:"d,omitempty"`
	// From is the start of an event's date (ms), which the list sorts
	// events by; every event has it, 0 included (1970-01-01T00:00Z), and
	// other records none.
	From *float64 `json:"t0,omitempty"`
	// Status is a claim's status with every response; History its statuses
	// as responses became public.
	Status  casefile.Status `json:"st,omitempty"`
	History []change        `json:"h,omitempty"`
	// Responses to a claim, in the order written.
	Responses []Response `json:"r,omitempty"`
	Claimants []string   `json:"cl,omitempty"`
	Tags      []string   `json:"tg,omitempty"`
	Aliases   []string   `json:"al,omitempty"`
	Desc      string     `json:"ds,omitempty"`
	Place     string     `json:"pl,omitempty"`
	Links     []string   `json:"ln,omitempty"`
	URL       string     `json:"u,omitempty"`
	Sub       string     `json:"sk,omitempty"` // organization or source kind
	// Degree is the number of edges touching the node: its importance.
	Degree int `json:"g"`
	// At is where the record is written: the index of its file in
	// Data.Files, then its line (none when unknown).
	At []int `json:"at,omitempty"`
}

// Response is one response to a claim.
type Response struct {
	Who     string   `json:"w"`
	Stance  string   `json:"s"`
	Date    string   `json:"d,omitempty"`
	Quote   string   `json:"q,omitempty"`
	Sources []string `json:"src,omitempty"`
	Public  float64  `json:"p"`
}

// Words is how a status or stance is written: ID is its value in the
// case, Label its words in running text, Badge (statuses only) the word on
// the claim, Meaning what it says.
type Words struct {
	ID      string `json:"id"`
	Label   string `json:"l"`
	Badge   string `json:"b,omitempty"`
	Meaning string `json:"m"`
}

// Step is one stop of the "As of" slider: an instant, the date whose last
// instant it is (EDTF, for casefile.AsOf) and its label.
type Step struct {
	T     float64 `json:"t"`
	EDTF  string  `json:"v"`
	Label string  `json:"l"`
}

// build turns a case and its graph into the page's data, placing nodes at
// gv (Graphviz's positions by record ID; see place) or, when it is empty,
// with the force layout.
func build(c *casefile.Case, g *graph.Graph, gv map[string][2]float64) *Data {
	pub := newPublicity(c)
	vs := g.Vertices()
	index := make(map[string]int, len(vs))
	d := &Data{Title: c.Meta.Title, Desc: c.Meta.Description, Nodes: make([]Node, len(vs))}
	if d.Title == "" {
		d.Title = "Case"
	}
	tags := map[string]bool{}
	for i, v := range vs {
		index[v.ID] = i
		n := Node{ID: v.ID, Kind: string(v.Kind), Label: v.Label, Public: pub.of(v.ID)}
		fill(&n, v, pub, d)
		for _, t := range n.Tags {
			tags[t] = true
		}
		d.Nodes[i] = n
	}
	d.Edges = newEdges(len(g.Edges()))
	kinds := map[graph.EdgeKind]int{}
	type pair struct{ a, b int }
	var pairs []pair
	seen := map[pair]bool{}
	for _, e := range g.Edges() {
		k, ok := kinds[e.Kind]
		if !ok {
			k = len(d.EdgeKinds)
			kinds[e.Kind] = k
			d.EdgeKinds = append(d.EdgeKinds, e.Kind)
		}
		from, to := index[e.From], index[e.To]
		t := -1.0
		switch e.Kind {
		case graph.EdgeResponse:
			t = pub.responses[e.Pos]
		case graph.EdgeRelation:
			if rt, ok := pub.relations[e.Pos]; ok {
				t = rt
			}
		case graph.EdgeCites:
			if rt, ok := pub.responses[e.Pos]; ok {
				t = rt
			}
		}
		d.Edges.add(from, to, k, e.Label, t, e.Date.Label())
		d.Nodes[from].Degree++
		d.Nodes[to].Degree++
		p := pair{min(from, to), max(from, to)}
		if !seen[p] && from != to {
			seen[p] = true
			pairs = append(pairs, p)
		}
	}
	// Anonymous claimants are public with their claim.
	for j, from := range d.Edges.From {
		if d.Nodes[from].Kind == string(graph.KindAnonymous) {
			d.Nodes[from].Public = d.Nodes[d.Edges.To[j]].Public
		}
	}
	edges := make([][2]int, len(pairs))
	for i, p := range pairs {
		edges[i] = [2]int{p.a, p.b}
	}
	ids := make([]string, len(vs))
	for i, v := range vs {
		ids[i] = v.ID
	}
	pos := place(ids, edges, gv)
	for i := range d.Nodes {
		d.Nodes[i].X = round2(pos[i][0])
		d.Nodes[i].Y = round2(pos[i][1])
	}
	for t := range tags {
		d.Tags = append(d.Tags, t)
	}
	slices.Sort(d.Tags)
	d.Steps = steps(c, pub)
	d.Order = listOrder(d.Nodes)
	for _, st := range casefile.Statuses {
		w := st.Words()
		d.Statuses = append(d.Statuses, Words{ID: string(st), Label: w.Label, Badge: w.Badge, Meaning: w.Meaning})
	}
	for _, st := range casefile.Stances {
		w := st.Words()
		d.Stances = append(d.Stances, Words{ID: string(st), Label: w.Present, Meaning: w.Meaning})
	}
	return d
}

// fill copies the fields the details panel shows.
func fill(n *Node, v *graph.Vertex, pub *publicity, d *Data) {
	at := d.at
	switch {
	case v.Person != nil:
		p := v.Person
		n.Aliases, n.Desc, n.Tags, n.Links, n.At = p.Aliases, p.Description, p.Tags, p.Links, at(p.Pos)
	case v.Organization != nil:
		o := v.Organization
		n.Aliases, n.Desc, n.Tags, n.Links, n.Sub, n.At = o.Aliases, o.Description, o.Tags, o.Links, o.Kind, at(o.Pos)
	case v.Event != nil:
		e := v.Event
		n.Date, n.Desc, n.Place, n.Tags, n.At = e.Date.Label(), e.Description, e.Place, e.Tags, at(e.Pos)
		from := clampMS(e.Date.Lower())
		n.From = &from
	case v.Source != nil:
		s := v.Source
		n.Date, n.URL, n.Sub, n.At = s.Date.Label(), s.URL, s.Kind, at(s.Pos)
	case v.Claim != nil:
		cl := v.Claim
		n.Date, n.Status, n.At = cl.Made.Label(), cl.Status, at(cl.Pos)
		n.History = pub.history(cl, n.Public)
		for _, r := range cl.Responses {
			n.Responses = append(n.Responses, Response{Who: r.Who, Stance: string(r.Stance), Date: r.Date.Label(),
				Quote: r.Quote, Sources: r.Sources, Public: pub.responses[r.Pos]})
		}
	}
}

// steps lists the distinct instants at which a record, a response or a
// relation became public, each with the date it is the end of.
func steps(c *casefile.Case, pub *publicity) []Step {
	byT := map[float64]Step{}
	add := func(v interface{ Label() string }, edtfText string, t float64) {
		if t < 0 || t >= never {
			return
		}
		if _, ok := byT[t]; !ok {
			byT[t] = Step{T: t, EDTF: edtfText, Label: v.Label()}
		}
	}
	for _, s := range c.Sources {
		add(s.Date, s.Date.String(), pub.of(s.ID))
	}
	for _, e := range c.Events {
		add(e.Reported, e.Reported.String(), pub.of(e.ID))
	}
	for _, cl := range c.Claims {
		add(cl.Made, cl.Made.String(), instant(cl.Made))
		for _, r := range cl.Responses {
			if !r.Date.IsZero() {
				add(r.Date, r.Date.String(), pub.responses[r.Pos])
			}
		}
	}
	for _, r := range c.Relations {
		if start, ok := startOf(r.Date); ok {
			add(start, start.String(), pub.relations[r.Pos])
		}
	}
	out := make([]Step, 0, len(byT))
	for _, s := range byT {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Step) int { return cmp.Compare(a.T, b.T) })
	return out
}

// at returns where p is in a record's At, adding its file to d.Files when
// new.
func (d *Data) at(p casefile.Pos) []int {
	if p.File == "" {
		return nil
	}
	i, ok := d.fileIndex[p.File]
	if !ok {
		if d.fileIndex == nil {
			d.fileIndex = map[string]int{}
		}
		i = len(d.Files)
		d.fileIndex[p.File] = i
		d.Files = append(d.Files, p.File)
	}
	if p.Line == 0 {
		return []int{i}
	}
	return []int{i, int(p.Line)}
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// clampMS is t in milliseconds since 1970, held within the range of a
// JavaScript Date (±8.64e15 ms, about 275,000 years either side), so that
// the page can draw and write every date; events beyond it are drawn at
// the edge.
func clampMS(t time.Time) float64 {
	const limit = 8.64e15
	s := t.Unix()
	switch {
	case s > limit/1000:
		return limit
	case s < -limit/1000:
		return -limit
	}
	return float64(t.UnixMilli())
}
