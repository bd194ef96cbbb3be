package export

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// neo4jLabels gives each kind of vertex its node label and file.
var neo4jLabels = []struct {
	kind  casefile.Kind
	label string
	file  string
}{
	{casefile.KindPerson, "Person", "people.csv"},
	{casefile.KindOrganization, "Organization", "organizations.csv"},
	{casefile.KindEvent, "Event", "events.csv"},
	{casefile.KindClaim, "Claim", "claims.csv"},
	{graph.KindAnonymous, "AnonymousClaimants", "anonymous.csv"},
	{casefile.KindSource, "Source", "sources.csv"},
}

// neo4jColumn is one typed property column of a node file.
type neo4jColumn struct {
	header string                          // as neo4j-admin reads it: name:type
	write  func(*csvWriter, *graph.Vertex) // writes the cell
}

// Neo4j writes g as a folder for Neo4j: node files (one per kind, with
// id:ID, :LABEL and typed property columns), relationship files (one per
// edge type, with :START_ID, :END_ID, :TYPE), import.cypher (idempotent
// MERGE by id through LOAD CSV, for cypher-shell) and a README with the
// exact commands. Every node also has the label Record, on which ids are
// unique. Dates are the EDTF text plus date_min and date_max (Neo4j dates
// have no precision), left empty where an interval is open. The files come
// in name order.
func Neo4j(g *graph.Graph) []File {
	return collectFolder(func(f Folder) error { return WriteNeo4j(f, g) })
}

// WriteNeo4j writes the files of Neo4j into f, each as it is made, a 64 KB
// chunk at a time; it returns the first error of f or of a file's writer.
func WriteNeo4j(f Folder, g *graph.Graph) error {
	var w csvWriter
	for _, l := range neo4jLabels {
		cols := neo4jColumns(l.kind)
		if err := w.begin(f, "nodes/"+l.file, ""); err != nil {
			return err
		}
		w.field("id:ID")
		w.field(":LABEL")
		for _, c := range cols {
			w.field(c.header)
		}
		w.end()
		label := "Record;" + l.label
		for _, v := range g.AllVertices() { // the vertices of the kind, in ID order
			if v.Kind != l.kind {
				continue
			}
			w.field(v.ID)
			w.field(label)
			for _, c := range cols {
				c.write(&w, v)
			}
			w.end()
		}
		if err := w.flush(); err != nil {
			return err
		}
	}
	// The relationship files are written side by side, each through its
	// own writer, in one pass over the edges.
	type relFile struct {
		w   csvWriter
		typ string // relType of the kind
	}
	rels := map[graph.EdgeKind]*relFile{}
	var kinds []graph.EdgeKind
	// Edges come sorted by From, To and Kind, so the ties of one type
	// between one pair are together: seen counts their roles.
	type role struct {
		label string
		n     int
	}
	var seen []role
	var prev graph.Edge
	var key []byte
	for i, e := range g.AllEdges() {
		if i == 0 || e.From != prev.From || e.To != prev.To || e.Kind != prev.Kind {
			seen = seen[:0]
		}
		prev = e
		// key tells apart ties of one type between one pair, and stays the
		// same from one export to the next while the tie does.
		label := oneLine(e.Label)
		n := 0
		for j := range seen {
			if seen[j].label == label {
				seen[j].n++
				n = seen[j].n
				break
			}
		}
		if n == 0 {
			seen = append(seen, role{label, 1})
			n = 1
		}
		r := rels[e.Kind]
		if r == nil {
			kinds = append(kinds, e.Kind)
			r = &relFile{typ: relType(e.Kind)}
			if err := r.w.begin(f, "relationships/"+string(e.Kind)+".csv", ":START_ID,:END_ID,:TYPE,key,role,edtf,date_min:date,date_max:date,sources:string[]\n"); err != nil {
				return err
			}
			rels[e.Kind] = r
		}
		w := &r.w
		w.field(e.From)
		w.field(e.To)
		w.field(r.typ)
		key = append(key[:0], e.From...)
		key = append(key, '>')
		key = append(key, e.To...)
		key = append(key, ':')
		key = append(key, e.Kind...)
		key = append(key, ':')
		key = append(key, label...)
		key = append(key, ':')
		key = strconv.AppendInt(key, int64(n), 10)
		w.fieldBytes(key)
		w.field(label)
		w.neo4jDated(e.Date)
		w.joined(e.Sources, ";")
		w.end()
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		if err := rels[k].w.flush(); err != nil {
			return err
		}
	}
	for _, file := range []struct {
		name string
		data []byte
	}{{"import.cypher", neo4jCypher(kinds)}, {"README.md", []byte(neo4jReadme)}} {
		out, err := f.Create(file.name)
		if err != nil {
			return err
		}
		if _, err := out.Write(file.data); err != nil {
			return err
		}
	}
	return nil
}

