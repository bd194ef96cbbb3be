package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// File is one file of a multi-file export.
type File struct {
	Name string
	Data []byte
}

// CSV writes g's case as spreadsheet tables, UTF-8 with a header row:
// nodes.csv and edges.csv (the graph), and events.csv, claims.csv,
// responses.csv and sources.csv (the records with their own fields).
// Every date is given as its EDTF text and as date_min and date_max, the
// first and last day it can stand for (empty for an open end). Lists are
// joined with "; "; a participant with a role is "who (role)", an
// anonymous claimant "anonymous (2): national security sources".
func CSV(g *graph.Graph) []File {
	c := g.Case()
	dated := func(v edtf.Value) []string {
		lo, hi, okLo, okHi := bounds(v)
		return []string{edtfText(v), when(lo, okLo), when(hi, okHi)}
	}
	var nodes [][]string
	nodes = append(nodes, []string{"id", "kind", "label", "status", "edtf", "date_min", "date_max", "detail"})
	for _, v := range g.Vertices() {
		n := nodeOf(v)
		nodes = append(nodes, append(append([]string{n.id, n.kind, n.label, n.status}, dated(n.date)...), n.detail))
	}
	edges := [][]string{{"from", "to", "type", "role", "edtf", "date_min", "date_max", "sources"}}
	for _, e := range g.Edges() {
		edges = append(edges, append(append([]string{e.From, e.To, string(e.Kind), oneLine(e.Label)}, dated(e.Date)...),
			strings.Join(e.Sources, "; ")))
	}
	events := [][]string{{"id", "title", "edtf", "date_min", "date_max", "participants", "place", "tags", "sources", "description"}}
	for _, e := range c.Events {
		var who []string
		for _, p := range e.Participants {
			if p.Role != "" {
				who = append(who, p.Who+" ("+oneLine(p.Role)+")")
			} else {
				who = append(who, p.Who)
			}
		}
		events = append(events, append(append([]string{e.ID, oneLine(e.Title)}, dated(e.Date)...),
			strings.Join(who, "; "), e.Place, strings.Join(e.Tags, "; "), strings.Join(e.Sources, "; "), oneLine(e.Description)))
	}
	claims := [][]string{{"id", "statement", "status", "made_edtf", "made_min", "made_max", "about", "claimants", "sources"}}
	responses := [][]string{{"claim", "who", "stance", "edtf", "date_min", "date_max", "quote", "sources"}}
	for _, cl := range c.Claims {
		var by []string
		for _, a := range cl.Claimants {
			switch {
			case a.Who != "":
				by = append(by, a.Who)
			case a.Count > 0:
				by = append(by, "anonymous ("+strconv.Itoa(a.Count)+"): "+oneLine(a.Anonymous))
			default:
				by = append(by, "anonymous: "+oneLine(a.Anonymous))
			}
		}
		claims = append(claims, append(append([]string{cl.ID, oneLine(cl.Statement), string(cl.Status)}, dated(cl.Made)...),
			strings.Join(cl.About, "; "), strings.Join(by, "; "), strings.Join(cl.Sources, "; ")))
		for _, r := range cl.Responses {
			responses = append(responses, append(append([]string{cl.ID, r.Who, string(r.Stance)}, dated(r.Date)...),
				oneLine(r.Quote), strings.Join(r.Sources, "; ")))
		}
	}
	sources := [][]string{{"id", "title", "edtf", "date_min", "date_max", "publisher", "authors", "kind", "url"}}
	for _, s := range c.Sources {
		sources = append(sources, append(append([]string{s.ID, oneLine(s.Title)}, dated(s.Date)...),
			s.Publisher, strings.Join(s.Authors, "; "), s.Kind, s.URL))
	}
	return []File{
		{"claims.csv", table(claims)},
		{"edges.csv", table(edges)},
		{"events.csv", table(events)},
		{"nodes.csv", table(nodes)},
		{"responses.csv", table(responses)},
		{"sources.csv", table(sources)},
	}
}

func table(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows) // writing to a bytes.Buffer cannot fail
	return b.Bytes()
}
