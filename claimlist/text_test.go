package claimlist

import (
	"reflect"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		text string
		cols int
		want []string
	}{
		{"", 20, []string{""}},
		{"one two three four", 10, []string{"one two", "three four"}},
		{"abcdefghijklmnopqrstuvwxyz", 10, []string{"abcdefghij", "klmnopqrst", "uvwxyz"}},
		{"中华人民共和国驻多伦多总领事馆 x", 10, []string{"中华人民共", "和国驻多伦", "多总领事馆", "x"}},
		{"a  b\tc", 10, []string{"a b c"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.text, tt.cols); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.text, tt.cols, got, tt.want)
		}
		for _, l := range wrap(tt.text, tt.cols) {
			if cellWidth(l) > tt.cols {
				t.Errorf("wrap(%q, %d): line %q is %d columns", tt.text, tt.cols, l, cellWidth(l))
			}
		}
	}
}

func TestCellWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"Han Dong", 8},
		{"董晗鹏", 6},
		{"Zoe\u0301", 3},
		{"\u202eabc", 3},
	}
	for _, tt := range tests {
		if got := cellWidth(tt.s); got != tt.want {
			t.Errorf("cellWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestCleanAndSafe(t *testing.T) {
	if got := clean("a\x1b[31mred\x07\nnext\u2028line"); got != "a [31mred next line" {
		t.Errorf("clean = %q", got)
	}
	for in, want := range map[string]string{"=SUM(A1)": "'=SUM(A1)", "+1": "'+1", "-2": "'-2", "@x": "'@x", "plain": "plain", "": ""} {
		if got := safe(in); got != want {
			t.Errorf("safe(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseStatuses(t *testing.T) {
	got, err := ParseStatuses("disputed, contested,,")
	if err != nil || !reflect.DeepEqual(got, []casefile.Status{casefile.StatusDisputed, casefile.StatusContested}) {
		t.Errorf("ParseStatuses = %v, %v", got, err)
	}
	if _, err := ParseStatuses("confimred"); err == nil || !strings.Contains(err.Error(), `did you mean "confirmed"?`) {
		t.Errorf("ParseStatuses(confimred) error = %v", err)
	}
}

func TestSelectOrderAndFilters(t *testing.T) {
	c := &casefile.Case{
		People:  []*casefile.Person{{ID: "ana", Name: "Ana"}, {ID: "ben", Name: "Ben"}},
		Sources: []*casefile.Source{{ID: "s1", Title: "S1", Date: mustDate("2020-01-01")}, {ID: "s2", Title: "S2", Date: mustDate("2019-01-01")}},
		Claims: []*casefile.Claim{
			{ID: "a-late", Statement: "x", About: []string{"ana"}, Sources: []string{"s1"}, Claimants: []casefile.Claimant{{Who: "ben"}}},
			{ID: "b-early", Statement: "y", About: []string{"ben"}, Sources: []string{"s2"},
				Responses: []casefile.Response{{Who: "ana", Stance: casefile.StanceDenies}}},
		},
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	ids := func(f Filter) string {
		var out []string
		for _, cl := range Select(c, f) {
			out = append(out, cl.ID)
		}
		return strings.Join(out, ",")
	}
	for _, tt := range []struct {
		f    Filter
		want string
	}{
		{Filter{}, "b-early,a-late"},
		{Filter{By: []string{"ana"}}, "b-early"},
		{Filter{By: []string{"ben"}}, "a-late"},
		{Filter{About: []string{"ana"}}, "a-late"},
		{Filter{Statuses: []casefile.Status{casefile.StatusStated}}, "a-late"},
		{Filter{Statuses: []casefile.Status{casefile.StatusDisputed}, By: []string{"ben"}}, ""},
	} {
		if got := ids(tt.f); got != tt.want {
			t.Errorf("Select(%+v) = %s, want %s", tt.f, got, tt.want)
		}
	}
}

// mustDate parses an EDTF date for a test.
func mustDate(s string) edtf.Value { return edtf.MustParse(s) }
