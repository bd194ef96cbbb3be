package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestQueryCommands(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string // start of stdout
		stderr string // start of stderr
	}{
		{[]string{"query", "path", "han-dong", "michael-kovrig"}, ExitOK, "path 1 of 1, 2 ties:\n  han-dong (person) Han Dong\n", ""},
		{[]string{"query", "path", "han-dong", "han-tao", "--via", "people"}, ExitOK,
			`no path from "han-dong" to "han-tao": every chain between them passes through a record that is avoided or of a kind not allowed` + "\n", ""},
		{[]string{"query", "path", "han-dong", "han-tao", "--via", "people", "--format", "csv"}, ExitOK,
			"path,step,id,kind,label,date,status,tie_from,tie_to,tie_type,tie_role,tie_date,tie_sources\n", "eventgraph: no path from"},
		{[]string{"query", "path", "han-dongg", "han-tao"}, ExitInvalid, "",
			`eventgraph: unknown record "han-dongg", did you mean "han-dong"?` + "\n"},
		{[]string{"query", "path", "han-dong", "han-tao", "--avoid", "han-dong"}, ExitInvalid, "",
			`eventgraph: invalid path options: "han-dong" is an end of the chain, so it cannot be avoided` + "\n"},
		{[]string{"query", "path", "han-dong"}, ExitUsage, "", "eventgraph: accepts between 2 and 3 arg(s), received 1"},
		{[]string{"query", "path", "a", "b", "--paths", "0"}, ExitUsage, "", "eventgraph: --paths 0: ask for 1 to 1000 chains"},
		{[]string{"query", "path", "a", "b", "--via", "peple"}, ExitUsage, "", `eventgraph: --via: unknown kind "peple", did you mean "people"?`},
		{[]string{"query", "path", "a", "b", "--format", "xml"}, ExitUsage, "", `eventgraph: --format: unknown format "xml": use text, json or csv`},
		{[]string{"query", "path", "a", "b", "--as-of", "2023~"}, ExitUsage, "", `eventgraph: --as-of: "2023~": give one date`},
		{[]string{"query", "neighbours", "han-tao", "--depth", "0"}, ExitUsage, "", "eventgraph: --depth 0: use 1 or more"},
		{[]string{"query", "neighbors", "han-tao"}, ExitOK, "7 records within 1 tie of han-tao:\n", ""},
		{[]string{"query", "search", "MÉNARD"}, ExitOK, `nothing matches "MÉNARD"` + "\n", ""},
		{[]string{"query", "search", " "}, ExitUsage, "", "eventgraph: search: give a text to look for"},
		{[]string{"query", "cites", "han-dong"}, ExitInvalid, "", `eventgraph: "han-dong" is a person, not a source`},
		{[]string{"query", "cites", "dong-statement-2023-03-21", "--format", "csv"}, ExitOK,
			"source,as,id,kind,label,date,status,who,stance,response_date,relation\n", ""},
		// as of 1 March 2023 the Global News report of 22 March is not out
		{[]string{"query", "cites", "gn-2023-03-22-dong-two-michaels", "--as-of", "2023-03-01"}, ExitInvalid, "",
			`eventgraph: unknown record "gn-2023-03-22-dong-two-michaels"`},
	}
	for _, tt := range tests {
		r := runCLI(t, tt.args...)
		if r.code != tt.code || !strings.HasPrefix(r.stdout, tt.stdout) || !strings.HasPrefix(r.stderr, tt.stderr) {
			t.Errorf("%q: exit %d\nstdout %q\nstderr %q\nwant exit %d, stdout %q..., stderr %q...",
				tt.args, r.code, r.stdout, r.stderr, tt.code, tt.stdout, tt.stderr)
		}
	}
}

func TestQueryJSON(t *testing.T) {
	r := runCLI(t, "query", "path", "han-dong", "justin-trudeau", "--paths", "3", "--format", "json", "../../data/han-dong")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var res struct {
		Paths []struct {
			Length  int
			Records []struct{ ID string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 3 {
		t.Fatalf("%d paths, want 3", len(res.Paths))
	}
	for i, p := range res.Paths {
		if p.Length != len(p.Records)-1 || p.Records[0].ID != "han-dong" || p.Records[p.Length].ID != "justin-trudeau" ||
			i > 0 && p.Length < res.Paths[i-1].Length {
			t.Errorf("path %d: %+v", i+1, p)
		}
	}
}
