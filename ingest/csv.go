package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
)

// table is one CSV file read with its header.
type table struct {
	name string
	cols map[string]int
	rows [][]string
}

// get returns the cell of column col in row r ("" when the column is
// absent).
func (t *table) get(r []string, col string) string {
	if i, ok := t.cols[col]; ok && i < len(r) {
		return strings.TrimSpace(r[i])
	}
	return ""
}

// readTable reads name from dir in fsys; a missing optional file gives nil.
func readTable(fsys fs.FS, dir, name string, required bool, need []string, errs *ErrorList) *table {
	data, err := fs.ReadFile(fsys, path.Join(dir, name))
	if errors.Is(err, fs.ErrNotExist) && !required {
		return nil
	}
	if err != nil {
		*errs = append(*errs, &Error{Where: name, Msg: fmt.Sprintf("cannot read it: %v", err)})
		return nil
	}
	rows, e := readCSV(name, data)
	if e != nil {
		*errs = append(*errs, e)
		return nil
	}
	if len(rows) == 0 {
		*errs = append(*errs, &Error{Where: name, Msg: "empty: the first row names the columns"})
		return nil
	}
	t := &table{name: name, cols: map[string]int{}, rows: rows[1:]}
	for i, h := range rows[0] {
		t.cols[strings.TrimSpace(h)] = i
	}
	for _, c := range need {
		if _, ok := t.cols[c]; !ok {
			*errs = append(*errs, &Error{Where: name + ":row 1", Msg: fmt.Sprintf("no column %q: the columns are those of eventgraph's csv export", c)})
			return nil
		}
	}
	return t
}

// readCSV reads the rows of a CSV file (a UTF-8 byte order mark is
// skipped, rows may differ in length); a malformed file gives an error that
// names the row.
func readCSV(name string, data []byte) ([][]string, *Error) {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff")))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		where := name
		if errors.As(err, &pe) {
			where = fmt.Sprintf("%s:row %d", name, pe.StartLine)
			err = pe.Err
		}
		return nil, &Error{Where: where, Msg: fmt.Sprintf("not CSV: %v", err)}
	}
	return rows, nil
}

// split reads a "; "-separated list.
func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var (
	withRole  = regexp.MustCompile(`^([a-z0-9][a-z0-9-]*) \((.*)\)$`)
	anonymous = regexp.MustCompile(`^anonymous(?: \((\d+)\))?: ?(.*)$`)
)

