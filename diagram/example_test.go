package diagram_test

import (
	"bytes"
	"context"
	"fmt"
	"log"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// The whole pipeline: load a case, build its graph, choose what to draw
// (the records within one tie of one person), and draw it as an SVG ready
// to embed.
func ExampleDrawSVG() {
	c, err := casefile.Load(data.FS, data.SeedCase)
	if err != nil {
		log.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		log.Fatal(err)
	}
	view, err := diagram.Ego(g, "han-tao", 1, diagram.DefaultKinds)
	if err != nil {
		log.Fatal(err)
	}
	svg, err := diagram.DrawSVG(context.Background(), view, diagram.Options{
		Subtitle: "Han Tao and what is said about him", IDPrefix: "fig1",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Contains(svg, []byte(`role="img" aria-labelledby="fig1-title fig1-desc"`)))
	fmt.Println(bytes.Contains(svg, []byte("DISPUTED")))
	// Output:
	// true
	// true
}

// A view is any subgraph the caller chooses with graph's queries: here the
// records two steps from Han Dong as known on 21 March 2023, without
// sources, drawn people and organizations only (the events and claims
// between them folded into labelled ties), laid out into the drawing model.
func ExampleLayout() {
	c, err := casefile.Load(data.FS, data.SeedCase)
	if err != nil {
		log.Fatal(err)
	}
	g, err := graph.Build(c.AsOf(edtf.MustParse("2023-03-21")))
	if err != nil {
		log.Fatal(err)
	}
	ego, err := g.WithoutSources().Ego("han-dong", 2)
	if err != nil {
		log.Fatal(err)
	}
	view := diagram.View{Graph: ego, Focus: "han-dong", Depth: 2, Kinds: diagram.People | diagram.Organizations}
	s, err := diagram.Layout(context.Background(), view, diagram.Options{Direction: diagram.TB})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Title, s.Width > 0, s.Height > 0)
	// Output:
	// Han Dong, the Two Michaels and the Chinese consulate in Toronto true true
}

// Flags map onto Options with the Parse helpers.
func ExampleParseKinds() {
	k, err := diagram.ParseKinds("people, orgs")
	if err != nil {
		log.Fatal(err)
	}
	e, _ := diagram.ParseEngine("sfdp")
	fmt.Println(k, e)
	_, err = diagram.ParseKinds("vehicles")
	fmt.Println(err)
	// Output:
	// people,organizations sfdp
	// diagram: invalid option: unknown kind "vehicles": use a comma-separated list of people,organizations,events,claims,sources, or all
}
