// Command library shows eventgraph used as a Go library: it loads the
// bundled case, answers two questions a researcher asks of it (who denied
// what, and how two people are connected), writes the timeline as it
// was known on the day before the story broke, and draws the chain between
// the two people as a diagram: the program chooses what to draw with a
// graph query and passes that subgraph to the diagram.
//
//	go run ./examples/library -o before.svg -chain chain.svg
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/svg"
)

func main() {
	out := flag.String("o", "", "write the as-of timeline SVG to this file")
	chain := flag.String("chain", "", "write the diagram of the chain from Han Dong to Justin Trudeau to this SVG file")
	flag.Parse()
	if err := run(os.Stdout, *out, *chain); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer, out, chain string) error {
	c, err := casefile.Load(data.FS, data.SeedCase)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s\n%s\n\n", c.Meta.Title, c.Counts())

	// Who answered which claim, and how.
	for _, cl := range c.Claims {
		fmt.Fprintf(w, "[%s] %s\n", cl.Status, cl.Statement)
		for _, r := range cl.Responses {
			fmt.Fprintf(w, "    %s %s %s\n", c.Name(r.Who), r.Stance, r.Date)
		}
	}

	// How is the MP connected to the prime minister, sources aside?
	g, err := graph.Build(c)
	if err != nil {
		return err
	}
	people := g.WithoutSources()
	p, err := people.ShortestPath("han-dong", "justin-trudeau")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nHan Dong to Justin Trudeau in %d steps:\n", len(p.Edges))
	for i, e := range p.Edges {
		fmt.Fprintf(w, "    %s -[%s %s]- %s\n", c.Name(p.IDs[i]), e.Kind, e.Label, c.Name(p.IDs[i+1]))
	}

	if chain != "" {
		// The chain's records and the ties among them, the chain drawn
		// bold: the diagram draws whatever subgraph it is given.
		view := diagram.View{Graph: people.Induced(p.IDs), Path: &p}
		pic, err := diagram.DrawSVG(context.Background(), view, diagram.Options{Subtitle: "From the MP to the prime minister"})
		if err != nil {
			return err
		}
		if err := os.WriteFile(chain, pic, 0o644); err != nil {
			return err
		}
	}
	if out == "" {
		return nil
	}
	// The timeline as it was known on 21 March 2023.
	scene, err := timeline.Layout(c, timeline.Options{AsOf: edtf.MustParse("2023-03-21")})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := svg.Render(&buf, scene, theme.Light()); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
