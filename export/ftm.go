package export

import (
	"bytes"
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

// Entity is one FollowTheMoney entity as a line of the FtM export
// decodes: an id, a schema and properties, each a list of strings.
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
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
	jw := jsonWriter{sink: newSink(w)}
	e := ftmEntity{c: c, names: newNames(c), sources: newSourcePositions(c)}
	var lastDoc []byte
	newFtMOrder(c, e.names, e.sources).each(func(r *ftmRef) {
		if r.kind == ftmDocEvent || r.kind == ftmDocClaim || r.kind == ftmDocResponse {
			// one Documentation per source and record, the first role kept
			if bytes.Equal(r.id, lastDoc) {
				return
			}
			lastDoc = append(lastDoc[:0], r.id...)
		}
		e.fill(c, r)
		jw.entity(&e)
		jw.spill()
	})
	return jw.flush()
}

// The kinds of entity of the FtM export, in the order they are made (which
// breaks ties between equal IDs, as a stable sort would).
const (
	ftmPerson uint8 = iota
	ftmOrganization
	ftmPartOf
	ftmEvent
	ftmRelation
	ftmSource
	ftmDocEvent    // a source of an event
	ftmDocClaim    // evidence for a claim
	ftmDocResponse // evidence for a response
	ftmClaim
	ftmResponse
)

// ftmRef names one entity of the export without making it: its ID, kind,
// and the record it is made from (a, b: positions in the case's lists, by
// kind; for a Documentation, a is the length of the source's ID, which
// begins its ID; seq: its place in the order of making). The export puts
// these in order (ftmorder.go) and makes each entity only as it writes
// it, so that the entities of a large case are never all held at once.
// The ID is written into a buffer of the list it comes from, and holds
// until that list moves on.
type ftmRef struct {
	id   []byte
	kind uint8
	a, b int32
	seq  int32
}

func relationID(i int, r *casefile.Relation) string {
	return string(appendRelationID(nil, i, r))
}

func appendRelationID(b []byte, i int, r *casefile.Relation) []byte {
	b = strconv.AppendInt(append(b, "relation-"...), int64(i+1), 10)
	return append(append(append(append(b, '-'), r.From...), '-'), r.To...)
}

// documents joins the source and the record in a Documentation's ID.
const documents = "--documents--"

func documentationID(source, record string) string { return source + documents + record }

// partOf joins an organization and its parent in the ID of the link.
const partOf = "--part-of--"

// ftmEntity is the entity being written; one is reused for every entity
// of an export, its property lists and the text of its values with it,
// so that making an entity allocates nothing.
type ftmEntity struct {
	id      []byte
	schema  string
	props   []ftmProp // in the order first set
	text    []byte    // the values, one after the other
	c       *casefile.Case
	names   *names   // the case's people and organizations
	sources *sources // the positions of the case's sources
}

type ftmProp struct {
	name   string
	values []span // in e.text
}

// span is a value of a property: e.text[start:end].
type span struct{ start, end int32 }

// reset starts the entity id of the given schema, with no properties.
func (e *ftmEntity) reset(id []byte, schema string) {
	e.id, e.schema = append(e.id[:0], id...), schema
	e.props = e.props[:0]
	e.text = e.text[:0]
}

// set adds values to a property, leaving out empty ones; a property with
// no value is not written.
func (e *ftmEntity) set(prop string, values ...string) {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			start := len(e.text)
			e.text = append(e.text, v...)
			e.add(prop, start)
		}
	}
}

// setBytes adds the value v to a property, as set does.
func (e *ftmEntity) setBytes(prop string, v []byte) {
	start := len(e.text)
	e.text = append(e.text, v...)
	e.add(prop, start)
}

// add adds e.text[start:], trimmed of spaces as set trims a value, to the
// values of prop, or drops it when nothing is left: a value made of
// pieces appended to e.text.
func (e *ftmEntity) add(prop string, start int) {
	v := e.text[start:]
	t := bytes.TrimSpace(v)
	if len(t) == 0 {
		e.text = e.text[:start]
		return
	}
	s := start + cap(v) - cap(t) // where t begins
	p := e.prop(prop)
	p.values = append(p.values, span{int32(s), int32(s + len(t))})
}

// prop returns the property named name, adding it (with a list reused
// from an entity before) when missing.
func (e *ftmEntity) prop(name string) *ftmProp {
	for i := range e.props {
		if e.props[i].name == name {
			return &e.props[i]
		}
	}
	if n := len(e.props); n < cap(e.props) {
		e.props = e.props[:n+1]
		p := &e.props[n]
		p.name, p.values = name, p.values[:0]
		return p
	}
	e.props = append(e.props, ftmProp{name: name})
	return &e.props[len(e.props)-1]
}

