package diagram

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
)

// TestClaimLabelResponses checks that each response is written in its
// claim's box, in its stance's colour, and that response edges carry no
// label that could be read beside another claim.
func TestClaimLabelResponses(t *testing.T) {
	g := smallGraph(t)
	d, err := buildOf(g, opt{})
	if err != nil {
		t.Fatal(err)
	}
	n := d.node("secret")
	if n == nil {
		t.Fatal("claim secret is not drawn")
	}
	if want := []response{{casefile.StanceDenies, "Ann denies, 2 Mar 2021"}}; !slices.Equal(n.responses, want) {
		t.Errorf("responses = %q, want %q", n.responses, want)
	}
	th := theme.Light()
	p := newPainter(d, Whole(g, 0), Options{})
	lab := claimLabel(n, th.Disputed, th)
	want := `<FONT POINT-SIZE="11" COLOR="#a8427f"><B>DISPUTED</B></FONT><BR/><FONT POINT-SIZE="12">Ann told Bob a secret.</FONT><BR/>` +
		`<FONT POINT-SIZE="11" COLOR="#962d22"><I>Ann denies, 2 Mar 2021</I></FONT>`
	if lab.html != want {
		t.Errorf("label =\n%s\nwant\n%s", lab.html, want)
	}
	for i, e := range d.edges {
		if e.kind != edgeKind(graph.EdgeResponse) {
			continue
		}
		for _, a := range p.edgeAttrs(e, i+1) {
			if a.Key == "label" {
				t.Errorf("response edge %s -> %s has label %s", e.from, e.to, a.Value())
			}
		}
	}
}

// TestClaimLabelManyResponses checks that a claim lists at most
// maxResponseLines lines of responses, the last counting the rest.
func TestClaimLabelManyResponses(t *testing.T) {
	n := &node{kind: casefile.KindClaim, v: &graph.Vertex{Label: "X.", Claim: &casefile.Claim{}}}
	for _, who := range []string{"A", "B", "C", "D", "E", "F"} {
		n.responses = append(n.responses, response{casefile.StanceConfirms, who + " confirms"})
	}
	th := theme.Light()
	got := claimLabel(n, th.Confirmed, th).html
	for _, want := range []string{"A confirms", "B confirms", "C confirms", "and 3 more responses"} {
		if !strings.Contains(got, want) {
			t.Errorf("label lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "D confirms") {
		t.Errorf("label lists more than %d responses:\n%s", maxResponseLines, got)
	}
}

// TestClaimStatementUnquoted checks that a statement is not drawn in
// quotation marks and that a long one wraps onto claimLines lines and is
// cut at a word.
func TestClaimStatementUnquoted(t *testing.T) {
	long := "The Prime Minister's Office became aware that the conversation took place only after Dong told it, " +
		"following recent media questions, and Dong was at no time acting on behalf of anyone, which the office " +
		"later confirmed to three newspapers in separate statements over several weeks of coverage."
	n := &node{kind: casefile.KindClaim, v: &graph.Vertex{Label: long, Claim: &casefile.Claim{}}}
	th := theme.Light()
	got := claimLabel(n, th.Alleged, th).html
	if strings.ContainsAny(got, "“”") {
		t.Errorf("statement in quotation marks: %s", got)
	}
	ls := wrap(long, textSize, false, claimWrap, claimLines)
	want := []string{
		"The Prime Minister's Office",
		"became aware that the",
		"conversation took place only",
		"after Dong told it, following",
		"recent media questions, and",
		"Dong was at no time acting on",
		"behalf of anyone, which the",
		"office later confirmed to…",
	}
	if !slices.Equal(ls, want) {
		t.Errorf("lines:\n%q\nwant\n%q", ls, want)
	}
}

func TestWrapEllipsis(t *testing.T) {
	tests := []struct {
		in   string
		max  float64
		n    int
		want []string
	}{
		{"alpha beta gamma delta", 70, 1, []string{"alpha beta…"}},
		{"alpha beta, gamma delta", 70, 1, []string{"alpha beta…"}},
		{"Supercalifragilistic", 53, 1, []string{"Superc…"}},
		{"short", 100, 1, []string{"short"}},
		{"韩东韩东韩东韩东韩东", 40, 1, []string{"韩东…"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.in, textSize, false, tt.max, tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %g, %d) = %q, want %q", tt.in, tt.max, tt.n, got, tt.want)
		}
	}
}
