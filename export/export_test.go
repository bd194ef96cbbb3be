package export

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func seedGraph(t testing.TB) *graph.Graph {
	t.Helper()
	g, err := graph.Build(testcase.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// tool returns the path of an external program the test needs. When it is
// missing the test fails under CI (EVENTGRAPH_REQUIRE_TOOLS=1, set by
// .ci/run) and is skipped otherwise, saying how to install it.
func tool(t *testing.T, path, install string) string {
	t.Helper()
	p, err := exec.LookPath(path)
	if err == nil {
		return p
	}
	if os.Getenv("EVENTGRAPH_REQUIRE_TOOLS") != "" {
		t.Fatalf("%s is missing: %s", path, install)
	}
	t.Skipf("%s is missing; install it to run this check: %s", path, install)
	return ""
}

func TestGolden(t *testing.T) {
	g := seedGraph(t)
	testcase.Golden(t, "testdata/han-dong.gexf", GEXF(g), *update)
	testcase.Golden(t, "testdata/han-dong.graphml", GraphML(g), *update)
	testcase.Golden(t, "testdata/han-dong.ftm.json", FtM(g), *update)
	testcase.Golden(t, "testdata/han-dong.timelinejs.json", TimelineJS(g), *update)
	for _, f := range CSV(g) {
		testcase.Golden(t, "testdata/csv/"+f.Name, f.Data, *update)
	}
	for _, f := range Neo4j(g) {
		testcase.Golden(t, "testdata/neo4j/"+f.Name, f.Data, *update)
	}
	if !bytes.Equal(GEXF(g), GEXF(seedGraph(t))) {
		t.Error("two GEXF exports of one case differ")
	}
}

// writeTemp writes data to a file in a temporary folder.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestGEXFValidates(t *testing.T) {
	xmllint := tool(t, "xmllint", "apt-get install libxml2-utils")
	p := writeTemp(t, "case.gexf", GEXF(seedGraph(t)))
	out, err := exec.Command(xmllint, "--noout", "--schema", "testdata/gexf-1.3/gexf.xsd", p).CombinedOutput()
	if err != nil {
		t.Fatalf("xmllint: %v\n%s", err, out)
	}
}

// networkx runs a Python script with Debian's python3 and networkx.
func networkx(t *testing.T, script string, args ...string) string {
	t.Helper()
	py := tool(t, "/usr/bin/python3", "apt-get install python3-networkx")
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		if os.Getenv("EVENTGRAPH_REQUIRE_TOOLS") != "" {
			t.Fatalf("python3 cannot import networkx: apt-get install python3-networkx")
		}
		t.Skip("python3 cannot import networkx; install it to run this check: apt-get install python3-networkx")
	}
	out, err := exec.Command(py, append([]string{script}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
	return string(out)
}

func TestNetworkxReadsGEXFAndGraphML(t *testing.T) {
	g := seedGraph(t)
	want := fmt.Sprintf("MultiDiGraph %d %d\n", g.Order(), g.EdgeCount())
	out := networkx(t, "testdata/read_gexf.py", writeTemp(t, "case.gexf", GEXF(g)))
	if !strings.HasPrefix(out, want) {
		t.Errorf("networkx read the GEXF as %q, want %q", out, want)
	}
	script := writeTemp(t, "read.py", []byte(`import sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(type(g).__name__, g.number_of_nodes(), g.number_of_edges())
print(g.nodes["han-dong"]["kind"], g.nodes["han-dong"]["label"])
`))
	out = networkx(t, script, writeTemp(t, "case.graphml", GraphML(g)))
	if want += "person Han Dong\n"; out != want {
		t.Errorf("networkx read the GraphML as %q, want %q", out, want)
	}
}

// TestCSVReread reads every table back: one header, rows of its width,
// UTF-8 intact, and as many nodes and edges as the graph.
func TestCSVReread(t *testing.T) {
	g := seedGraph(t)
	rows := map[string]int{}
	for _, f := range CSV(g) {
		r := csv.NewReader(bytes.NewReader(f.Data))
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		rows[f.Name] = len(recs) - 1
		for _, rec := range recs {
			for _, cell := range rec {
				if strings.ContainsRune(cell, '\uFFFD') {
					t.Errorf("%s: broken UTF-8 in %q", f.Name, cell)
				}
			}
		}
	}
	c := g.Case()
	responses := 0
	for _, cl := range c.Claims {
		responses += len(cl.Responses)
	}
	want := map[string]int{"nodes.csv": g.Order(), "edges.csv": g.EdgeCount(), "events.csv": len(c.Events),
		"claims.csv": len(c.Claims), "responses.csv": responses, "sources.csv": len(c.Sources)}
	for name, n := range want {
		if rows[name] != n {
			t.Errorf("%s: %d rows, want %d", name, rows[name], n)
		}
	}
}
