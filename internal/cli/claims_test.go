package cli

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

// The claims listing of the bundled case, in each format, is pinned by
// golden files: go test ./internal/cli -update rewrites them.
func TestClaimsGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"claims.txt", nil},
		{"claims.json", []string{"--format", "json"}},
		{"claims.csv", []string{"--format", "csv"}},
		{"claims-as-of-2023-03-01.txt", []string{"--as-of", "2023-03-01"}},
		{"claims-by-han-dong-60.txt", []string{"--by", "han-dong", "--status", "disputed,partly-confirmed", "--width", "60"}},
	} {
		r := runCLI(t, append([]string{"claims"}, tc.args...)...)
		if r.code != ExitOK {
			t.Fatalf("claims %v: exit %d: %s", tc.args, r.code, r.stderr)
		}
		testcase.Golden(t, filepath.Join("testdata", tc.golden), []byte(r.stdout), *update)
	}
}

func TestClaimsJSONShape(t *testing.T) {
	r := runCLI(t, "claims", "--format", "json", "--as-of", "2023-03-22")
	var list []struct {
		ID, Statement, Status, Made string
		Claimants                   []map[string]any
		Responses                   []struct{ Who, Stance, Date string }
		History                     []struct {
			Date, Status string
			Cause        *struct {
				Response    int
				Who, Stance string
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(list) == 0 {
		t.Fatal("no claims as of 2023-03-22")
	}
	for _, c := range list {
		if c.ID == "" || c.Statement == "" || c.Status == "" || len(c.History) == 0 {
			t.Errorf("incomplete claim %+v", c)
		}
		if c.History[0].Cause != nil || c.History[len(c.History)-1].Status != c.Status {
			t.Errorf("%s: history %+v does not start as made and end at status %s", c.ID, c.History, c.Status)
		}
		for _, h := range c.History[1:] {
			if h.Cause == nil || c.Responses[h.Cause.Response].Who != h.Cause.Who {
				t.Errorf("%s: change %+v names no response", c.ID, h)
			}
		}
		for _, x := range c.Responses {
			if x.Date > "2023-03-22" && x.Date != "" {
				t.Errorf("%s: response of %s listed as of 2023-03-22", c.ID, x.Date)
			}
		}
	}
}

func TestClaimsCSV(t *testing.T) {
	r := runCLI(t, "claims", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := "id,statement,status,made,about,claimants,responses,history,sources"
	if got := strings.Join(rows[0], ","); got != want {
		t.Errorf("header %s, want %s", got, want)
	}
	text := runCLI(t, "claims")
	if n := strings.Count(text.stdout, "\n["); len(rows)-1 != n {
		t.Errorf("%d CSV rows, %d claims in the text listing", len(rows)-1, n)
	}
}

// Filters select what they say; bad values are reported with a
// suggestion.
func TestClaimsFilters(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		code     int
		out, err string
		notOut   string
	}{
		{[]string{"--status", "partly-confirmed"}, ExitOK, "1 of 10 claims: 1 partly confirmed", "", "DISPUTED"},
		{[]string{"--status", "stated"}, ExitOK, "[1] ON RECORD — pmo-learned-of-talk-from-dong", "", "[2]"},
		{[]string{"--by", "alison-murphy"}, ExitOK, "pmo-learned-of-talk-from-dong", "", "[2]"},
		{[]string{"--about", "meng-wanzhou-arrested"}, ExitOK, "michaels-held-in-retaliation", "", "[2]"},
		{[]string{"--as-of", "2019-01-01"}, ExitOK, "As known on 1 January 2019\n0 claims\n", "", "[1]"},
		{[]string{"--status", "disptued"}, ExitUsage, "", `--status: claimlist: unknown status "disptued", did you mean "disputed"?`, ""},
		{[]string{"--status", "rumoured"}, ExitUsage, "", "use alleged, stated, disputed, contested, partly-confirmed, confirmed, retracted", ""},
		{[]string{"--by", "han-dnog"}, ExitInvalid, "", `--by: claimlist: unknown id "han-dnog", did you mean "han-dong"?`, ""},
		{[]string{"--by", "dong-elected"}, ExitInvalid, "", `--by: "dong-elected" is an event; claims are made and answered by people and organizations`, ""},
		{[]string{"--about", "nobody-at-all"}, ExitInvalid, "", `--about: claimlist: unknown id "nobody-at-all": the case has no such record`, ""},
		{[]string{"--format", "xml"}, ExitUsage, "", `--format: unknown format "xml": use text, json or csv`, ""},
		{[]string{"--format", "json", "--width", "60"}, ExitUsage, "", "--width applies to --format text", ""},
	} {
		r := runCLI(t, append([]string{"claims"}, tc.args...)...)
		if r.code != tc.code || !strings.Contains(r.stdout, tc.out) || !strings.Contains(r.stderr, tc.err) ||
			tc.notOut != "" && strings.Contains(r.stdout, tc.notOut) {
			t.Errorf("claims %v: exit %d\nstdout: %s\nstderr: %s\nwant exit %d, stdout with %q (without %q), stderr with %q",
				tc.args, r.code, r.stdout, r.stderr, tc.code, tc.out, tc.notOut, tc.err)
		}
	}
}

// Every case in the repository lists its claims in every format, the same
// bytes twice, with one JSON object and one CSV row per claim and no
// control character in the text listing.
func TestClaimsEveryCase(t *testing.T) {
	for _, dir := range repoCases(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var n int
			for _, format := range []string{"json", "csv", "text"} {
				a := runCLI(t, "claims", dir, "--format", format)
				b := runCLI(t, "claims", dir, "--format", format)
				if a.code != ExitOK || a.stdout != b.stdout {
					t.Fatalf("claims --format %s: exit %d, same bytes twice: %v\n%s", format, a.code, a.stdout == b.stdout, a.stderr)
				}
				switch format {
				case "json":
					var list []map[string]any
					if err := json.Unmarshal([]byte(a.stdout), &list); err != nil {
						t.Fatal(err)
					}
					n = len(list)
				case "csv":
					rows, err := csv.NewReader(strings.NewReader(a.stdout)).ReadAll()
					if err != nil || len(rows)-1 != n {
						t.Errorf("CSV: %d rows for %d claims (%v)", len(rows)-1, n, err)
					}
				case "text":
					for _, r := range a.stdout {
						if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f {
							t.Errorf("text listing holds control character %U", r)
						}
					}
				}
			}
		})
	}
}