// neo4jDated writes a date's three cells: its EDTF text and its first and
// last day as Neo4j dates (neo4jDates).
func (w *csvWriter) neo4jDated(v edtf.Value) {
	if v.IsZero() {
		w.sep()
		w.b = append(w.b, ",,"...)
		return
	}
	w.sep()
	w.b = v.AppendString(w.b) // EDTF needs no quotes
	w.b = append(w.b, ',')
	if !v.IsInterval || v.Start.Kind == edtf.BoundDate {
		w.b = appendNeo4jDay(w.b, v.Lower())
	}
	w.b = append(w.b, ',')
	if !v.IsInterval || v.End.Kind == edtf.BoundDate {
		w.b = appendNeo4jDay(w.b, v.Upper())
	}
}

// relType is the Neo4j relationship type of an edge kind: PUBLISHED_BY.
func relType(k graph.EdgeKind) string {
	return strings.ToUpper(strings.ReplaceAll(string(k), "-", "_"))
}

// neo4jColumns lists the property columns of a kind's node file.
func neo4jColumns(k casefile.Kind) []neo4jColumn {
	str := func(h string, f func(*graph.Vertex) string) neo4jColumn {
		return neo4jColumn{h, func(w *csvWriter, v *graph.Vertex) { w.field(f(v)) }}
	}
	list := func(h string, f func(*graph.Vertex) []string) neo4jColumn {
		return neo4jColumn{h + ":string[]", func(w *csvWriter, v *graph.Vertex) { w.joined(f(v), ";") }}
	}
	count := func(h string, f func(*graph.Vertex) int) neo4jColumn {
		return neo4jColumn{h + ":int", func(w *csvWriter, v *graph.Vertex) {
			w.sep()
			if n := f(v); n >= 0 {
				w.b = strconv.AppendInt(w.b, int64(n), 10)
			}
		}}
	}
	dated := func(f func(*graph.Vertex) edtf.Value) neo4jColumn {
		// The three cells of a date are written by the column of the first.
		return neo4jColumn{"edtf", func(w *csvWriter, v *graph.Vertex) { w.neo4jDated(f(v)) }}
	}
	switch k {
	case casefile.KindPerson:
		return []neo4jColumn{
			str("name", func(v *graph.Vertex) string { return v.Person.Name }),
			list("aliases", func(v *graph.Vertex) []string { return v.Person.Aliases }),
			str("description", func(v *graph.Vertex) string { return oneLine(v.Person.Description) }),
			list("tags", func(v *graph.Vertex) []string { return v.Person.Tags }),
			list("links", func(v *graph.Vertex) []string { return v.Person.Links }),
		}
	case casefile.KindOrganization:
		return []neo4jColumn{
			str("name", func(v *graph.Vertex) string { return v.Organization.Name }),
			str("kind", func(v *graph.Vertex) string { return v.Organization.Kind }),
			list("aliases", func(v *graph.Vertex) []string { return v.Organization.Aliases }),
			str("description", func(v *graph.Vertex) string { return oneLine(v.Organization.Description) }),
			list("tags", func(v *graph.Vertex) []string { return v.Organization.Tags }),
			list("links", func(v *graph.Vertex) []string { return v.Organization.Links }),
		}
	case casefile.KindEvent:
		return append([]neo4jColumn{
			str("title", func(v *graph.Vertex) string { return oneLine(v.Event.Title) }),
			str("place", func(v *graph.Vertex) string { return v.Event.Place }),
			str("description", func(v *graph.Vertex) string { return oneLine(v.Event.Description) }),
			list("tags", func(v *graph.Vertex) []string { return v.Event.Tags }),
		}, withDateCells(dated(func(v *graph.Vertex) edtf.Value { return v.Event.Date }))...)
	case casefile.KindClaim:
		return append([]neo4jColumn{
			str("statement", func(v *graph.Vertex) string { return oneLine(v.Claim.Statement) }),
			str("status", func(v *graph.Vertex) string { return string(v.Claim.Status) }),
			count("responses", func(v *graph.Vertex) int { return len(v.Claim.Responses) }),
		}, withDateCells(dated(func(v *graph.Vertex) edtf.Value { return v.Claim.Made }))...)
	case graph.KindAnonymous:
		return []neo4jColumn{
			str("label", func(v *graph.Vertex) string { return v.Label }),
			count("count", func(v *graph.Vertex) int {
				if v.Anonymous.Count == 0 {
					return -1 // unknown: an empty cell
				}
				return v.Anonymous.Count
			}),
		}
	}
	return append([]neo4jColumn{
		str("title", func(v *graph.Vertex) string { return oneLine(v.Source.Title) }),
		str("kind", func(v *graph.Vertex) string { return v.Source.Kind }),
		str("url", func(v *graph.Vertex) string { return v.Source.URL }),
	}, withDateCells(dated(func(v *graph.Vertex) edtf.Value { return v.Source.Date }))...)
}

// withDateCells follows a date's column with the headers of its other two
// cells, date_min and date_max, which the first column writes.
func withDateCells(c neo4jColumn) []neo4jColumn {
	none := func(*csvWriter, *graph.Vertex) {}
	return []neo4jColumn{c, {"date_min:date", none}, {"date_max:date", none}}
}

