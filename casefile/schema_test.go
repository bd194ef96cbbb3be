package casefile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
)

// schemaDoc is the part of the JSON Schema the tests look at.
type schemaDoc struct {
	Schema     string                `json:"$schema"`
	Type       string                `json:"type"`
	AddProps   *bool                 `json:"additionalProperties"`
	Properties map[string]schemaNode `json:"properties"`
	Defs       map[string]schemaNode `json:"$defs"`
}

// schemaNode is one subschema.
type schemaNode struct {
	Description string                `json:"description"`
	Type        any                   `json:"type"`
	Pattern     string                `json:"pattern"`
	Enum        []string              `json:"enum"`
	Required    []string              `json:"required"`
	AddProps    *bool                 `json:"additionalProperties"`
	Properties  map[string]schemaNode `json:"properties"`
	AnyOf       []schemaNode          `json:"anyOf"`
	Ref         string                `json:"$ref"`
}

func loadSchema(t *testing.T) schemaDoc {
	t.Helper()
	var doc schemaDoc
	dec := json.NewDecoder(bytes.NewReader(JSONSchema()))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("schema.json does not parse as JSON: %v", err)
	}
	return doc
}

// objectKeys returns the sorted property names of a record definition; for a
// definition with alternatives (an ID or a mapping) it unites the keys of
// every mapping alternative.
func objectKeys(n schemaNode) []string {
	var keys []string
	for k := range n.Properties {
		keys = append(keys, k)
	}
	for _, alt := range n.AnyOf {
		for k := range alt.Properties {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// recordKeys is every record definition with its exact keys, sorted. It is
// the contract of the format; docs/format.md must list the same keys.
var recordKeys = []struct {
	def      string
	keys     []string
	required []string
	// section and table locate the key table in docs/format.md: the n-th
	// table (from 0) after the heading "### `section`".
	section string
	table   int
}{
	{"case", []string{"description", "language", "title"}, nil, "case", 0},
	{"person", []string{"aliases", "description", "id", "links", "name", "tags"}, []string{"id", "name"}, "people", 0},
	{"organization", []string{"aliases", "description", "id", "kind", "links", "name", "parent", "tags"}, []string{"id", "name"}, "organizations", 0},
	{"source", []string{"archive_url", "authors", "date", "id", "kind", "publisher", "title", "url"}, []string{"id", "title", "date"}, "sources", 0},
	{"event", []string{"date", "description", "id", "importance", "links", "participants", "place", "reported", "sources", "tags", "title"}, []string{"id", "title", "date"}, "events", 0},
	{"participant", []string{"role", "who"}, nil, "events", 1},
	{"claim", []string{"about", "claimants", "id", "made", "note", "responses", "sources", "statement"}, []string{"id", "statement", "about", "sources"}, "claims", 0},
	{"claimant", []string{"anonymous", "count", "source", "who"}, nil, "claims", 1},
	{"response", []string{"anonymous", "count", "date", "note", "quote", "sources", "stance", "who"}, []string{"stance"}, "claims", 2},
	{"relation", []string{"date", "from", "id", "note", "sources", "to", "type"}, []string{"from", "to", "type"}, "relations", 0},
}

func TestSchemaHeader(t *testing.T) {
	doc := loadSchema(t)
	if doc.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q, want the draft 2020-12 URI", doc.Schema)
	}
	if doc.Type != "object" || doc.AddProps == nil || *doc.AddProps {
		t.Errorf("top level: type %q, additionalProperties %v; want an object with additionalProperties false", doc.Type, doc.AddProps)
	}
	var top []string
	for k := range doc.Properties {
		top = append(top, k)
	}
	sort.Strings(top)
	want := []string{"case", "claims", "events", "organizations", "people", "relations", "sources"}
	if !slices.Equal(top, want) {
		t.Errorf("top-level keys = %v, want %v", top, want)
	}
}

func TestSchemaCopies(t *testing.T) {
	a := JSONSchema()
	a[0] = 'x'
	if b := JSONSchema(); b[0] != '{' {
		t.Fatalf("JSONSchema returned shared bytes: a change by one caller shows in the next call (%q)", b[0])
	}
}

func TestSchemaRecordKeys(t *testing.T) {
	doc := loadSchema(t)
	for _, r := range recordKeys {
		def, ok := doc.Defs[r.def]
		if !ok {
			t.Errorf("$defs has no %q", r.def)
			continue
		}
		if got := objectKeys(def); !slices.Equal(got, r.keys) {
			t.Errorf("%s keys = %v, want %v", r.def, got, r.keys)
		}
		if !slices.Equal(def.Required, r.required) {
			t.Errorf("%s required = %v, want %v", r.def, def.Required, r.required)
		}
		mappings := []schemaNode{def}
		if len(def.AnyOf) > 0 {
			mappings = nil
			for _, alt := range def.AnyOf {
				if alt.Properties != nil {
					mappings = append(mappings, alt)
				}
			}
		}
		for _, m := range mappings {
			if m.AddProps == nil || *m.AddProps {
				t.Errorf("%s: a mapping without additionalProperties: false", r.def)
			}
			for k, p := range m.Properties {
				if k != "id" && p.Description == "" {
					t.Errorf("%s.%s has no description for editor hovers", r.def, k)
				}
			}
		}
	}
}

func TestSchemaEnumsMatchModel(t *testing.T) {
	doc := loadSchema(t)
	if got := doc.Defs["organization"].Properties["kind"].Enum; !slices.Equal(got, OrganizationKinds[:]) {
		t.Errorf("organization kind enum = %v, want OrganizationKinds %v", got, OrganizationKinds)
	}
	if got := doc.Defs["source"].Properties["kind"].Enum; !slices.Equal(got, SourceKinds[:]) {
		t.Errorf("source kind enum = %v, want SourceKinds %v", got, SourceKinds)
	}
	var stances []string
	for _, s := range Stances {
		stances = append(stances, string(s))
	}
	if got := doc.Defs["response"].Properties["stance"].Enum; !slices.Equal(got, stances) {
		t.Errorf("stance enum = %v, want Stances %v", got, stances)
	}
}

func TestSchemaIDPattern(t *testing.T) {
	doc := loadSchema(t)
	re := regexp.MustCompile(doc.Defs["id"].Pattern)
	for _, tc := range []struct {
		id string
		ok bool
	}{
		{"han-dong", true},
		{"2021-02-dong-han-tao-conversation", true},
		{"a", true},
		{"0", true},
		{"-dong", false},
		{"Han-Dong", false},
		{"han_dong", false},
		{"han dong", false},
		{"", false},
		{"董", false},
	} {
		if got := re.MatchString(tc.id); got != tc.ok {
			t.Errorf("id pattern on %q = %v, want %v", tc.id, got, tc.ok)
		}
	}
	if doc.Defs["ref"].Pattern != doc.Defs["id"].Pattern {
		t.Errorf("ref pattern %q differs from id pattern %q", doc.Defs["ref"].Pattern, doc.Defs["id"].Pattern)
	}
}

// TestSchemaDatePatterns checks the editor's date patterns against the EDTF
// parser: the schema must never flag a date the loader accepts, and it
// rejects the common human forms. It is looser than the parser on a few
// forms (a day that does not exist, a season with a day, an interval that
// ends before it starts, ../..), which the loader reports.
func TestSchemaDatePatterns(t *testing.T) {
	doc := loadSchema(t)
	date := regexp.MustCompile(doc.Defs["edtfDate"].AnyOf[0].Pattern)
	interval := regexp.MustCompile(doc.Defs["edtfDateOrInterval"].AnyOf[1].Pattern)
	for _, tc := range []struct {
		s              string
		date, interval bool // what the schema patterns say
	}{
		{"2021-02-15", true, true},
		{"2021-02", true, true},
		{"2021", true, true},
		{"2019-21", true, true},
		{"2019-22", true, true},
		{"2019-23", true, true},
		{"2019-24", true, true},
		{"2019?", true, true},
		{"2019~", true, true},
		{"2019%", true, true},
		{"2021-02-15?", true, true},
		{"201X", true, true},
		{"20XX", true, true},
		{"2021-XX", true, true},
		{"1985-04-XX", true, true},
		{"1985-XX-XX", true, true},
		{"0000", true, true},
		{"-0044", true, true},
		{"-0043-03-15", true, true},
		{"Y170000002", true, true},
		{"Y-170000002", true, true},
		{"2023-03-22T21:30-04:00", true, true},
		{"2023-03-22T21:30Z", true, true},
		{"2023-03-22T21:30+05", true, true},
		{"1985-04-12T23:20:30Z", true, true},
		{"1985-04-12T23:20:30", true, true},
		{"2018-12-10/2021-09-24", false, true},
		{"2019-22/2020-03", false, true},
		{"2019~/2021?", false, true},
		{"2023-03-22/..", false, true},
		{"../2019", false, true},
		{"2019/", false, true},
		{"/2019", false, true},
		{"2023-03-22T21:30Z/2023-03-22T23:00Z", false, true},
		// Rejected by both.
		{"summer 2019", false, false},
		{"c. 1990", false, false},
		{"15/02/2021", false, false},
		{"1990s", false, false},
		{"2019-13", false, false},
		{"2019-25", false, false},
		{"Y2019", false, false},
		{"2XXX", false, false},
		{"800", false, false},
		{"2019??", false, false},
		{"2023-03-22T21:30-0400", false, false},
		{"/", false, false},
		{"..", false, false},
		{"2019/2020/2021", false, false},
		{"", false, false},
		// Looser than the parser: the loader reports these.
		{"2021-02-30", true, true},
		{"2019-22-01", true, true},
		{"2021/2019", false, true},
		{"../..", false, true},
	} {
		if got := date.MatchString(tc.s); got != tc.date {
			t.Errorf("date pattern on %q = %v, want %v", tc.s, got, tc.date)
		}
		if got := date.MatchString(tc.s) || interval.MatchString(tc.s); got != tc.interval {
			t.Errorf("date-or-interval patterns on %q = %v, want %v", tc.s, got, tc.interval)
		}
		v, err := edtf.Parse(tc.s)
		if err != nil {
			continue
		}
		if !tc.interval {
			t.Errorf("the schema rejects %q, which edtf.Parse accepts", tc.s)
		}
		if !v.IsInterval && !tc.date {
			t.Errorf("the date pattern rejects %q, which edtf.Parse accepts as a date", tc.s)
		}
	}
}

// docKeyTables reads docs/format.md and returns, for each "### `name`"
// section, the first-column keys of each of its tables in order.
func docKeyTables(t *testing.T) map[string][][]string {
	t.Helper()
	b, err := os.ReadFile("../docs/format.md")
	if err != nil {
		t.Fatalf("reading the format documentation: %v", err)
	}
	heading := regexp.MustCompile("^### `([a-z]+)`$")
	cell := regexp.MustCompile("^\\| `([a-z_]+)` \\|")
	tables := map[string][][]string{}
	section, inTable := "", false
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := heading.FindStringSubmatch(line); m != nil {
			section, inTable = m[1], false
			continue
		}
		if strings.HasPrefix(line, "## ") {
			section, inTable = "", false
			continue
		}
		if section == "" {
			continue
		}
		switch {
		case strings.HasPrefix(line, "| key |"):
			tables[section] = append(tables[section], nil)
			inTable = true
		case inTable && strings.HasPrefix(line, "|"):
			if m := cell.FindStringSubmatch(line); m != nil {
				n := len(tables[section]) - 1
				tables[section][n] = append(tables[section][n], m[1])
			}
		default:
			inTable = false
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return tables
}

func TestSchemaMatchesFormatDoc(t *testing.T) {
	tables := docKeyTables(t)
	for _, r := range recordKeys {
		ts := tables[r.section]
		if r.table >= len(ts) {
			t.Errorf("docs/format.md: section %q has %d key tables, want table %d for %s", r.section, len(ts), r.table, r.def)
			continue
		}
		got := slices.Clone(ts[r.table])
		sort.Strings(got)
		if !slices.Equal(got, r.keys) {
			t.Errorf("docs/format.md lists %s keys %v, the schema has %v", r.def, got, r.keys)
		}
	}
}
