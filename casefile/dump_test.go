package casefile

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
)

var update = flag.Bool("update", false, "rewrite golden files")

// dump writes every field of c, one record per paragraph, for golden files.
func dump(c *Case) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	date := func(v edtf.Value) string {
		if v.IsZero() {
			return "-"
		}
		return v.String()
	}
	derived := func(d bool) string {
		if d {
			return " (derived)"
		}
		return ""
	}
	p("case %q lang=%s @%s", c.Meta.Title, c.Meta.Language, c.Meta.Pos)
	p("  description %q", c.Meta.Description)
	p("counts: %s", c.Counts())
	for _, r := range c.People {
		p("person %s %q @%s", r.ID, r.Name, r.Pos)
		p("  aliases=%q tags=%q links=%q description=%q", r.Aliases, r.Tags, r.Links, r.Description)
	}
	for _, r := range c.Organizations {
		p("organization %s %q kind=%s parent=%s @%s", r.ID, r.Name, r.Kind, r.Parent, r.Pos)
		p("  aliases=%q tags=%q links=%q description=%q", r.Aliases, r.Tags, r.Links, r.Description)
	}
	for _, r := range c.Sources {
		p("source %s %q date=%s publisher=%s authors=%q url=%s kind=%s @%s",
			r.ID, r.Title, date(r.Date), r.Publisher, r.Authors, r.URL, r.Kind, r.Pos)
	}
	for _, r := range c.Events {
		p("event %s %q date=%s reported=%s%s place=%q sources=%q tags=%q @%s",
			r.ID, r.Title, date(r.Date), date(r.Reported), derived(r.ReportedDerived), r.Place, r.Sources, r.Tags, r.Pos)
		for _, x := range r.Participants {
			p("  participant %s role=%q @%s", x.Who, x.Role, x.Pos)
		}
		if r.Description != "" {
			p("  description %q", r.Description)
		}
	}
	for _, r := range c.Claims {
		p("claim %s %q status=%s made=%s%s about=%q sources=%q @%s",
			r.ID, r.Statement, r.Status, date(r.Made), derived(r.MadeDerived), r.About, r.Sources, r.Pos)
		for _, x := range r.Claimants {
			p("  claimant who=%s anonymous=%q count=%d @%s", x.Who, x.Anonymous, x.Count, x.Pos)
		}
		for _, x := range r.Responses {
			p("  response %s %s date=%s quote=%q sources=%q @%s", x.Who, x.Stance, date(x.Date), x.Quote, x.Sources, x.Pos)
		}
		for _, h := range r.History {
			p("  history %s %s cause=%d", date(h.Date), h.Status, h.Cause)
		}
	}
	for _, r := range c.Relations {
		p("relation %s -%s-> %s date=%s sources=%q note=%q @%s", r.From, r.Type, r.To, date(r.Date), r.Sources, r.Note, r.Pos)
	}
	return b.String()
}

// golden compares got with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./casefile -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test ./casefile -update and review the diff):\n%s", path, got)
	}
}

// TestLoadFull loads testdata/full, which uses every field of the format,
// and compares every decoded and derived field with the golden dump.
func TestLoadFull(t *testing.T) {
	c, err := Load(os.DirFS("testdata"), "full")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "full.golden", dump(c))
}