// fill makes the entity r names.
func (e *ftmEntity) fill(c *casefile.Case, r *ftmRef) {
	switch r.kind {
	case ftmPerson:
		p := c.People[r.a]
		e.reset(r.id, "Person")
		e.set("name", p.Name)
		e.set("alias", p.Aliases...)
		e.set("description", oneLine(p.Description))
		e.set("keywords", p.Tags...)
		e.set("website", p.Links...)
	case ftmOrganization:
		o := c.Organizations[r.a]
		schema := ftmOrganizationSchemas[o.Kind]
		if schema == "" {
			schema = "Organization"
		}
		e.reset(r.id, schema)
		e.set("name", o.Name)
		e.set("alias", o.Aliases...)
		e.set("description", oneLine(o.Description))
		e.set("classification", o.Kind)
		e.set("keywords", o.Tags...)
		e.set("website", o.Links...)
	case ftmPartOf:
		o := c.Organizations[r.a]
		e.reset(r.id, "UnknownLink")
		e.set("subject", o.ID)
		e.set("object", o.Parent)
		e.set("role", "part of")
	case ftmEvent:
		e.event(r.id, c.Events[r.a])
	case ftmRelation:
		e.relation(r.id, c.Relations[r.a])
	case ftmSource:
		e.source(r.id, c.Sources[r.a])
	case ftmDocEvent:
		e.documentation(r, "source of the event")
	case ftmDocClaim:
		e.documentation(r, "evidence for the claim")
	case ftmDocResponse:
		e.documentation(r, "evidence for the response")
	case ftmClaim:
		e.claim(r.id, c.Claims[r.a])
	case ftmResponse:
		cl := c.Claims[r.a]
		e.response(r.id, cl, &cl.Responses[r.b])
	}
}

func (e *ftmEntity) event(id []byte, ev *casefile.Event) {
	e.reset(id, "Event")
	e.set("name", oneLine(ev.Title))
	e.set("description", oneLine(ev.Description))
	e.set("location", ev.Place)
	e.set("keywords", ev.Tags...)
	for _, p := range ev.Participants {
		e.set("involved", p.Who)
		if r := strings.ToLower(p.Role); strings.Contains(r, "organi") || strings.Contains(r, "host") {
			e.set("organizer", p.Who)
		}
	}
	ftmDates(e, "notes", ev.Date)
	e.set("proof", ev.Sources...)
}

func (e *ftmEntity) source(id []byte, s *casefile.Source) {
	schema := "Document"
	if s.Kind == "article" {
		schema = "Article"
	}
	e.reset(id, schema)
	e.set("name", oneLine(s.Title))
	e.set("title", oneLine(s.Title))
	e.set("fileName", fileName(s))
	e.set("sourceUrl", s.URL)
	if s.Publisher != "" {
		e.set("publisher", e.names.name(s.Publisher))
	}
	for _, a := range s.Authors {
		e.set("author", e.names.name(a))
	}
	if !s.Date.IsZero() && !s.Date.IsInterval {
		if exact, ok := e.date("publishedAt", s.Date.Date); ok && !exact {
			e.edtfNote("notes", s.Date)
		}
	}
	e.set("keywords", s.Kind)
}

// documentation links a source to a record citing it; both are read
// from the entity's ID ("SOURCE--documents--RECORD", r.a the length of
// SOURCE), not from the record, which would be a read anywhere in the
// case for every entity (their order is the sources').
func (e *ftmEntity) documentation(r *ftmRef, role string) {
	e.reset(r.id, "Documentation")
	e.setBytes("document", r.id[:r.a])
	e.setBytes("entity", r.id[int(r.a)+len(documents):])
	e.set("role", role)
}

// entity writes e as encoding/json writes an Entity, on one line: its
// property names sorted, HTML characters not escaped.
func (w *jsonWriter) entity(e *ftmEntity) {
	w.b = append(w.b, `{"id":"`...)
	w.b = append(appendJSONText(w.b, e.id, &jsonPlain), '"')
	w.b = append(w.b, `,"schema":`...)
	w.str(e.schema)
	w.b = append(w.b, `,"properties":{`...)
	slices.SortFunc(e.props, func(x, y ftmProp) int { return strings.Compare(x.name, y.name) })
	for i, p := range e.props {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(p.name)
		w.b = append(w.b, ':', '[')
		for j, v := range p.values {
			if j > 0 {
				w.b = append(w.b, ',')
			}
			w.b = append(w.b, '"')
			w.b = appendJSONText(w.b, e.text[v.start:v.end], &jsonPlain)
			w.b = append(w.b, '"')
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, "}}\n"...)
}

// jsonWriter writes JSON strings as an encoding/json Encoder with
// SetEscapeHTML(false) writes them.
type jsonWriter struct {
	sink
}

// str writes s quoted as encoding/json writes a string (appendJSONText).
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	b = appendJSONText(b, s, &jsonPlain)
	w.b = append(b, '"')
}

