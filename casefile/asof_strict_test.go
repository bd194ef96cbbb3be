package casefile

import (
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
)

// TestAsOfHidesEveryLaterDate filters the seed case and the full test case
// as of every day on which one of their dates begins or ends (and the day
// before), then walks the whole result: no date in it may reach past the
// as-of date (for an event's own date: may begin after it), and every
// claim's status and history must be those of that date.
func TestAsOfHidesEveryLaterDate(t *testing.T) {
	seed, err := LoadDir(filepath.Join("..", "data", "han-dong"))
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*Case{"seed": seed, "full": loadFull(t)} {
		days := probeDays(c)
		if len(days) < 10 {
			t.Fatalf("%s: only %d days to probe", name, len(days))
		}
		for _, day := range days {
			d := edtf.MustParse(day)
			out := c.AsOf(d)
			for _, p := range laterDates(out, d.Upper()) {
				t.Errorf("%s as of %s: %s", name, day, p)
			}
			if !out.AsOfDate().Upper().Equal(d.Upper()) {
				t.Errorf("%s as of %s: AsOfDate is %s", name, day, out.AsOfDate())
			}
			for _, cl := range out.Claims {
				if want := c.Claim(cl.ID).StatusOn(d); cl.Status != want {
					t.Errorf("%s as of %s: claim %s is %s, its history says %s", name, day, cl.ID, cl.Status, want)
				}
			}
			if err := out.Validate(); err != nil {
				t.Errorf("%s as of %s does not validate: %v", name, day, err)
			}
		}
	}
}

// laterDates lists every date of c that reaches past limit, each written
// "what: date".
func laterDates(c *Case, limit time.Time) []string {
	var bad []string
	late := func(what string, v edtf.Value) {
		if !v.IsZero() && v.Upper().After(limit) {
			bad = append(bad, what+": "+v.String())
		}
	}
	lateInterval := func(what string, v edtf.Value) {
		switch {
		case v.IsZero():
		case v.Lower().After(limit):
			bad = append(bad, what+" begins later: "+v.String())
		case v.IsInterval && v.End.Kind == edtf.BoundDate && v.End.Date.Upper().After(limit):
			bad = append(bad, what+" ends later: "+v.String())
		}
	}
	for _, s := range c.Sources {
		late("source "+s.ID, s.Date)
	}
	for _, e := range c.Events {
		late("event "+e.ID+" reported", e.Reported)
		lateInterval("event "+e.ID, e.Date)
	}
	for _, cl := range c.Claims {
		late("claim "+cl.ID+" made", cl.Made)
		for _, r := range cl.Responses {
			late("claim "+cl.ID+" response by "+r.Who, r.Date)
		}
		for _, h := range cl.History {
			late("claim "+cl.ID+" history "+string(h.Status), h.Date)
		}
	}
	for _, r := range c.Relations {
		if start, ok := startOf(r.Date); ok {
			late("relation "+r.From+" "+r.Type+" "+r.To+" start", start)
		}
		lateInterval("relation "+r.From+" "+r.Type+" "+r.To, r.Date)
	}
	return bad
}

// probeDays returns every day (years 1 to 9999) on which a date of c
// begins or ends, and the day before each, sorted.
func probeDays(c *Case) []string {
	set := map[string]bool{}
	add := func(v edtf.Value) {
		if v.IsZero() {
			return
		}
		for _, t := range []time.Time{v.Lower(), v.Upper()} {
			for _, d := range []time.Time{t, t.AddDate(0, 0, -1)} {
				if d.Year() >= 1 && d.Year() <= 9999 {
					set[d.UTC().Format("2006-01-02")] = true
				}
			}
		}
	}
	for _, s := range c.Sources {
		add(s.Date)
	}
	for _, e := range c.Events {
		add(e.Date)
		add(e.Reported)
	}
	for _, cl := range c.Claims {
		add(cl.Made)
		for _, r := range cl.Responses {
			add(r.Date)
		}
	}
	for _, r := range c.Relations {
		add(r.Date)
	}
	var days []string
	for d := range set {
		days = append(days, d)
	}
	sort.Strings(days)
	return days
}

// TestAsOfOpensLaterEnds pins the interval rules: an end not known by the
// as-of date becomes open ("since ..."), an open start with such an end
// leaves the relation undated, and the status follows the date.
func TestAsOfOpensLaterEnds(t *testing.T) {
	c, err := loadFiles(t, map[string]string{"c.yaml": `
people:
  - {id: ana, name: Ana}
  - {id: ben, name: Ben}
organizations:
  - {id: club, name: Club}
sources:
  - {id: s1, title: S1, date: 2019-01-05}
  - {id: s2, title: S2, date: 2022-06-01}
events:
  - {id: e1, title: E1, date: 2019-01-01/2022-05-01, sources: [s1]}
  - {id: e2, title: E2, date: 2019-01-01, sources: [s2]}
  - {id: e3, title: E3, date: 2019-01-01, reported: 2019-01-02}
claims:
  - id: c1
    statement: Ana ran the club.
    about: [ana]
    claimants: [ben]
    sources: [s1]
    responses:
      - {who: ana, stance: denies, date: 2019-02-01}
      - {who: ana, stance: confirms, date: 2022-06-01, sources: [s2]}
relations:
  - {from: ana, to: club, type: member-of, date: 2018/2022-05, sources: [s1]}
  - {from: ben, to: club, type: member-of, date: ../2022}
  - {from: ben, to: club, type: leader-of, date: 2019, sources: [s2]}
`})
	if err != nil {
		t.Fatal(err)
	}
	out := c.AsOf(edtf.MustParse("2021"))
	if got := out.Event("e1").Date.String(); got != "2019-01-01/.." {
		t.Errorf("event e1 as of 2021: %s, want 2019-01-01/..", got)
	}
	if got := out.Event("e1").Date.Label(); got != "since 1 Jan 2019" {
		t.Errorf("event e1 as of 2021 reads %q", got)
	}
	if out.Event("e2") != nil {
		t.Error("event e2, whose only source is of 2022, is kept as of 2021")
	}
	if out.Event("e3") == nil {
		t.Error("event e3, reported in 2019 with no sources, is dropped as of 2021")
	}
	var rels []string
	for _, r := range out.Relations {
		rels = append(rels, r.From+" "+r.Type+" "+r.Date.String())
	}
	want := []string{"ana member-of 2018/..", "ben member-of "}
	if len(rels) != len(want) || rels[0] != want[0] || rels[1] != want[1] {
		t.Errorf("relations as of 2021 = %q, want %q", rels, want)
	}
	cl := out.Claim("c1")
	if cl.Status != StatusDisputed || len(cl.Responses) != 1 || len(cl.History) != 2 {
		t.Errorf("claim as of 2021: %s, %d responses, history %v", cl.Status, len(cl.Responses), cl.History)
	}
	if got := c.Claim("c1").Status; got != StatusConfirmed {
		t.Errorf("claim now: %s, want confirmed", got)
	}
}