// appendNeo4jDay appends t's date as a Neo4j date: YYYY-MM-DD, and years
// outside 0-9999 with a sign (+170000002-01-01, -0044-01-01).
func appendNeo4jDay(b []byte, t time.Time) []byte {
	y := t.Year()
	if y <= 9999 {
		return appendDay(b, y, t)
	}
	b = append(b, '+')
	b = strconv.AppendInt(b, int64(y), 10)
	m, d := int(t.Month()), t.Day()
	return append(b, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// neo4jCypher writes import.cypher for the node files and the
// relationship files of kinds.
func neo4jCypher(kinds []graph.EdgeKind) []byte {
	var b bytes.Buffer
	b.WriteString(`// Loads the CSV files of this folder into Neo4j; running it again changes
// nothing (MERGE by id). Copy the nodes/ and relationships/ folders into
// the database's import folder, then: cypher-shell -f import.cypher
CREATE CONSTRAINT record_id IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE;
`)
	for _, l := range neo4jLabels {
		var sets []string
		for _, c := range neo4jColumns(l.kind) {
			sets = append(sets, cypherSet("n", c.header))
		}
		fmt.Fprintf(&b, "\nLOAD CSV WITH HEADERS FROM 'file:///nodes/%s' AS row\nMERGE (n:Record {id: row.`id:ID`})\nSET n:%s", l.file, l.label)
		for _, s := range sets {
			fmt.Fprintf(&b, ",\n    %s", s)
		}
		b.WriteString(";\n")
	}
	for _, k := range kinds {
		name, t := string(k)+".csv", relType(k)
		fmt.Fprintf(&b, "\nLOAD CSV WITH HEADERS FROM 'file:///relationships/%s' AS row\n"+
			"MATCH (a:Record {id: row.`:START_ID`}), (b:Record {id: row.`:END_ID`})\n"+
			"MERGE (a)-[r:%s {key: row.key}]->(b)\nSET %s,\n    %s,\n    %s,\n    %s,\n    %s;\n",
			name, t, cypherSet("r", "role"), cypherSet("r", "edtf"), cypherSet("r", "date_min:date"),
			cypherSet("r", "date_max:date"), cypherSet("r", "sources:string[]"))
	}
	return b.Bytes()
}

// cypherSet writes the SET clause of one typed column: empty cells set
// nothing (null).
func cypherSet(v, header string) string {
	name, typ, _ := strings.Cut(header, ":")
	cell := "row.`" + header + "`"
	var val string
	switch typ {
	case "date":
		val = "date(" + cell + ")"
	case "int":
		val = "toInteger(" + cell + ")"
	case "string[]":
		val = "split(" + cell + ", ';')"
	default:
		val = cell
	}
	return fmt.Sprintf("%s.%s = CASE WHEN coalesce(%s, '') = '' THEN null ELSE %s END", v, name, cell, val)
}

const neo4jReadme = "# This case for Neo4j\n\n" +
	"Written by `eventgraph export --format neo4j`. `nodes/` holds one file per kind of\n" +
	"record (every node has the label `Record` and its kind's label: `Person`,\n" +
	"`Organization`, `Event`, `Claim`, `AnonymousClaimants`, `Source`), `relationships/`\n" +
	"one file per type of tie (`PARTICIPANT`, `CLAIMANT`, `ABOUT`, `RESPONSE`, `CITES`,\n" +
	"`PUBLISHED_BY`, `AUTHORED_BY`, `RELATION`, `PARENT`). Dates are kept as the EDTF\n" +
	"text (`edtf`) and as the first and last day they can stand for (`date_min`,\n" +
	"`date_max`, empty where an interval is open), since a Neo4j date has no\n" +
	"precision. Lists are separated by `;`.\n\n" +
	"## Into a new database (bulk import, fastest)\n\n" +
	"With the database stopped, from this folder (Neo4j 5):\n\n" +
	"```sh\n" +
	"neo4j-admin database import full neo4j --overwrite-destination \\\n" +
	"  --nodes=nodes/people.csv --nodes=nodes/organizations.csv --nodes=nodes/events.csv \\\n" +
	"  --nodes=nodes/claims.csv --nodes=nodes/anonymous.csv --nodes=nodes/sources.csv \\\n" +
	"  $(for f in relationships/*.csv; do printf -- '--relationships=%s ' \"$f\"; done)\n" +
	"neo4j start\n" +
	"cypher-shell 'CREATE CONSTRAINT record_id IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE'\n" +
	"```\n\n" +
	"## Into a running database (idempotent)\n\n" +
	"Copy `nodes/` and `relationships/` into the database's import folder\n" +
	"(`server.directories.import`, by default `import/` under the Neo4j home), then:\n\n" +
	"```sh\n" +
	"cypher-shell -u neo4j -f import.cypher\n" +
	"```\n\n" +
	"Running it again after a new export updates the records and ties by their\n" +
	"IDs and adds nothing twice. Records or ties removed from the case are not\n" +
	"removed from the database.\n"
