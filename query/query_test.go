package query

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func seedGraph(t testing.TB) *graph.Graph {
	t.Helper()
	g, err := graph.Build(testcase.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func via(t testing.TB, s string) []casefile.Kind {
	t.Helper()
	k, err := ParseKinds(s)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestGolden writes every query of the bundled case in every format.
func TestGolden(t *testing.T) {
	g := seedGraph(t)
	results := map[string]func() (Result, error){
		"path-dong-kovrig": func() (Result, error) {
			return Paths(g, "han-dong", "michael-kovrig", PathOptions{K: 3, Via: via(t, DefaultVia)})
		},
		"path-avoid": func() (Result, error) {
			return Paths(g, "han-dong", "justin-trudeau", PathOptions{K: 2, Avoid: []string{"liberal-caucus"}, Via: via(t, DefaultVia)})
		},
		"path-none": func() (Result, error) {
			return Paths(g, "han-dong", "han-tao", PathOptions{Via: via(t, "people")})
		},
		"neighbours-han-tao": func() (Result, error) { return Neighbours(g, "han-tao", 2, via(t, DefaultVia)) },
		"search-michaels":    func() (Result, error) { return Search(g, "two michaels", 0), nil },
		"cites-dong-statement": func() (Result, error) {
			return Cites(g, "dong-statement-2023-03-21")
		},
	}
	for name, f := range results {
		r, err := f()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, fm := range []Format{Text, JSON, CSV} {
			var b bytes.Buffer
			if err := Write(&b, r, fm); err != nil {
				t.Fatal(err)
			}
			ext := map[Format]string{Text: "txt", JSON: "json", CSV: "csv"}[fm]
			testcase.Golden(t, fmt.Sprintf("testdata/%s.%s", name, ext), b.Bytes(), *update)
		}
	}
}

func TestSearchFolding(t *testing.T) {
	c := &casefile.Case{
		People: []*casefile.Person{
			{ID: "ana", Name: "Ana Ménard", Aliases: []string{"ÁNA M."}},
			{ID: "bo", Name: "Bo Lindqvist", Description: "met Ana in Montréal"},
			{ID: "cy", Name: "Cy Menardi"},
		},
		Events: []*casefile.Event{{ID: "ev", Title: "Trip", Place: "Montreal", Tags: []string{"ménard-affair"}}},
	}
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		q    string
		want []string // id field score
	}{
		// a whole word in a name (10×3), a word's start in a name (10×2),
		// a whole word in a tag (6×3)
		{"menard", []string{"ana name 30", "cy name 20", "ev tag 18"}},
		{"MÉNARD", []string{"ana name 30", "cy name 20", "ev tag 18"}},
		// two whole words (30+30) and the whole name (10×4×2)
		{"  ana   menard ", []string{"ana name 140"}},
		// the whole place (6×4); a whole word in a description (3×3)
		{"montreal", []string{"ev place 24", "bo description 9"}},
		// "a" starts the name (20), "m." ends the alias (9×3), and "a m."
		// is inside the alias (9×1×2)
		{"á m.", []string{"ana alias 65"}},
		{"nobody", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range Search(g, tt.q, 0).Hits {
			got = append(got, fmt.Sprintf("%s %s %d", h.ID, h.Field, h.Score))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q):\n got %q\nwant %q", tt.q, got, tt.want)
		}
	}
	if hits := Search(g, "menard", 1).Hits; len(hits) != 1 || hits[0].ID != "ana" {
		t.Errorf("limit 1: %v", hits)
	}
}

func TestErrors(t *testing.T) {
	g := seedGraph(t)
	tests := []struct {
		name string
		err  error
		is   error
		want string
	}{
		{"unknown from", second(Paths(g, "han-dongg", "han-tao", PathOptions{})), graph.ErrUnknownRecord,
			`graph: unknown record "han-dongg", did you mean "han-dong"?`},
		{"unknown avoid", second(Paths(g, "han-dong", "han-tao", PathOptions{Avoid: []string{"han-toa"}})), graph.ErrUnknownRecord,
			`graph: unknown record "han-toa", did you mean "han-tao"?`},
		{"unknown neighbour", second(Neighbours(g, "han-to", 1, nil)), graph.ErrUnknownRecord,
			`graph: unknown record "han-to", did you mean "han-tao"?`},
		{"unknown source", second(Cites(g, "dong-statement-2023-03-12")), graph.ErrUnknownRecord,
			`graph: unknown record "dong-statement-2023-03-12", did you mean "dong-statement-2023-03-21"?`},
		{"not a source", second(Cites(g, "han-dong")), nil,
			`"han-dong" is a person, not a source: cites lists what rests on a source`},
	}
	for _, tt := range tests {
		if tt.err == nil || tt.err.Error() != tt.want || tt.is != nil && !errors.Is(tt.err, tt.is) {
			t.Errorf("%s: %v, want %q", tt.name, tt.err, tt.want)
		}
	}
	if _, err := ParseKinds("people,evnts"); err == nil ||
		err.Error() != `unknown kind "evnts", did you mean "events"? (kinds: people, organizations, events, claims, sources)` {
		t.Errorf("ParseKinds: %v", err)
	}
	if _, err := ParseFormat("xml"); err == nil || !strings.Contains(err.Error(), "text, json or csv") {
		t.Errorf("ParseFormat: %v", err)
	}
}

func second[T any](_ T, err error) error { return err }
