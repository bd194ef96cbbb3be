package data_test

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// wantCase is what one case in the repository must load to.
type wantCase struct {
	name   string
	load   func() (*casefile.Case, error)
	counts string
	// statuses maps every claim ID to its derived status.
	statuses map[string]casefile.Status
}

var cases = []wantCase{
	{
		name:   "seed han-dong",
		load:   func() (*casefile.Case, error) { return casefile.Load(data.FS, data.SeedCase) },
		counts: "14 people, 21 organizations, 17 sources, 15 events, 10 claims, 17 relations",
		statuses: map[string]casefile.Status{
			"consulate-network-backed-dong":              casefile.StatusDisputed,
			"dong-advised-delaying-release":              casefile.StatusDisputed,
			"dong-discussed-two-michaels":                casefile.StatusPartlyConfirmed,
			"dong-framed-talk-as-personal-and-work":      casefile.StatusAlleged,
			"dong-initiated-conversation":                casefile.StatusDisputed,
			"dong-said-release-would-help-conservatives": casefile.StatusDisputed,
			"dong-urged-show-of-progress":                casefile.StatusDisputed,
			"michaels-held-in-retaliation":               casefile.StatusDisputed,
			"network-backed-eleven-candidates":           casefile.StatusDisputed,
			"pmo-learned-of-talk-from-dong":              casefile.StatusStated,
		},
	},
	{
		name:   "examples/minimal",
		load:   func() (*casefile.Case, error) { return casefile.LoadDir("../examples/minimal") },
		counts: "3 people, 2 organizations, 2 sources, 2 events, 1 claim, 3 relations",
		statuses: map[string]casefile.Status{
			"lima-saw-memo": casefile.StatusDisputed,
		},
	},
	{
		name:   "examples/hostile-names",
		load:   func() (*casefile.Case, error) { return casefile.LoadDir("../examples/hostile-names") },
		counts: "10 people, 9 organizations, 8 sources, 26 events, 8 claims, 9 relations",
		statuses: map[string]casefile.Status{
			"about-people-only":             casefile.StatusStated,
			"alleged-declined":              casefile.StatusAlleged,
			"alleged-no-responses":          casefile.StatusAlleged,
			"confirmed-by-court":            casefile.StatusConfirmed,
			"confirmed-by-support":          casefile.StatusConfirmed,
			"disputed-denied":               casefile.StatusDisputed,
			"disputed-despite-confirmation": casefile.StatusContested,
			"partly-confirmed":              casefile.StatusPartlyConfirmed,
		},
	},
}

func TestCasesLoad(t *testing.T) {
	for _, w := range cases {
		t.Run(w.name, func(t *testing.T) {
			c, err := w.load()
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			if got := c.Counts().String(); got != w.counts {
				t.Errorf("counts = %q, want %q", got, w.counts)
			}
			got := map[string]casefile.Status{}
			for _, cl := range c.Claims {
				got[cl.ID] = cl.Status
			}
			for id, want := range w.statuses {
				if got[id] != want {
					t.Errorf("claim %s: status %q, want %q", id, got[id], want)
				}
			}
			if len(got) != len(w.statuses) {
				t.Errorf("%d claims, the test knows %d: add the new ones with their status", len(got), len(w.statuses))
			}
		})
	}
}

// TestSeedIsSourced holds the seed case to its own standard: every event
// and claim cites a source, every response too, every source is dated, and
// every claim has claimants.
func TestSeedIsSourced(t *testing.T) {
	c := testcase.Seed(t)
	if c.Meta.Title == "" || c.Meta.Language != "en" {
		t.Errorf("case meta: title %q, language %q; want a title and language en", c.Meta.Title, c.Meta.Language)
	}
	for _, e := range c.Events {
		if len(e.Sources) == 0 {
			t.Errorf("event %s cites no source", e.ID)
		}
		if e.Reported.IsZero() {
			t.Errorf("event %s has no reported date", e.ID)
		}
	}
	for _, cl := range c.Claims {
		if len(cl.Claimants) == 0 {
			t.Errorf("claim %s names no claimant", cl.ID)
		}
		for i, r := range cl.Responses {
			if len(r.Sources) == 0 {
				t.Errorf("claim %s response %d (%s) cites no source", cl.ID, i, r.Who)
			}
		}
	}
	for _, s := range c.Sources {
		if s.Date.IsZero() {
			t.Errorf("source %s is undated", s.ID)
		}
	}
}

