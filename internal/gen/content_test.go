package gen

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/casefile"
)

// TestContent checks, on a loaded case, the mix the package promises: dates
// in a sensible order, every stance and claim status, anonymous claimants,
// parents, long titles and non-Latin names.
func TestContent(t *testing.T) {
	c, err := casefile.Load(FS(Options{Events: 1000, Seed: 9}), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Events {
		if !e.Reported.IsZero() && e.Reported.Upper().Before(e.Date.Lower()) {
			t.Errorf("%s: reported %s before its date %s", e.ID, e.Reported, e.Date)
		}
		if len(e.Participants) < 1 || len(e.Participants) > 4 {
			t.Errorf("%s: %d participants", e.ID, len(e.Participants))
		}
	}
	stances := map[casefile.Stance]int{}
	statuses := map[casefile.Status]int{}
	anonymous, counted, named := 0, 0, 0
	for _, cl := range c.Claims {
		statuses[cl.Status]++
		for _, r := range cl.Responses {
			stances[r.Stance]++
			if !r.Date.Lower().After(cl.Made.Upper()) {
				t.Errorf("%s: response by %s dated %s, not after the claim was made (%s)", cl.ID, r.Who, r.Date, cl.Made)
			}
		}
		for _, a := range cl.Claimants {
			switch {
			case a.Who != "":
				named++
			case a.Count > 0:
				counted++
				fallthrough
			default:
				anonymous++
			}
		}
	}
	for _, s := range casefile.Stances {
		if stances[s] == 0 {
			t.Errorf("no response %s", s)
		}
	}
	for _, s := range []casefile.Status{casefile.StatusAlleged, casefile.StatusDisputed, casefile.StatusConfirmed, casefile.StatusPartlyConfirmed} {
		if statuses[s] == 0 {
			t.Errorf("no claim %s", s)
		}
	}
	if anonymous == 0 || counted == 0 || counted == anonymous || named == 0 {
		t.Errorf("claimants: %d named, %d anonymous of which %d counted", named, anonymous, counted)
	}
	parents := 0
	for _, o := range c.Organizations {
		if o.Parent != "" {
			parents++
		}
	}
	if parents == 0 {
		t.Error("no organization has a parent")
	}
	for _, s := range c.Sources {
		if s.Publisher == "" || s.URL == "" {
			t.Errorf("%s: publisher %q, url %q", s.ID, s.Publisher, s.URL)
		}
	}
	long, short := 0, 0
	for _, e := range c.Events {
		switch n := utf8.RuneCountInString(e.Title); {
		case n > 90:
			long++
		case n < 40:
			short++
		}
	}
	if long == 0 || short == 0 {
		t.Errorf("event titles: %d over 90 characters, %d under 40", long, short)
	}
	nonLatin := 0
	for _, p := range c.People {
		for _, r := range p.Name {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
				nonLatin++
				break
			}
		}
	}
	if nonLatin == 0 || nonLatin > len(c.People)/4 {
		t.Errorf("%d of %d people have non-Latin names", nonLatin, len(c.People))
	}
	typed := map[string]bool{}
	for _, r := range c.Relations {
		typed[r.Type] = true
	}
	if len(typed) < 5 {
		t.Errorf("only %d relation types", len(typed))
	}
}

func BenchmarkFiles(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Files(Options{Events: n, Seed: 1})
			}
		})
	}
}
