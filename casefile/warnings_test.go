package casefile

import "testing"

// TestWarnings has one case for each warning, and a case with none.
func TestWarnings(t *testing.T) {
	head := "people:\n  - {id: ana, name: Ana}\norganizations:\n  - {id: paper, name: Paper}\nsources:\n  - {id: s1, title: S, date: 2021-05-02, publisher: paper}\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"none",
			"events:\n  - {id: e, title: E, date: 2021, participants: [ana], sources: [s1]}\n", ""},
		{"event and relation with no source",
			"events:\n  - {id: e, title: E, date: 2021, participants: [ana]}\nrelations:\n  - {from: ana, to: paper, type: works-for}\n",
			"b.yaml:2:5: warning: event \"e\" cites no source; add sources: [...] so that readers can check it\n" +
				"b.yaml:4:5: warning: relation ana works-for paper cites no source; add sources: [...] so that readers can check it"},
		{"source nobody can find, person and organization in no record",
			"sources:\n  - {id: s2, title: T, date: 2021}\npeople:\n  - {id: ben, name: Ben}\norganizations:\n  - {id: club, name: Club}\nevents:\n  - {id: e, title: E, date: 2021, participants: [ana], sources: [s1, s2]}\n",
			"b.yaml:2:5: warning: source \"s2\" has neither a url nor a publisher, so a reader cannot find it; add one of them\n" +
				"b.yaml:4:5: warning: person \"ben\" appears in no event, claim, relation or source; take part in one, or leave the person out\n" +
				"b.yaml:6:5: warning: organization \"club\" appears in no event, claim, relation, source or as a parent; take part in one, or leave it out"},
		{"claim answered before its sources",
			"claims:\n  - id: c\n    statement: S\n    about: [ana]\n    sources: [s1]\n    made: 2021-05-01\n    responses:\n      - {who: paper, stance: denies, date: 2021-05-01}\n",
			"b.yaml:2:5: warning: claim \"c\" was answered (2021-05-01) before any of its sources was published; cite the source in which the claim was first made, if there is one"},
		{"claim answered the day its source came out",
			"claims:\n  - id: c\n    statement: S\n    about: [ana]\n    sources: [s1]\n    responses:\n      - {who: paper, stance: denies, date: 2021-05-02}\n", ""},
	}
	for _, tt := range tests {
		c, err := loadFiles(t, map[string]string{"a.yaml": head, "b.yaml": tt.yaml})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := c.Warnings().Error(); got != tt.want {
			t.Errorf("%s: warnings\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
	if w := loadFull(t).AsOf(date(t, "2023")).Warnings(); w != nil {
		t.Errorf("an as-of view has warnings: %v", w)
	}
}
