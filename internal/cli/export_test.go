package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	gexf := filepath.Join(dir, "case.gexf")
	if r := runCLI(t, "export", "-o", gexf); r.code != ExitOK {
		t.Fatalf("export gexf: exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(gexf)
	if err != nil || !strings.Contains(string(data), `<gexf xmlns="http://gexf.net/1.3"`) {
		t.Errorf("case.gexf: %v %.80q", err, data)
	}
	tables := filepath.Join(dir, "tables")
	if r := runCLI(t, "export", "../../data/han-dong", "--format", "csv", "-o", tables, "--as-of", "2023-03-01"); r.code != ExitOK {
		t.Fatalf("export csv: exit %d: %s", r.code, r.stderr)
	}
	events, err := os.ReadFile(filepath.Join(tables, "events.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// the Global News report of 22 March 2023 is not out on 1 March
	if strings.Contains(string(events), "global-news-two-michaels-report") || !strings.Contains(string(events), "dong-elected") {
		t.Errorf("events.csv as of 2023-03-01:\n%s", events)
	}
	neo := filepath.Join(dir, "neo4j")
	if r := runCLI(t, "export", "--format", "neo4j", "-o", neo); r.code != ExitOK {
		t.Fatalf("export neo4j: exit %d: %s", r.code, r.stderr)
	}
	for _, f := range []string{"README.md", "import.cypher", "nodes/people.csv", "relationships/participant.csv"} {
		if _, err := os.Stat(filepath.Join(neo, f)); err != nil {
			t.Errorf("neo4j export: %v", err)
		}
	}
	if r := runCLI(t, "export", "--format", "ftm", "-o", "-"); r.code != ExitOK ||
		!strings.Contains(r.stdout, `{"id":"han-dong","schema":"Person","properties":{`) {
		t.Errorf("export ftm: exit %d: %.200s %s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "export", "--format", "timelinejs", "-o", "-", "--as-of", "2023-03-01"); r.code != ExitOK ||
		!strings.Contains(r.stdout, `"unique_id":"dong-elected"`) || strings.Contains(r.stdout, `"unique_id":"global-news-two-michaels-report"`) {
		t.Errorf("export timelinejs as of 1 March 2023: exit %d: %.300s %s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "export", "--format", "json", "-o", "-"); r.code != ExitOK ||
		!strings.Contains(r.stdout, `"$schema": "https://github.com/eventgraph/eventgraph/export/model.schema.json"`) {
		t.Errorf("export json: exit %d: %.200s %s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "schema", "--model"); r.code != ExitOK || !strings.Contains(r.stdout, `"title": "eventgraph case model"`) {
		t.Errorf("schema --model: exit %d: %.200s %s", r.code, r.stdout, r.stderr)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"export", "-o", filepath.Join(dir, "x.pdf")}, ExitUsage, `eventgraph: --format "pdf": use gexf, graphml, csv, neo4j, ftm, timelinejs or json`},
		{[]string{"export", "--format", "gexf"}, ExitUsage, "eventgraph: -o: name the output file"},
		{[]string{"export", "--format", "csv", "-o", gexf}, ExitInvalid, "eventgraph: cannot write " + gexf + ": it is a file"},
		{[]string{"export", "--format", "neo4j", "-o", gexf}, ExitInvalid, "eventgraph: cannot write " + gexf + ": it is a file"},
		{[]string{"export", "--format", "csv", "-o", "-"}, ExitUsage, "eventgraph: -o -: this format writes several files"},
	}
	for _, tt := range tests {
		r := runCLI(t, tt.args...)
		if r.code != tt.code || !strings.HasPrefix(r.stderr, tt.stderr) {
			t.Errorf("%q: exit %d, stderr %q; want %d, %q", tt.args, r.code, r.stderr, tt.code, tt.stderr)
		}
	}
}
