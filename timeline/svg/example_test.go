package svg_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/svg"
)

// Lay out the seed case as a phone-sized vertical timeline and draw it in
// the print theme.
func Example() {
	c, err := casefile.Load(data.FS, data.SeedCase)
	if err != nil {
		log.Fatal(err)
	}
	scene, err := timeline.Layout(c, timeline.Options{Orientation: timeline.Vertical})
	if err != nil {
		log.Fatal(err)
	}
	var out bytes.Buffer
	if err := svg.Render(&out, scene, theme.Print()); err != nil {
		log.Fatal(err)
	}
	fmt.Println(scene.Width, len(scene.Overlaps()), bytes.HasPrefix(out.Bytes(), []byte("<svg ")))
	// Output: 360 0 true
}
