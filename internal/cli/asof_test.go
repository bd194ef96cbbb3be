package cli

import (
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
		if _, err := buildGraph(c, asOf, &o); err != nil {
			t.Fatalf("buildGraph(%s): %v", tc.asOf, err)
		}
		if o.Subtitle != tc.want {
			t.Errorf("buildGraph(%q, %q): subtitle %q, want %q", tc.asOf, tc.subtitle, o.Subtitle, tc.want)
		}
	}
}