// TestSeedHasNoWarnings: the seed case validates without a warning (every
// relation cites a source), and the leaders' roles, sourced from the day
// each began, stay in as-of views from then on: in one of 1 March 2023,
// before the case's reports, all five; in one of February 2021, the three
// that had begun.
func TestSeedHasNoWarnings(t *testing.T) {
	c := testcase.Seed(t)
	for _, w := range c.Warnings() {
		t.Errorf("warning: %v", w)
	}
	leaders := []string{
		"justin-trudeau prime-minister-of government-of-canada",
		"justin-trudeau leader-of liberal-party",
		"jagmeet-singh leader-of ndp",
		"yves-francois-blanchet leader-of bloc-quebecois",
		"pierre-poilievre leader-of conservative-party",
	}
	for _, tc := range []struct {
		asOf string
		want []string
	}{
		{"2023-03-01", leaders},
		{"2021-02", leaders[:4]},
		{"2014", leaders[1:2]},
	} {
		d, err := edtf.Parse(tc.asOf)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range c.AsOf(d).Relations {
			if rel := r.From + " " + r.Type + " " + r.To; slices.Contains(leaders, rel) {
				got = append(got, rel)
			}
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("as of %s: leaders' relations %q, want %q", tc.asOf, got, want)
		}
	}
}

// TestSeedStory pins the facts the seed case exists to show.
func TestSeedStory(t *testing.T) {
	c := testcase.Seed(t)
	dates := map[string]string{}
	for _, e := range c.Events {
		dates[e.ID] = e.Date.String()
	}
	for id, want := range map[string]string{
		"meng-wanzhou-arrested":      "2018-12-01",
		"two-michaels-detained":      "2018-12-10",
		"csis-probe-of-han-dong":     "2019-22",
		"dong-elected":               "2019-10-21",
		"dong-han-tao-conversation":  "2021-02",
		"two-michaels-released":      "2021-09-24",
		"johnston-named-rapporteur":  "2023-03-15",
		"dong-emails-statement":      "2023-03-21",
		"dong-leaves-liberal-caucus": "2023-03-22",
	} {
		if dates[id] != want {
			t.Errorf("event %s date %q, want %q", id, dates[id], want)
		}
	}
	var rels []string
	for _, r := range c.Relations {
		rels = append(rels, fmt.Sprintf("%s %s %s %s", r.From, r.Type, r.To, r.Date))
	}
	for _, want := range []string{
		"han-dong member-of liberal-caucus 2019-10-21/2023-03-22",
		"michael-kovrig detained-by prc-government 2018-12-10/2021-09-24",
		"michael-spavor detained-by prc-government 2018-12-10/2021-09-24",
		"han-tao consul-general-of chinese-consulate-toronto ",
		"alison-murphy spokesperson-for pmo ",
	} {
		if !slices.Contains(rels, want) {
			t.Errorf("no relation %q among %q", want, rels)
		}
	}
	var anon *casefile.Claimant
	for _, cl := range c.Claims {
		if cl.ID == "dong-advised-delaying-release" && len(cl.Claimants) == 1 {
			anon = &cl.Claimants[0]
		}
	}
	if anon == nil || anon.Anonymous != "national security sources" || anon.Count != 2 {
		t.Errorf("dong-advised-delaying-release claimant = %+v, want 2 anonymous national security sources", anon)
	}
}

// TestSchemaLines checks that every case file in the repository starts with
// a yaml-language-server line whose relative path reaches the schema.
func TestSchemaLines(t *testing.T) {
	const prefix = "# yaml-language-server: $schema="
	n := 0
	for _, root := range []string{".", "../examples"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") && p != root {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || (path.Ext(name) != ".yaml" && path.Ext(name) != ".yml") {
				return nil
			}
			n++
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			defer f.Close()
			line, _ := bufio.NewReader(f).ReadString('\n')
			line = strings.TrimRight(line, "\r\n")
			rel, ok := strings.CutPrefix(line, prefix)
			if !ok {
				t.Errorf("%s: first line %q, want %q and the relative path to casefile/schema.json", p, line, prefix)
				return nil
			}
			target := filepath.Join(filepath.Dir(p), filepath.FromSlash(rel))
			want := filepath.Join("..", "casefile", "schema.json")
			if filepath.Clean(target) != want {
				t.Errorf("%s: schema path %q leads to %s, not %s", p, rel, target, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 20 {
		t.Errorf("found %d case files; the walk missed some", n)
	}
}