// fileName is what FtM requires of a document: the last segment of its
// URL's path, or its ID.
func fileName(s *casefile.Source) string {
	if base, ok := plainURLBase(s.URL); ok {
		return fileBase(s, base)
	}
	if u, err := url.Parse(s.URL); err == nil && s.URL != "" {
		return fileBase(s, path.Base(u.Path))
	}
	return s.ID
}

// fileBase is fileName's choice between the base of the URL's path and
// the ID.
func fileBase(s *casefile.Source, base string) string {
	if base != "/" && base != "." && base != "" {
		return base
	}
	return s.ID
}

// plainURLBase returns path.Base of the path of an http or https URL
// whose text url.Parse takes as it is (no escapes, query, fragment, user
// or port: letters, digits and "-._~/" after the scheme), without parsing
// it (url.Parse allocates the URL); ok is false for any other URL.
func plainURLBase(u string) (base string, ok bool) {
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(u, "http://"); !ok {
			return "", false
		}
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
			return "", false
		}
	}
	p := ""
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		p = rest[i:]
	}
	return path.Base(p), true
}

// relationSchemas names the FtM schema of a relation type, by the words
// in the type.
func relationSchema(n *names, r *casefile.Relation) string {
	t := strings.ToLower(r.Type)
	toOrg := n.kind(r.To) == casefile.KindOrganization
	switch {
	case !toOrg:
		return "UnknownLink"
	case strings.Contains(t, "director") || strings.Contains(t, "leader") || strings.Contains(t, "chair") ||
		strings.Contains(t, "head-of") || strings.Contains(t, "president"):
		return "Directorship"
	case n.kind(r.From) == casefile.KindPerson && (strings.Contains(t, "employ") || strings.Contains(t, "works") ||
		strings.Contains(t, "spokesperson") || strings.Contains(t, "staff") || strings.Contains(t, "consul") ||
		strings.Contains(t, "ambassador") || strings.Contains(t, "officer")):
		return "Employment"
	case strings.Contains(t, "member"):
		return "Membership"
	}
	return "UnknownLink"
}

func (e *ftmEntity) relation(id []byte, r *casefile.Relation) {
	schema := relationSchema(e.names, r)
	e.reset(id, schema)
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
		start := len(e.text)
		e.text = append(e.text, "sources: "...)
		for i, id := range r.Sources {
			if i > 0 {
				e.text = append(e.text, ", "...)
			}
			e.text = append(e.text, id...)
		}
		e.add("summary", start)
	}
	for _, id := range r.Sources {
		if at, ok := e.sources.at(id); ok {
			e.set("sourceUrl", e.c.Sources[at].URL)
		}
	}
}

func responseID(cl *casefile.Claim, i int) string {
	return string(appendResponseID(nil, cl, i))
}

func appendResponseID(b []byte, cl *casefile.Claim, i int) []byte {
	return appendResponseSuffix(append(b, cl.ID...), i)
}

// appendResponseSuffix appends what the ID of a claim's response i adds
// to the claim's ID.
func appendResponseSuffix(b []byte, i int) []byte {
	return strconv.AppendInt(append(b, "--response-"...), int64(i+1), 10)
}

func (e *ftmEntity) claim(id []byte, cl *casefile.Claim) {
	e.reset(id, "Note")
	e.set("name", oneLine(cl.Statement))
	e.set("description", oneLine(cl.Statement))
	start := len(e.text)
	e.text = append(append(e.text, "claim, "...), cl.Status...)
	for i, a := range cl.Claimants {
		if i == 0 {
			e.text = append(e.text, ", made by "...)
		} else {
			e.text = append(e.text, "; "...)
		}
		e.text = appendClaimantName(e.text, e.names, a)
	}
	if !cl.Made.IsZero() {
		e.text = append(append(append(e.text, ", "...), cl.Made.String()...), " (EDTF)"...)
	}
	e.add("summary", start)
	e.set("entity", cl.About...)
	e.set("keywords", "claim", string(cl.Status))
	e.set("proof", cl.Sources...)
}

