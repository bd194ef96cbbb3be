package casefile

import (
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
)

// TestAsOf filters the full case at several dates and compares the result
// with golden dumps; every result must still validate.
func TestAsOf(t *testing.T) {
	tests := []struct{ date, golden string }{
		{"2023-03-21", "asof-2023-03-21.golden"},
		{"2023-03-22", "asof-2023-03-22.golden"},
		{"2023-03", "asof-2023-03.golden"},
		{"0100", "asof-0100.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			c := loadFull(t)
			before := dump(c)
			out := c.AsOf(edtf.MustParse(tt.date))
			golden(t, tt.golden, dump(out))
			if dump(c) != before {
				t.Error("AsOf changed the case it filtered")
			}
			if err := out.Validate(); err != nil {
				t.Errorf("the filtered case does not validate:\n%v", err)
			}
		})
	}
	c := loadFull(t)
	if got, want := dump(c.AsOf(edtf.Value{})), dump(c); got != want {
		t.Errorf("AsOf(zero) is not a copy:\n%s", got)
	}
}

// TestAsOfRules pins single decisions of AsOf: "surely public" compares
// latest instants, undated responses follow their sources.
func TestAsOfRules(t *testing.T) {
	c := loadFull(t)
	tests := []struct {
		date  string
		id    string
		kept  bool
		claim Status // the status of claim id when kept and a claim
	}{
		{"2023-03-20", "conversation", false, ""},
		{"2023-03-21", "conversation", true, ""},
		// hansard is dated 21:30 at UTC-4, which is 23 March in UTC.
		{"2023-03-22", "dong-leaves-caucus", false, ""},
		{"2023-03-23", "dong-leaves-caucus", true, ""},
		{"2023-03-22", "discussed-michaels", true, StatusStated},
		{"2023-03-23", "discussed-michaels", true, StatusPartlyConfirmed},
		{"2023-03-22", "advised-delay", true, StatusDisputed},
		// advised-delay was made on 21 March, but its only source is of 22 March.
		{"2023-03-21", "advised-delay", false, ""},
		{"2023-02", "far-future", false, ""},
		// reported in March 2023, but it had not begun: nothing later shows
		{"2023-03-31", "far-future", false, ""},
		{"Y170000003", "far-future", true, ""},
		{"2100", "talks", false, ""},
		{"2100", "han-dong", true, ""},
		{"0100", "ides-of-march", false, ""},
		{"0121", "ides-of-march", true, ""},
	}
	for _, tt := range tests {
		out := c.AsOf(edtf.MustParse(tt.date))
		if kept := out.Kind(tt.id) != ""; kept != tt.kept {
			t.Errorf("AsOf(%s): %s kept=%v, want %v", tt.date, tt.id, kept, tt.kept)
		}
		if cl := out.Claim(tt.id); cl != nil && cl.Status != tt.claim {
			t.Errorf("AsOf(%s): %s status %s, want %s", tt.date, tt.id, cl.Status, tt.claim)
		}
	}
}

func TestSubset(t *testing.T) {
	tests := []struct {
		ids    []string
		golden string
	}{
		{[]string{"advised-delay"}, "subset-advised-delay.golden"},
		{[]string{"chinese-consulate-toronto", "han-tao", "nobody"}, "subset-consulate.golden"},
		{[]string{"nobody"}, "subset-nothing.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			c := loadFull(t)
			before := dump(c)
			out := c.Subset(tt.ids)
			golden(t, tt.golden, dump(out))
			if dump(c) != before {
				t.Error("Subset changed the case it filtered")
			}
			if err := out.Validate(); err != nil {
				t.Errorf("the subset does not validate:\n%v", err)
			}
		})
	}
}

// TestValidate checks a case put together in Go.
func TestValidate(t *testing.T) {
	d := edtf.MustParse
	c := &Case{
		People:  []*Person{{ID: "p", Name: "P"}, {ID: "a", Name: "A"}},
		Sources: []*Source{{ID: "s2", Title: "S2", Date: d("2021-05")}, {ID: "s1", Title: "S1", Date: d("2021-03-02")}},
		Events:  []*Event{{ID: "e", Title: "E", Date: d("2021"), Sources: []string{"s2", "s1"}, Participants: []Participant{{Who: "p"}}}},
		Claims: []*Claim{{ID: "c", Statement: "S", About: []string{"e"}, Sources: []string{"s2"},
			Responses: []Response{{Who: "a", Stance: StanceConfirms}}}},
		Relations: []*Relation{{From: "p", To: "a", Type: "knows"}},
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	e, cl := c.Event("e"), c.Claim("c")
	if e.Reported.String() != "2021-03-02" || !e.ReportedDerived {
		t.Errorf("Reported = %s derived=%v, want 2021-03-02 derived", e.Reported, e.ReportedDerived)
	}
	if cl.Made.String() != "2021-05" || !cl.MadeDerived || cl.Status != StatusConfirmed {
		t.Errorf("Made = %s derived=%v status=%s", cl.Made, cl.MadeDerived, cl.Status)
	}
	if c.People[0].ID != "a" || c.Sources[0].ID != "s1" {
		t.Error("slices not sorted by ID")
	}

	bad := &Case{
		Meta:          Meta{Language: "english"},
		People:        []*Person{{ID: "Han Dong", Name: "H"}, {Name: "No ID"}, {ID: "x", Name: "X", Links: []string{"ftp://x"}}},
		Organizations: []*Organization{{ID: "o", Name: "O", Kind: "club", Parent: "o"}},
		Sources:       []*Source{{ID: "x", Title: "T", Kind: "blog"}},
		Events:        []*Event{{ID: "e", Participants: []Participant{{Who: "nobody"}, {}}}},
		Claims: []*Claim{{ID: "c", Claimants: []Claimant{{Who: "x", Anonymous: "y"}, {Anonymous: "z", Count: -1}},
			Responses: []Response{{Who: "o", Stance: "deny"}, {}}}},
		Relations: []*Relation{{From: "o", To: "o"}},
	}
	want := `"count" must be a whole number of at least 1, got -1
"participants" names unknown id "nobody"
a claimant is one of: named (who), a document (source) or anonymous, not several
a response needs "who" (a person or organization id) or "anonymous" (a description such as "people close to the firm")
claim "c" is missing required field "about"
claim "c" is missing required field "sources"
claim "c" is missing required field "statement"
duplicate id "x": already used by a person
event "e" is missing required field "date"
event "e" is missing required field "title"
invalid id "Han Dong": ids use lower-case letters, digits and hyphens, and start with a letter or digit; write "han-dong"
invalid language "english": write a BCP 47 tag such as "en" or "fr-CA"
invalid url "ftp://x": only http and https links are allowed, not ftp
organization parents form a cycle: o -> o; an organization cannot be its own ancestor
participant is missing required field "who"
person is missing required field "id"
relation is missing required field "type"
relation links "o" to itself; a relation needs two different ends
response is missing required field "stance"
source "x" is missing required field "date"
unknown organization kind "club"; use party, caucus, government, agency, legislature, diplomatic-mission, media, company, court, ngo or other
unknown source kind "blog", did you mean "book"?
unknown stance "deny", did you mean "denies"?`
	if got := errText(bad.Validate()); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
