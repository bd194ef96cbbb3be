package export

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestModelJSONAsEncodingJSON compares WriteModelJSON, which appends each
// record field by field, with the same records encoded by encoding/json
// as the export once made them (the types below), on the bundled case, a
// generated case and texts that need escaping.
func TestModelJSONAsEncodingJSON(t *testing.T) {
	hostile, err := casefile.Load(os.DirFS("../examples/hostile-names"), ".")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*casefile.Case{
		"seed":          testcase.Seed(t),
		"hostile-names": hostile,
		"generated":     testcase.Generated(t, 2000),
	} {
		var want, got bytes.Buffer
		if err := writeModelJSONRef(&want, c); err != nil {
			t.Fatal(err)
		}
		if err := WriteModelJSON(&got, c); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			g, w := got.String(), want.String()
			i := 0
			for i < len(g) && i < len(w) && g[i] == w[i] {
				i++
			}
			t.Errorf("%s: WriteModelJSON differs from encoding/json at byte %d:\n got %q\nwant %q", name, i, g[max(0, i-80):min(len(g), i+80)], w[max(0, i-80):min(len(w), i+80)])
		}
	}
}

// refItem writes one record of the open list on its own line with
// encoding/json.
func refItem(d *jsonDoc, v any) {
	d.rawItem()
	d.value(v)
	d.out.spill()
}

// The model as JSON: field names in snake_case, every date as its EDTF text
// with its bounds and its label, every record with its position.
type (
	jMeta struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Language    string `json:"language"`
	}
	jDate struct {
		EDTF  string `json:"edtf"`
		Min   string `json:"min,omitempty"` // first day, YYYY-MM-DD; absent when open
		Max   string `json:"max,omitempty"` // last day; absent when open
		Label string `json:"label"`
	}
	jPos struct {
		File string `json:"file"`
		Line int    `json:"line"`
		Col  int    `json:"col"`
	}
	jPerson struct {
		ID          string   `json:"id"`
		Name        string   `json:"name"`
		Aliases     []string `json:"aliases"`
		Description string   `json:"description"`
		Tags        []string `json:"tags"`
		Links       []string `json:"links"`
		Pos         jPos     `json:"pos"`
	}
	jOrganization struct {
		ID          string   `json:"id"`
		Name        string   `json:"name"`
		Kind        string   `json:"kind"`
		Parent      string   `json:"parent"`
		Aliases     []string `json:"aliases"`
		Description string   `json:"description"`
		Tags        []string `json:"tags"`
		Links       []string `json:"links"`
		Pos         jPos     `json:"pos"`
	}
	jSource struct {
		ID        string   `json:"id"`
		Title     string   `json:"title"`
		Date      *jDate   `json:"date"`
		Publisher string   `json:"publisher"`
		Authors   []string `json:"authors"`
		URL       string   `json:"url"`
		Kind      string   `json:"kind"`
		Pos       jPos     `json:"pos"`
	}
	jParticipant struct {
		Who  string `json:"who"`
		Role string `json:"role"`
	}
	jEvent struct {
		ID              string         `json:"id"`
		Title           string         `json:"title"`
		Date            *jDate         `json:"date"`
		Participants    []jParticipant `json:"participants"`
		Place           string         `json:"place"`
		Description     string         `json:"description"`
		Tags            []string       `json:"tags"`
		Sources         []string       `json:"sources"`
		Reported        *jDate         `json:"reported"`
		ReportedDerived bool           `json:"reported_derived"`
		Pos             jPos           `json:"pos"`
	}
	jClaimant struct {
		Who       string `json:"who,omitempty"`
		Anonymous string `json:"anonymous,omitempty"`
		Count     int    `json:"count,omitempty"`
	}
	jResponse struct {
		Who     string   `json:"who"`
		Stance  string   `json:"stance"`
		Date    *jDate   `json:"date"`
		Quote   string   `json:"quote"`
		Sources []string `json:"sources"`
	}
	jChange struct {
		Date   *jDate `json:"date"`
		Status string `json:"status"`
		Cause  int    `json:"cause"`
	}
	jClaim struct {
		ID          string      `json:"id"`
		Statement   string      `json:"statement"`
		About       []string    `json:"about"`
		Sources     []string    `json:"sources"`
		Claimants   []jClaimant `json:"claimants"`
		Made        *jDate      `json:"made"`
		MadeDerived bool        `json:"made_derived"`
		Responses   []jResponse `json:"responses"`
		Status      string      `json:"status"`
		History     []jChange   `json:"history"`
		Pos         jPos        `json:"pos"`
	}
	jRelation struct {
		From    string   `json:"from"`
		To      string   `json:"to"`
		Type    string   `json:"type"`
		Date    *jDate   `json:"date"`
		Sources []string `json:"sources"`
		Note    string   `json:"note"`
		Pos     jPos     `json:"pos"`
	}
)