// CSV reads a folder of CSV tables in the layout of eventgraph's csv
// export (events.csv required; nodes.csv for people and organizations,
// edges.csv for relations and parent organizations, sources.csv,
// claims.csv and responses.csv when present) and returns the case folder:
// people.yaml, organizations.yaml, sources.yaml, events.yaml, claims.yaml
// and relations.yaml. Errors name the file and row.
func CSV(fsys fs.FS, dir string) (*Case, error) {
	var errs ErrorList
	fail := func(t *table, row int, col, format string, args ...any) {
		where := fmt.Sprintf("%s:row %d", t.name, row+2)
		if col != "" {
			where += ", column " + col
		}
		errs = append(errs, &Error{Where: where, Msg: fmt.Sprintf(format, args...)})
	}
	date := func(t *table, i int, r []string, col string) string {
		v := t.get(r, col)
		if v == "" {
			return ""
		}
		if _, err := edtf.Parse(v); err != nil {
			fail(t, i, col, "%s", strings.TrimPrefix(err.Error(), "edtf: "))
			return ""
		}
		return v
	}
	id := func(t *table, i int, r []string, col string) string {
		v := t.get(r, col)
		if !idPattern.MatchString(v) {
			fail(t, i, col, "%q is not a record ID (lower-case letters, digits and hyphens)", v)
			return ""
		}
		return v
	}
	events := readTable(fsys, dir, "events.csv", true, []string{"id", "title", "edtf"}, &errs)
	nodes := readTable(fsys, dir, "nodes.csv", false, []string{"id", "kind", "label"}, &errs)
	edges := readTable(fsys, dir, "edges.csv", false, []string{"from", "to", "type"}, &errs)
	sources := readTable(fsys, dir, "sources.csv", false, []string{"id", "title", "edtf"}, &errs)
	claims := readTable(fsys, dir, "claims.csv", false, []string{"id", "statement", "about", "sources"}, &errs)
	responses := readTable(fsys, dir, "responses.csv", false, []string{"claim", "who", "stance"}, &errs)
	if len(errs) > 0 {
		return nil, errs
	}
	people := &doc{key: "people", comment: "People read from nodes.csv."}
	orgs := &doc{key: "organizations", comment: "Organizations read from nodes.csv; parents from edges.csv."}
	parents := map[string]string{}
	var rels *doc
	if edges != nil {
		rels = &doc{key: "relations", comment: "Relations read from edges.csv."}
		for i, r := range edges.rows {
			switch edges.get(r, "type") {
			case "parent":
				parents[edges.get(r, "from")] = edges.get(r, "to")
			case "relation":
				rec := rels.record()
				rec.set("from", id(edges, i, r, "from"), "")
				rec.set("to", id(edges, i, r, "to"), "")
				rec.set("type", edges.get(r, "role"), "")
				rec.set("date", date(edges, i, r, "edtf"), "")
				rec.list("sources", split(edges.get(r, "sources")), "")
			}
		}
	}
	if nodes != nil {
		for i, r := range nodes.rows {
			switch nodes.get(r, "kind") {
			case "person":
				rec := people.record()
				rec.set("id", id(nodes, i, r, "id"), "")
				rec.set("name", nodes.get(r, "label"), "")
			case "organization":
				rec := orgs.record()
				oid := id(nodes, i, r, "id")
				rec.set("id", oid, "")
				rec.set("name", nodes.get(r, "label"), "")
				rec.set("kind", nodes.get(r, "detail"), "")
				rec.set("parent", parents[oid], "")
			}
		}
	}
	src := &doc{key: "sources", comment: "Sources read from sources.csv."}
	if sources != nil {
		for i, r := range sources.rows {
			rec := src.record()
			rec.set("id", id(sources, i, r, "id"), "")
			rec.set("title", sources.get(r, "title"), "")
			rec.set("date", date(sources, i, r, "edtf"), "")
			rec.set("publisher", sources.get(r, "publisher"), "")
			rec.list("authors", split(sources.get(r, "authors")), "")
			rec.set("url", sources.get(r, "url"), "")
			rec.set("kind", sources.get(r, "kind"), "")
		}
	}
	evs := &doc{key: "events", comment: "Events read from events.csv."}
	for i, r := range events.rows {
		rec := evs.record()
		rec.set("id", id(events, i, r, "id"), "")
		rec.set("title", events.get(r, "title"), "")
		d := date(events, i, r, "edtf")
		if d == "" && events.get(r, "edtf") == "" {
			fail(events, i, "edtf", "missing: every event needs a date")
		}
		rec.set("date", d, "")
		rec.participants(events.get(r, "participants"))
		rec.set("place", events.get(r, "place"), "")
		rec.set("description", events.get(r, "description"), "")
		rec.list("tags", split(events.get(r, "tags")), "")
		rec.list("sources", split(events.get(r, "sources")), "")
	}
	cls := &doc{key: "claims", comment: "Claims read from claims.csv, their responses from responses.csv."}
	if claims != nil {
		byClaim := map[string][][]string{}
		if responses != nil {
			for _, r := range responses.rows {
				byClaim[responses.get(r, "claim")] = append(byClaim[responses.get(r, "claim")], r)
			}
		}
		for i, r := range claims.rows {
			rec := cls.record()
			cid := id(claims, i, r, "id")
			rec.set("id", cid, "")
			rec.set("statement", claims.get(r, "statement"), "")
			rec.list("about", split(claims.get(r, "about")), "")
			rec.list("sources", split(claims.get(r, "sources")), "")
			rec.set("made", date(claims, i, r, "made_edtf"), "")
			rec.claimants(claims.get(r, "claimants"))
			rec.responses(byClaim[cid], responses)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	c := &Case{Files: map[string][]byte{}}
	for _, d := range []*doc{people, orgs, src, evs, cls, rels} {
		if d != nil {
			if b := d.bytes(); b != nil {
				c.Files[d.key+".yaml"] = b
			}
		}
	}
	if _, err := c.Load(); err != nil {
		return nil, ErrorList{{Where: dir, Msg: "the case made from it does not validate: " + err.Error()}}
	}
	return c, nil
}

// participants adds an event's participants: "who (role); who".
func (r *rec) participants(s string) {
	var seq []string
	var roles []string
	for _, p := range split(s) {
		if m := withRole.FindStringSubmatch(p); m != nil {
			seq, roles = append(seq, m[1]), append(roles, m[2])
		} else {
			seq, roles = append(seq, p), append(roles, "")
		}
	}
	if len(seq) == 0 {
		return
	}
	l := newSeq()
	for i, w := range seq {
		m := newMap()
		addScalar(m, "who", w, true)
		if roles[i] != "" {
			addScalar(m, "role", roles[i], true)
		}
		m.Style = flowStyle
		l.Content = append(l.Content, m)
	}
	r.n.Content = append(r.n.Content, scalar("participants"), l)
}

// claimants adds a claim's claimants: "who; anonymous (2): text".
func (r *rec) claimants(s string) {
	l := newSeq()
	for _, p := range split(s) {
		m := newMap()
		m.Style = flowStyle
		if a := anonymous.FindStringSubmatch(p); a != nil {
			addScalar(m, "anonymous", a[2], true)
			if a[1] != "" {
				addScalar(m, "count", a[1], false)
			}
		} else {
			addScalar(m, "who", p, false)
		}
		l.Content = append(l.Content, m)
	}
	if len(l.Content) > 0 {
		r.n.Content = append(r.n.Content, scalar("claimants"), l)
	}
}

// responses adds a claim's responses from rows of responses.csv.
func (r *rec) responses(rows [][]string, t *table) {
	if len(rows) == 0 {
		return
	}
	l := newSeq()
	for _, row := range rows {
		m := &rec{newMap()}
		m.set("who", t.get(row, "who"), "")
		m.set("stance", t.get(row, "stance"), "")
		m.set("date", t.get(row, "edtf"), "")
		m.set("quote", t.get(row, "quote"), "")
		m.list("sources", split(t.get(row, "sources")), "")
		l.Content = append(l.Content, m.n)
	}
	r.n.Content = append(r.n.Content, scalar("responses"), l)
}
