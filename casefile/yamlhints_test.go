package casefile

import "testing"

// TestErrorsPeopleHit pins the errors of mistakes people make often: each
// at the right line and column, saying how to fix it.
func TestErrorsPeopleHit(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"colon in a plain title",
			"events:\n  - id: e\n    title: Dong: I never did\n    date: 2021\n",
			`a.yaml:3:12: invalid YAML: the value of "title" contains ": ", which YAML reads as the start of another key; put the value in quotes: title: "Dong: I never did"`},
		{"colon in a list item's statement",
			"claims:\n  - statement: He said: \"no\"\n    id: c\n",
			`a.yaml:2:16: invalid YAML: the value of "statement" contains ": ", which YAML reads as the start of another key; put the value in quotes: statement: "He said: \"no\""`},
		{"status on a claim",
			"people:\n  - {id: p, name: P}\nsources:\n  - {id: s, title: S, date: 2021}\nclaims:\n  - {id: c, statement: S, about: [p], sources: [s], status: confirmed}\n",
			`a.yaml:6:53: a claim's status is not written: it is derived from the responses (the latest stance of each responder; see "Claim status" in docs/format.md); remove "status" and record who answered how under "responses"`},
		{"control character",
			"people:\n  - id: p\n    name: \"Ana\x07\"\n",
			"a.yaml:3:15: invalid YAML: control character U+0007 here; YAML does not allow it: delete it (it is often pasted in from another program)"},
		{"C1 control character",
			"people:\n  - id: p\n    name: A\u0092na\n",
			"a.yaml:3:12: invalid YAML: control character U+0092 here; YAML does not allow it: delete it (it is often pasted in from another program)"},
		{"unknown id",
			"people:\n  - {id: han-dong, name: H}\nevents:\n  - {id: e, title: E, date: 2021, participants: [han-dnog]}\n",
			`a.yaml:4:50: "participants" names unknown id "han-dnog", did you mean "han-dong"?`},
	}
	for _, tt := range tests {
		_, err := loadFiles(t, map[string]string{"a.yaml": tt.yaml})
		if got := errText(err); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