func jdate(v edtf.Value) *jDate {
	if v.IsZero() {
		return nil
	}
	lo, hi, okLo, okHi := bounds(v)
	return &jDate{EDTF: v.String(), Min: when(lo, okLo), Max: when(hi, okHi), Label: v.Label()}
}

func jpos(p casefile.Pos) jPos { return jPos{p.File, int(p.Line), int(p.Col)} }

// list returns s, or an empty list for nil, so every list is [] in JSON.
func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func writeModelJSONRef(w io.Writer, c *casefile.Case) error {
	d := newJSONDoc(w)
	d.field("$schema", ModelSchemaID)
	d.field("case", jMeta{c.Meta.Title, c.Meta.Description, c.Meta.Language})
	d.list("people")
	for _, p := range c.People {
		refItem(d, jPerson{p.ID, p.Name, list(p.Aliases), p.Description, list(p.Tags), list(p.Links), jpos(p.Pos)})
	}
	d.end()
	d.list("organizations")
	for _, o := range c.Organizations {
		refItem(d, jOrganization{o.ID, o.Name, o.Kind, o.Parent, list(o.Aliases),
			o.Description, list(o.Tags), list(o.Links), jpos(o.Pos)})
	}
	d.end()
	d.list("sources")
	for _, s := range c.Sources {
		refItem(d, jSource{s.ID, s.Title, jdate(s.Date), s.Publisher, list(s.Authors), s.URL, s.Kind, jpos(s.Pos)})
	}
	d.end()
	d.list("events")
	var ps []jParticipant
	for _, e := range c.Events {
		ps = ps[:0]
		for _, p := range e.Participants {
			ps = append(ps, jParticipant{p.Who, p.Role})
		}
		if ps == nil {
			ps = []jParticipant{}
		}
		refItem(d, jEvent{e.ID, e.Title, jdate(e.Date), ps, e.Place, e.Description, list(e.Tags),
			list(e.Sources), jdate(e.Reported), e.ReportedDerived, jpos(e.Pos)})
	}
	d.end()
	d.list("claims")
	for _, cl := range c.Claims {
		j := jClaim{ID: cl.ID, Statement: cl.Statement, About: list(cl.About), Sources: list(cl.Sources),
			Claimants: []jClaimant{}, Made: jdate(cl.Made), MadeDerived: cl.MadeDerived, Responses: []jResponse{},
			Status: string(cl.Status), History: []jChange{}, Pos: jpos(cl.Pos)}
		for _, a := range cl.Claimants {
			j.Claimants = append(j.Claimants, jClaimant{a.Who, a.Anonymous, a.Count})
		}
		for _, r := range cl.Responses {
			j.Responses = append(j.Responses, jResponse{r.Who, string(r.Stance), jdate(r.Date), r.Quote, list(r.Sources)})
		}
		for _, h := range cl.History {
			j.History = append(j.History, jChange{jdate(h.Date), string(h.Status), h.Cause})
		}
		refItem(d, j)
	}
	d.end()
	d.list("relations")
	for _, r := range c.Relations {
		refItem(d, jRelation{r.From, r.To, r.Type, jdate(r.Date), list(r.Sources), r.Note, jpos(r.Pos)})
	}
	d.end()
	return d.close()
}
