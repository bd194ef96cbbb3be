package export

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// Entity is one FollowTheMoney entity: an id, a schema and properties,
// each a list of strings.
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// set adds values to a property, leaving out empty ones.
func (e *Entity) set(prop string, values ...string) {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

func entity(id, schema string) *Entity {
	return &Entity{ID: id, Schema: schema, Properties: map[string][]string{}}
}

// ftmOrganizationSchemas gives the FtM schema of each organization kind;
// the rest are Organization.
var ftmOrganizationSchemas = map[string]string{
	"government": "PublicBody", "agency": "PublicBody", "legislature": "PublicBody",
	"diplomatic-mission": "PublicBody", "court": "PublicBody", "company": "Company",
}

// FtM writes g's case as FollowTheMoney entities (https://followthemoney.tech),
// one JSON object per line, for Aleph (`ftm store write` / `alephclient
// write-entities`):
//
//   - people as Person; organizations as PublicBody (government, agency,
//     legislature, diplomatic-mission, court), Company (company) or
//     Organization, their kind in classification;
//   - events as Event: involved (participants), organizer (participants
//     whose role names an organizer or host), startDate and endDate as FtM
//     date prefixes, proof (sources);
//   - relations as Membership (member-of and the like), Employment
//     (employed-by, works-for, spokesperson-for, ...), Directorship
//     (leader-of, director-of, chair-of, head-of, ...) or UnknownLink (any
//     other type, kept as role), their sources as sourceUrl and in the
//     summary (FtM's intervals have no proof); an organization's parent as
//     an UnknownLink with the role "part of";
//   - sources as Article (kind article) or Document, and a Documentation
//     linking each source to every record that cites it;
//   - claims as Note on the records they are about, their status, claimants
//     and date in the summary; each response as a Note on the claim and the
//     respondent.
//
// FtM dates are ISO prefixes (2021, 2021-02, 2021-02-15). An EDTF date
// they cannot hold (a season, a qualifier, unspecified digits, a year
// before 1 or after 9999, an open end) keeps its nearest prefix where one
// exists and is always written out in full in the entity's notes (the
// summary of a relation), so nothing is dropped silently.
func FtM(g *graph.Graph) []byte {
	return collect(func(w io.Writer) error { return WriteFtM(w, g) })
}

// WriteFtM writes the FtM entities to w as they are made; it returns the
// first error of w.
func WriteFtM(w io.Writer, g *graph.Graph) error {
	c := g.Case()
	var out []*Entity
	for _, p := range c.People {
		e := entity(p.ID, "Person")
		e.set("name", p.Name)
		e.set("alias", p.Aliases...)
		e.set("description", oneLine(p.Description))
		e.set("keywords", p.Tags...)
		e.set("website", p.Links...)
		out = append(out, e)
	}
	for _, o := range c.Organizations {
		schema := ftmOrganizationSchemas[o.Kind]
		if schema == "" {
			schema = "Organization"
		}
		e := entity(o.ID, schema)
		e.set("name", o.Name)
		e.set("alias", o.Aliases...)
		e.set("description", oneLine(o.Description))
		e.set("classification", o.Kind)
		e.set("keywords", o.Tags...)
		e.set("website", o.Links...)
		out = append(out, e)
		if o.Parent != "" {
			l := entity(o.ID+"--part-of--"+o.Parent, "UnknownLink")
			l.set("subject", o.ID)
			l.set("object", o.Parent)
			l.set("role", "part of")
			out = append(out, l)
		}
	}
	for _, e := range c.Events {
		ev := entity(e.ID, "Event")
		ev.set("name", oneLine(e.Title))
		ev.set("description", oneLine(e.Description))
		ev.set("location", e.Place)
		ev.set("keywords", e.Tags...)
		for _, p := range e.Participants {
			ev.set("involved", p.Who)
			if r := strings.ToLower(p.Role); strings.Contains(r, "organi") || strings.Contains(r, "host") {
				ev.set("organizer", p.Who)
			}
		}
		ftmDates(ev, "notes", e.Date)
		ev.set("proof", e.Sources...)
		out = append(out, ev)
	}
	for i, r := range c.Relations {
		out = append(out, ftmRelation(c, i, r))
	}
	for _, s := range c.Sources {
		schema := "Document"
		if s.Kind == "article" {
			schema = "Article"
		}
		e := entity(s.ID, schema)
		e.set("name", oneLine(s.Title))
		e.set("title", oneLine(s.Title))
		e.set("fileName", fileName(s))
		e.set("sourceUrl", s.URL)
		if s.Publisher != "" {
			e.set("publisher", c.Name(s.Publisher))
		}
		for _, a := range s.Authors {
			e.set("author", c.Name(a))
		}
		if p, exact := ftmDate(s.Date); p != "" {
			e.set("publishedAt", p)
			if !exact {
				e.set("notes", "date (EDTF): "+s.Date.String())
			}
		}
		e.set("keywords", s.Kind)
		out = append(out, e)
	}
	out = append(out, ftmDocumentation(c)...)
	for _, cl := range c.Claims {
		out = append(out, ftmClaim(c, cl)...)
	}
	slices.SortStableFunc(out, func(a, b *Entity) int { return strings.Compare(a.ID, b.ID) })
	jw := jsonWriter{sink: newSink(w)}
	var keys []string
	for _, e := range out {
		keys = jw.entity(e, keys)
		jw.spill()
	}
	return jw.flush()
}

// entity writes e as encoding/json writes it, on one line: its property
// names sorted, HTML characters not escaped. keys is reused.
func (w *jsonWriter) entity(e *Entity, keys []string) []string {
	w.b = append(w.b, `{"id":`...)
	w.str(e.ID)
	w.b = append(w.b, `,"schema":`...)
	w.str(e.Schema)
	w.b = append(w.b, `,"properties":{`...)
	keys = keys[:0]
	for k := range e.Properties {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, k := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(k)
		w.b = append(w.b, ':')
		vs := e.Properties[k]
		if vs == nil {
			w.b = append(w.b, "null"...)
			continue
		}
		w.b = append(w.b, '[')
		for j, v := range vs {
			if j > 0 {
				w.b = append(w.b, ',')
			}
			w.str(v)
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, "}}\n"...)
	return keys
}

// jsonWriter appends JSON strings as an encoding/json Encoder with
// SetEscapeHTML(false) writes them: plain printable ASCII straight, any
// other string through the encoder.
type jsonWriter struct {
	sink
	scratch bytes.Buffer
	enc     *json.Encoder
}

func (w *jsonWriter) str(s string) {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		w.b = append(w.b, '"')
		w.b = append(w.b, s...)
		w.b = append(w.b, '"')
		return
	}
	if w.enc == nil {
		w.enc = json.NewEncoder(&w.scratch)
		w.enc.SetEscapeHTML(false)
	}
	w.scratch.Reset()
	w.enc.Encode(s) // a string always encodes
	w.b = append(w.b, bytes.TrimSuffix(w.scratch.Bytes(), []byte("\n"))...)
}

// fileName is what FtM requires of a document: the last segment of its
// URL's path, or its ID.
func fileName(s *casefile.Source) string {
	if u, err := url.Parse(s.URL); err == nil && s.URL != "" {
		if base := path.Base(u.Path); base != "/" && base != "." && base != "" {
			return base
		}
	}
	return s.ID
}

// relationSchemas names the FtM schema of a relation type, by the words
// in the type.
func relationSchema(c *casefile.Case, r *casefile.Relation) string {
	t := strings.ToLower(r.Type)
	toOrg := c.Kind(r.To) == casefile.KindOrganization
	switch {
	case !toOrg:
		return "UnknownLink"
	case strings.Contains(t, "director") || strings.Contains(t, "leader") || strings.Contains(t, "chair") ||
		strings.Contains(t, "head-of") || strings.Contains(t, "president"):
		return "Directorship"
	case c.Kind(r.From) == casefile.KindPerson && (strings.Contains(t, "employ") || strings.Contains(t, "works") ||
		strings.Contains(t, "spokesperson") || strings.Contains(t, "staff") || strings.Contains(t, "consul") ||
		strings.Contains(t, "ambassador") || strings.Contains(t, "officer")):
		return "Employment"
	case strings.Contains(t, "member"):
		return "Membership"
	}
	return "UnknownLink"
}

func ftmRelation(c *casefile.Case, i int, r *casefile.Relation) *Entity {
	schema := relationSchema(c, r)
	e := entity("relation-"+strconv.Itoa(i+1)+"-"+r.From+"-"+r.To, schema)
	switch schema {
	case "Membership":
		e.set("member", r.From)
		e.set("organization", r.To)
	case "Directorship":
		e.set("director", r.From)
		e.set("organization", r.To)
	case "Employment":
		e.set("employee", r.From)
		e.set("employer", r.To)
	default:
		e.set("subject", r.From)
		e.set("object", r.To)
	}
	e.set("role", r.Type)
	e.set("description", oneLine(r.Note))
	// An interval has no proof or notes: its sources go in as their URLs
	// and, with a date FtM cannot hold, in its summary.
	ftmDates(e, "summary", r.Date)
	if len(r.Sources) > 0 {
		e.set("summary", "sources: "+strings.Join(r.Sources, ", "))
	}
	for _, id := range r.Sources {
		if s := c.Source(id); s != nil {
			e.set("sourceUrl", s.URL)
		}
	}
	return e
}

// ftmDocumentation links every source to each record citing it.
func ftmDocumentation(c *casefile.Case) []*Entity {
	var out []*Entity
	link := func(source, record, role string) {
		e := entity(source+"--documents--"+record, "Documentation")
		e.set("document", source)
		e.set("entity", record)
		e.set("role", role)
		out = append(out, e)
	}
	for _, e := range c.Events {
		for _, s := range e.Sources {
			link(s, e.ID, "source of the event")
		}
	}
	for _, cl := range c.Claims {
		for _, s := range cl.Sources {
			link(s, cl.ID, "evidence for the claim")
		}
		for i, r := range cl.Responses {
			for _, s := range r.Sources {
				link(s, responseID(cl, i), "evidence for the response")
			}
		}
	}
	// one Documentation per source and record, the first role kept
	seen := map[string]bool{}
	return slices.DeleteFunc(out, func(e *Entity) bool {
		dup := seen[e.ID]
		seen[e.ID] = true
		return dup
	})
}

func responseID(cl *casefile.Claim, i int) string {
	return cl.ID + "--response-" + strconv.Itoa(i+1)
}

func ftmClaim(c *casefile.Case, cl *casefile.Claim) []*Entity {
	e := entity(cl.ID, "Note")
	e.set("name", oneLine(cl.Statement))
	e.set("description", oneLine(cl.Statement))
	by := claimantNames(c, cl)
	summary := "claim, " + string(cl.Status)
	if len(by) > 0 {
		summary += ", made by " + strings.Join(by, "; ")
	}
	if !cl.Made.IsZero() {
		summary += ", " + cl.Made.String() + " (EDTF)"
	}
	e.set("summary", summary)
	e.set("entity", cl.About...)
	e.set("keywords", "claim", string(cl.Status))
	e.set("proof", cl.Sources...)
	out := []*Entity{e}
	for i, r := range cl.Responses {
		re := entity(responseID(cl, i), "Note")
		re.set("name", c.Name(r.Who)+" "+string(r.Stance))
		re.set("description", oneLine(r.Quote))
		s := "response to the claim " + cl.ID + ": " + c.Name(r.Who) + " " + string(r.Stance)
		if !r.Date.IsZero() {
			s += ", " + r.Date.String() + " (EDTF)"
		}
		re.set("summary", s)
		re.set("entity", cl.ID, r.Who)
		re.set("keywords", "response", string(r.Stance))
		re.set("proof", r.Sources...)
		out = append(out, re)
	}
	return out
}

// claimantNames names who made a claim, in the case's order: a person or
// organization by name, a source by its title, an anonymous group in words.
func claimantNames(c *casefile.Case, cl *casefile.Claim) []string {
	by := make([]string, 0, len(cl.Claimants))
	for _, a := range cl.Claimants {
		switch {
		case a.Who != "":
			by = append(by, c.Name(a.Who))
		case a.Source != "":
			by = append(by, c.Name(a.Source))
		default:
			by = append(by, anonymousText(a))
		}
	}
	return by
}

// anonymousText words an anonymous claimant entry: "2 national security
// sources".
func anonymousText(a casefile.Claimant) string {
	t := oneLine(a.Anonymous)
	if t == "" {
		t = "anonymous"
	}
	if a.Count > 0 {
		return strconv.Itoa(a.Count) + " " + t
	}
	return t
}

// ftmDates sets startDate and endDate of e from v, and the EDTF text in
// the property note when the prefixes do not hold all of it.
func ftmDates(e *Entity, note string, v edtf.Value) {
	start, end := "startDate", "endDate"
	if v.IsZero() {
		return
	}
	exact := true
	if v.IsInterval {
		for _, b := range []struct {
			prop  string
			bound edtf.Bound
		}{{start, v.Start}, {end, v.End}} {
			if b.bound.Kind != edtf.BoundDate {
				exact = false
				continue
			}
			p, ok := ftmPrefix(b.bound.Date)
			e.set(b.prop, p)
			exact = exact && ok
		}
	} else {
		p, ok := ftmPrefix(v.Date)
		e.set(start, p)
		exact = ok
	}
	if !exact {
		e.set(note, "date (EDTF): "+v.String())
	}
}

// ftmDate returns the FtM date prefix of a single date value and whether
// it holds all of it; "" for intervals and dates it cannot write.
func ftmDate(v edtf.Value) (string, bool) {
	if v.IsZero() || v.IsInterval {
		return "", false
	}
	return ftmPrefix(v.Date)
}

// ftmPrefix writes d as an FtM date prefix: 2021, 2021-02, 2021-02-15 or
// 2021-02-15T21:30:00 (in UTC). ok is false when the prefix loses part of
// d (a season or qualifier is dropped, unspecified digits widen it to the
// year's prefix) or when there is no prefix at all (years before 1 or
// after 9999).
func ftmPrefix(d edtf.Date) (string, bool) {
	if d.Year < 1 || d.Year > 9999 {
		return "", false
	}
	ok := d.Qualifier == 0 && d.Unspecified == 0 && d.Precision != edtf.PrecisionSeason
	var a [10]byte
	y := d.Year
	b := append(a[:0], byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	two := func(b []byte, n int) []byte { return append(b, '-', byte('0'+n/10%10), byte('0'+n%10)) }
	switch {
	case d.Unspecified&(edtf.UnspecifiedYearOnes|edtf.UnspecifiedYearTens) != 0:
		return "", false
	case d.Precision <= edtf.PrecisionSeason || d.Unspecified&edtf.UnspecifiedMonth != 0:
		return string(b), ok
	case d.Precision == edtf.PrecisionMonth || d.Unspecified&edtf.UnspecifiedDay != 0:
		return string(two(b, int(d.Month))), ok
	case d.Precision == edtf.PrecisionDay:
		return string(two(two(b, int(d.Month)), int(d.Day))), ok
	}
	t := d.Lower()
	return t.Format("2006-01-02T15:04:05"), ok && d.HasZone
}
