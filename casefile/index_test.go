package casefile

import (
	"os"
	"strings"
	"testing"
)

// loadFull loads testdata/full.
func loadFull(t testing.TB) *Case {
	t.Helper()
	c, err := Load(os.DirFS("testdata"), "full")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// claimIDs returns the IDs of claims, joined with commas.
func claimIDs(cs []*Claim) string {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return strings.Join(ids, ",")
}

func TestIndex(t *testing.T) {
	c := loadFull(t)
	hand := &Case{People: c.People, Organizations: c.Organizations, Sources: c.Sources, Events: c.Events, Claims: c.Claims}
	tests := []struct {
		id     string
		kind   Kind
		name   string
		claims string
	}{
		{"han-dong", KindPerson, "Han Dong", "advised-delay"},
		{"global-news", KindOrganization, "Global News", ""},
		{"gn-article", KindSource, "Liberal MP Han Dong secretly advised Chinese diplomat", ""},
		{"conversation", KindEvent, "Dong speaks with Han Tao", "advised-delay,discussed-michaels"},
		{"advised-delay", KindClaim, "Dong advised Han Tao that Beijing should hold off freeing the two Michaels.", ""},
		{"nobody", "", "", ""},
		{"", "", "", ""},
	}
	// A loaded case is indexed; one put together by hand is scanned.
	for _, cs := range []*Case{c, hand} {
		for _, tt := range tests {
			if got := cs.Kind(tt.id); got != tt.kind {
				t.Errorf("Kind(%q) = %q, want %q", tt.id, got, tt.kind)
			}
			if got := cs.Name(tt.id); got != tt.name {
				t.Errorf("Name(%q) = %q, want %q", tt.id, got, tt.name)
			}
			if got := claimIDs(cs.ClaimsAbout(tt.id)); got != tt.claims {
				t.Errorf("ClaimsAbout(%q) = %q, want %q", tt.id, got, tt.claims)
			}
			found := map[Kind]bool{
				KindPerson:       cs.Person(tt.id) != nil,
				KindOrganization: cs.Organization(tt.id) != nil,
				KindSource:       cs.Source(tt.id) != nil,
				KindEvent:        cs.Event(tt.id) != nil,
				KindClaim:        cs.Claim(tt.id) != nil,
			}
			for k, ok := range found {
				if ok != (k == tt.kind) {
					t.Errorf("lookup of %q as %s: found=%v", tt.id, k, ok)
				}
			}
		}
	}
	// ClaimsAboutEvent lists for each event what ClaimsAbout lists for its
	// ID, from the index of a loaded case and by a scan of one by hand.
	for _, cs := range []*Case{c, hand} {
		got := map[string]string{}
		for i, e := range cs.Events {
			got[e.ID] = claimIDs(cs.ClaimsAboutEvent(i))
			if want := claimIDs(cs.ClaimsAbout(e.ID)); got[e.ID] != want {
				t.Errorf("ClaimsAboutEvent(%d) = %q, ClaimsAbout(%q) = %q", i, got[e.ID], e.ID, want)
			}
		}
		if got["conversation"] != "advised-delay,discussed-michaels" {
			t.Errorf("ClaimsAboutEvent of conversation = %q, want %q", got["conversation"], "advised-delay,discussed-michaels")
		}
	}
	var none *Case
	if none.Kind("x") != "" || none.Name("x") != "" || none.ClaimsAbout("x") != nil {
		t.Error("a nil *Case finds records")
	}
}

func TestCountsString(t *testing.T) {
	tests := []struct {
		k    Counts
		want string
	}{
		{Counts{12, 9, 7, 14, 5, 11}, "12 people, 9 organizations, 7 sources, 14 events, 5 claims, 11 relations"},
		{Counts{1, 1, 1, 1, 1, 1}, "1 person, 1 organization, 1 source, 1 event, 1 claim, 1 relation"},
		{Counts{}, "0 people, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
	}
	for _, tt := range tests {
		if got := tt.k.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.k, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		word       string
		candidates []string
		want       string
	}{
		{"titel", eventFields, "title"},
		{"Title", eventFields, "title"},
		{"partcipants", eventFields, "participants"},
		{"source", eventFields, "sources"},
		{"deny", stanceNames(), "denies"},
		{"confirm", stanceNames(), "confirms"},
		{"partie", OrganizationKinds[:], "party"},
		{"birthday", personFields, ""},
		{"x", personFields, ""},
		{"han-dnog", []string{"han-dong", "han-tao"}, "han-dong"},
		{"zzz", []string{"han-dong", "han-tao"}, ""},
	}
	for _, tt := range tests {
		if got := suggest(tt.word, tt.candidates); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	dist := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "abc", 3}, {"titel", "title", 1}, {"kitten", "sitting", 3}, {"héllo", "hello", 1},
	}
	for _, tt := range dist {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSlugAndID(t *testing.T) {
	tests := []struct{ in, slug string }{
		{"Han Dong", "han-dong"},
		{"  Global News (Canada) ", "global-news-canada"},
		{"--", ""},
		{"ÉLAN", "lan"},
		{"a_b", "a-b"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.slug {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
		if validID(tt.in) {
			t.Errorf("validID(%q) = true", tt.in)
		}
	}
	for _, id := range []string{"a", "0", "han-dong", "2021-02-conversation", "a--b", "a-"} {
		if !validID(id) {
			t.Errorf("validID(%q) = false", id)
		}
	}
	for _, id := range []string{"", "-a", "A", "a_b", "a b", "é"} {
		if validID(id) {
			t.Errorf("validID(%q) = true", id)
		}
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Error("empty list: Err() != nil")
	}
	l.Add(Pos{File: "b.yaml", Line: 2, Col: 1}, "second %s", "file")
	l.Add(Pos{File: "a.yaml", Line: 10, Col: 3}, "b")
	l.Add(Pos{File: "a.yaml", Line: 10, Col: 3}, "a")
	l.Add(Pos{File: "a.yaml", Line: 9, Col: 30}, "earlier line")
	l.Add(Pos{File: "a.yaml"}, "whole file")
	l.Add(Pos{}, "no position")
	l.Sort()
	want := "no position\na.yaml: whole file\na.yaml:9:30: earlier line\na.yaml:10:3: a\na.yaml:10:3: b\nb.yaml:2:1: second file"
	if got := l.Err().Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
