package casefile

import "testing"

// TestDatesReadAsText checks that dates are read from the source text, not
// from what YAML makes of it (a timestamp, a number).
func TestDatesReadAsText(t *testing.T) {
	for _, date := range []string{
		"2021-02-15", "-0044", "-0044-03-15", "2021", "0121", "2019-21", "201X", "2021-XX",
		"1985-04-12T23:20:30Z", "2023-03-22T21:30-04:00", "2018-12-10/2021-09-24", "2023-03-22/..", "../2019", "/2019",
		"2019?", "2019~", "2019%", "Y170000002",
	} {
		for _, quote := range []string{"", `"`, "'"} {
			text := "events:\n  - id: e\n    title: E\n    date: " + quote + date + quote + "\n"
			c, err := loadFiles(t, map[string]string{"e.yaml": text})
			if err != nil {
				t.Errorf("date %s%s%s: %v", quote, date, quote, err)
				continue
			}
			if got := c.Event("e").Date.String(); got != date {
				t.Errorf("date %s%s%s read as %s", quote, date, quote, got)
			}
		}
	}
}

// TestCaseBlocks checks that a case has at most one "case" block, across
// files too.
func TestCaseBlocks(t *testing.T) {
	_, err := loadFiles(t, map[string]string{
		"a.yaml":   "case:\n  title: A\n",
		"b/c.yaml": "people: []\n---\ncase:\n  title: B\n",
	})
	want := `b/c.yaml:4:3: a case has one "case" block, and it is already given at a.yaml:2:3`
	if got := errText(err); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	c, err := loadFiles(t, map[string]string{"z.yaml": "case:\n  title: Z\n  language: fr-CA\n", "a.yaml": "people: []\n"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Meta.Title != "Z" || c.Meta.Language != "fr-CA" || c.Meta.Pos.String() != "z.yaml:2:3" {
		t.Errorf("Meta = %+v", c.Meta)
	}
}