func (e *ftmEntity) response(id []byte, cl *casefile.Claim, r *casefile.Response) {
	e.reset(id, "Note")
	who := e.names.name(r.Who)
	start := len(e.text)
	e.text = append(append(append(e.text, who...), ' '), r.Stance...)
	e.add("name", start)
	e.set("description", oneLine(r.Quote))
	start = len(e.text)
	e.text = append(append(append(e.text, "response to the claim "...), cl.ID...), ": "...)
	e.text = append(append(append(e.text, who...), ' '), r.Stance...)
	if !r.Date.IsZero() {
		e.text = append(append(append(e.text, ", "...), r.Date.String()...), " (EDTF)"...)
	}
	e.add("summary", start)
	e.set("entity", cl.ID, r.Who)
	e.set("keywords", "response", string(r.Stance))
	e.set("proof", r.Sources...)
}

// appendClaimantName appends a claimant's name to b: a person or
// organization by name, a source by its title, an anonymous group in words.
func appendClaimantName(b []byte, t *names, a casefile.Claimant) []byte {
	if id := claimantID(a); id != "" {
		return append(b, t.name(id)...)
	}
	return appendAnonymousText(b, a)
}

// anonymousText words an anonymous claimant entry: "2 national security
// sources".
func anonymousText(a casefile.Claimant) string { return string(appendAnonymousText(nil, a)) }

// appendAnonymousText appends anonymousText(a) to b.
func appendAnonymousText(b []byte, a casefile.Claimant) []byte {
	if a.Count > 0 {
		b = append(strconv.AppendInt(b, int64(a.Count), 10), ' ')
	}
	if t := oneLine(a.Anonymous); t != "" {
		return append(b, t...)
	}
	return append(b, "anonymous"...)
}

// ftmDates sets startDate and endDate of e from v, and the EDTF text in
// the property note when the prefixes do not hold all of it.
func ftmDates(e *ftmEntity, note string, v edtf.Value) {
	start, end := "startDate", "endDate"
	if v.IsZero() {
		return
	}
	exact := true
	if v.IsInterval {
		for _, b := range [...]struct {
			prop  string
			bound edtf.Bound
		}{{start, v.Start}, {end, v.End}} {
			if b.bound.Kind != edtf.BoundDate {
				exact = false
				continue
			}
			ok, _ := e.date(b.prop, b.bound.Date)
			exact = exact && ok
		}
	} else {
		exact, _ = e.date(start, v.Date)
	}
	if !exact {
		e.edtfNote(note, v)
	}
}

// date adds the FtM date prefix of d to prop (none when d has none) and
// says, as ftmPrefix does, whether it holds all of d, and whether there
// was one.
func (e *ftmEntity) date(prop string, d edtf.Date) (exact, some bool) {
	start := len(e.text)
	e.text, exact = appendFtMPrefix(e.text, d)
	some = len(e.text) > start
	e.add(prop, start)
	return exact, some
}

// edtfNote adds "date (EDTF): " and v as written to prop.
func (e *ftmEntity) edtfNote(prop string, v edtf.Value) {
	start := len(e.text)
	e.text = append(append(e.text, "date (EDTF): "...), v.String()...)
	e.add(prop, start)
}

// ftmPrefix writes d as an FtM date prefix: 2021, 2021-02, 2021-02-15 or
// 2021-02-15T21:30:00 (in UTC). ok is false when the prefix loses part of
// d (a season or qualifier is dropped, unspecified digits widen it to the
// year's prefix) or when there is no prefix at all (years before 1 or
// after 9999).
func ftmPrefix(d edtf.Date) (string, bool) {
	b, ok := appendFtMPrefix(nil, d)
	return string(b), ok
}

// appendFtMPrefix appends ftmPrefix(d) to b.
func appendFtMPrefix(b []byte, d edtf.Date) ([]byte, bool) {
	if d.Year < 1 || d.Year > 9999 {
		return b, false
	}
	ok := d.Qualifier == 0 && d.Unspecified == 0 && d.Precision != edtf.PrecisionSeason
	y := d.Year
	if d.Unspecified&(edtf.UnspecifiedYearOnes|edtf.UnspecifiedYearTens) != 0 {
		return b, false
	}
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	two := func(b []byte, n int) []byte { return append(b, '-', byte('0'+n/10%10), byte('0'+n%10)) }
	switch {
	case d.Precision <= edtf.PrecisionSeason || d.Unspecified&edtf.UnspecifiedMonth != 0:
		return b, ok
	case d.Precision == edtf.PrecisionMonth || d.Unspecified&edtf.UnspecifiedDay != 0:
		return two(b, int(d.Month)), ok
	case d.Precision == edtf.PrecisionDay:
		return two(two(b, int(d.Month)), int(d.Day)), ok
	}
	t := d.Lower()
	return t.AppendFormat(b[:len(b)-4], "2006-01-02T15:04:05"), ok && d.HasZone
}
