package diagram_test

import (
	"bytes"
	"context"
	"fmt"
	"log"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/graph"
)

// The whole pipeline: load a case, build its graph, draw the ego network
// of one person as an SVG ready to embed.
func ExampleRenderSVG() {
	c, err := casefile.Load(data.FS, data.SeedCase)
	if err != nil {
		log.Fatal(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		log.Fatal(err)
	}
	svg, err := diagram.RenderSVG(context.Background(), g, diagram.Options{
		Focus: "han-tao", Depth: 1, Subtitle: "Han Tao and what is said about him", IDPrefix: "fig1",
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
