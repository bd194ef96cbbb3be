package timeline_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/timeline"
)

// Lay out the seed case as it was known on 21 March 2023, with a lane for
// each of two actors, and check the result before drawing it.
func ExampleLayout() {
	c, err := casefile.Load(data.FS, data.SeedCase)
	if err != nil {
		log.Fatal(err)
	}
	lanes, err := timeline.ParseLanes("han-dong,global-news")
	if err != nil {
		log.Fatal(err)
	}
	scene, err := timeline.Layout(c, timeline.Options{Lanes: lanes, AsOf: edtf.MustParse("2023-03-21")})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(scene.Orientation, scene.Width)
	fmt.Println(scene.Subtitle[:26])
	fmt.Println(len(scene.Overlaps()), len(scene.OutOfBounds()))
	if _, err := json.Marshal(scene); err != nil {
		log.Fatal(err)
	}
	// Output:
	// horizontal 700
	// As known on 21 March 2023.
	// 0 0
}
