package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestBuildGraphAsOf checks that the diagram notes its as-of date in the
// timeline's words: before any subtitle, with the month in full.
func TestBuildGraphAsOf(t *testing.T) {
	c := testcase.Seed(t)
	for _, tc := range []struct {
		asOf, subtitle, want string
	}{
		{"2023-03-21", "", "As known on 21 March 2023"},
		{"2023-03-21", "Draft", "As known on 21 March 2023. Draft"},
		{"2019-22", "", "As known by the end of summer 2019"},
		{"2023-03", "", "As known by the end of March 2023"},
		{"", "Draft", "Draft"},
	} {
		var asOf edtf.Value
		if tc.asOf != "" {
			asOf = edtf.MustParse(tc.asOf)
		}
		o := diagram.Options{Subtitle: tc.subtitle}
		if _, err := buildGraph(asOfView(c, asOf), &o); err != nil {
			t.Fatalf("buildGraph(%s): %v", tc.asOf, err)
		}
		if o.Subtitle != tc.want {
			t.Errorf("buildGraph(%q, %q): subtitle %q, want %q", tc.asOf, tc.subtitle, o.Subtitle, tc.want)
		}
	}
}

// TestAsOfShowsNothingLater draws the bundled case as of 1 January 2021 with
// every command that takes --as-of: nothing from 2022 or 2023 (the case's
// later years) may appear, neither the end of Dong's caucus membership nor
// a later response, and each picture is headed by the as-of note.
func TestAsOfShowsNothingLater(t *testing.T) {
	dir := t.TempDir()
	later := regexp.MustCompile(`\b202[2-9]\b|Mar 2023|Feb 2023`)
	tags := regexp.MustCompile(`<[^>]*>`)
	check := func(what, text string) {
		t.Helper()
		// Only what a reader sees: coordinates may well read 2029.
		text = tags.ReplaceAllString(text, " ")
		if m := later.FindString(text); m != "" {
			i := strings.Index(text, m)
			t.Errorf("%s as of 2021-01-01 shows %q: …%s…", what, m, text[max(0, i-80):min(len(text), i+40)])
		}
		if !strings.Contains(text, "As known on 1 January 2021") {
			t.Errorf("%s as of 2021-01-01 lacks the as-of note", what)
		}
	}
	for _, cmd := range []string{"timeline", "diagram"} {
		r := runCLI(t, cmd, "--as-of", "2021-01-01", "-o", "-")
		if r.code != ExitOK {
			t.Fatalf("%s: exit %d: %s", cmd, r.code, r.stderr)
		}
		check(cmd, r.stdout)
	}
	if r := runCLI(t, "render", "--as-of", "2021-01-01", "-o", dir); r.code != ExitOK {
		t.Fatalf("render: exit %d: %s", r.code, r.stderr)
	}
	for _, name := range []string{"timeline.svg", "timeline-vertical.svg", "relations.svg"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		check("render "+name, string(b))
	}
}
