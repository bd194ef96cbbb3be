package diagram

import (
	"context"
	"encoding/json"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/scene/svg"
)

// FuzzDOT puts any text in every place a case file can put it into a
// diagram (a name, an event's title and a role, a claim's statement and a
// relation's type), then runs the whole pipeline: the DOT writer, Graphviz,
// the xdot reader and the drawing model, and the SVG backend. Text that the
// loader accepts must draw. (Each run lays out with Graphviz: slow, about
// one input a second; CI runs it briefly.)
func FuzzDOT(f *testing.F) {
	for _, s := range append(nastyTexts, "", "Han Dong", "a\nb", "\x00", "\u202eevil", "]]>", "&#x27;") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, _ := json.Marshal(s) // a JSON string is a YAML string
		src := `people:
  - {id: p, name: ` + string(q) + `}
  - {id: q, name: Q}
organizations:
  - {id: o, name: O}
sources:
  - {id: s, title: S, date: 2020-01-01}
events:
  - {id: e, title: ` + string(q) + `, date: 2020-02-03, participants: [{who: p, role: ` + string(q) + `}, q], sources: [s]}
claims:
  - {id: c, statement: ` + string(q) + `, about: [p], claimants: [q], sources: [s], responses: [{who: p, stance: denies, date: 2020-03-01}]}
relations:
  - {from: p, to: o, type: ` + string(q) + `, sources: [s]}
`
		c, err := casefile.Load(fstest.MapFS{"case/a.yaml": {Data: []byte(src)}}, "case")
		if err != nil {
			return // text the loader refuses never reaches a diagram
		}
		g, err := graph.Build(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []opt{{}, {Focus: "p"}, {Kinds: People | Organizations}} {
			s, err := layoutOf(context.Background(), g, o)
			if err != nil {
				t.Fatalf("%q: %v", src, err)
			}
			if _, err := svg.Bytes(s); err != nil {
				t.Fatalf("%q: SVG: %v", src, err)
			}
		}
	})
}
