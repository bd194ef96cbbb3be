package export

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// header is a well-formed neo4j-admin header cell: a name with an optional
// type, or one of the special columns.
var header = regexp.MustCompile(`^([a-z_]+(:(string|int|date|string\[\]))?|id:ID|:LABEL|:START_ID|:END_ID|:TYPE)$`)

// checkNeo4j checks the property every Neo4j export must have: headers
// well formed, one ID column per node file, every relationship's ends
// among the nodes, ids unique, rows as wide as their header.
func checkNeo4j(t *testing.T, g *graph.Graph) {
	t.Helper()
	ids := map[string]bool{}
	var rels [][]string
	files := Neo4j(g)
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".csv") {
			continue
		}
		rows, err := csv.NewReader(bytes.NewReader(f.Data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, h := range rows[0] {
			if !header.MatchString(h) {
				t.Errorf("%s: header %q is not a neo4j-admin header", f.Name, h)
			}
		}
		switch {
		case strings.HasPrefix(f.Name, "nodes/"):
			if rows[0][0] != "id:ID" || rows[0][1] != ":LABEL" {
				t.Errorf("%s: header starts %q", f.Name, rows[0][:2])
			}
			for _, r := range rows[1:] {
				if ids[r[0]] {
					t.Errorf("%s: id %q twice", f.Name, r[0])
				}
				ids[r[0]] = true
			}
		case strings.HasPrefix(f.Name, "relationships/"):
			if !slices.Equal(rows[0][:3], []string{":START_ID", ":END_ID", ":TYPE"}) {
				t.Errorf("%s: header starts %q", f.Name, rows[0][:3])
			}
			rels = append(rels, rows[1:]...)
		}
	}
	if len(ids) != g.Order() || len(rels) != g.EdgeCount() {
		t.Errorf("%d nodes and %d relationships, want %d and %d", len(ids), len(rels), g.Order(), g.EdgeCount())
	}
	keys := map[string]bool{}
	for _, r := range rels {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("relationship %q: an end is not a node", r[:3])
		}
		if keys[r[3]] {
			t.Errorf("relationship key %q twice", r[3])
		}
		keys[r[3]] = true
	}
}

func TestNeo4jProperties(t *testing.T) {
	checkNeo4j(t, seedGraph(t))
	for _, n := range []int{10, 300} {
		g, err := graph.Build(testcase.Generated(t, n))
		if err != nil {
			t.Fatal(err)
		}
		checkNeo4j(t, g)
	}
}

func TestNeo4jCypher(t *testing.T) {
	var cypher string
	for _, f := range Neo4j(seedGraph(t)) {
		if f.Name == "import.cypher" {
			cypher = string(f.Data)
		}
	}
	for _, want := range []string{
		"CREATE CONSTRAINT record_id IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE;",
		"LOAD CSV WITH HEADERS FROM 'file:///nodes/people.csv' AS row\nMERGE (n:Record {id: row.`id:ID`})\nSET n:Person,\n" +
			"    n.name = CASE WHEN coalesce(row.`name`, '') = '' THEN null ELSE row.`name` END,\n" +
			"    n.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null ELSE split(row.`aliases:string[]`, ';') END,",
		"MERGE (a)-[r:PUBLISHED_BY {key: row.key}]->(b)",
		"r.date_min = CASE WHEN coalesce(row.`date_min:date`, '') = '' THEN null ELSE date(row.`date_min:date`) END",
	} {
		if !strings.Contains(cypher, want) {
			t.Errorf("import.cypher lacks %q", want)
		}
	}
	if strings.Count(cypher, "LOAD CSV") != 6+9 {
		t.Errorf("import.cypher loads %d files, want 15", strings.Count(cypher, "LOAD CSV"))
	}
}
