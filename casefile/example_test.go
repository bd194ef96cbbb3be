package casefile_test

import (
	"fmt"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

func ExampleLoad() {
	fsys := fstest.MapFS{
		"case/people.yaml": {Data: []byte(`
people:
  - id: han-dong
    name: Han Dong
organizations:
  - id: global-news
    name: Global News
    kind: media
sources:
  - id: gn-article
    title: Liberal MP Han Dong secretly advised Chinese diplomat
    date: 2023-03-22
    publisher: global-news
`)},
		"case/events/2021-02.yaml": {Data: []byte(`
events:
  - id: conversation
    title: Dong speaks with China's consul general
    date: 2021-02
    participants: [han-dong]
    sources: [gn-article]
claims:
  - id: advised-delay
    statement: Dong advised delaying the release of the two Michaels.
    about: [conversation]
    claimants: [{anonymous: national security sources, count: 2}]
    sources: [gn-article]
    responses:
      - {who: han-dong, stance: denies, date: 2023-03-22}
`)},
	}
	c, err := casefile.Load(fsys, "case")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Counts())
	e := c.Event("conversation")
	fmt.Println(e.Title, e.Date, "reported", e.Reported, "at", e.Pos)
	for _, cl := range c.ClaimsAbout("conversation") {
		fmt.Println(cl.ID, cl.Status, "made", cl.Made)
	}
	fmt.Println(c.AsOf(edtf.MustParse("2023-03-21")).Counts())
	// Output:
	// 1 person, 1 organization, 1 source, 1 event, 1 claim, 0 relations
	// Dong speaks with China's consul general 2021-02 reported 2023-03-22 at events/2021-02.yaml:3:5
	// advised-delay disputed made 2023-03-22
	// 1 person, 1 organization, 0 sources, 0 events, 0 claims, 0 relations
}

func ExampleLoad_errors() {
	fsys := fstest.MapFS{
		"events.yaml": {Data: []byte(`
events:
  - id: conversation
    titel: Dong speaks with Han Tao
    date: summer 2019
    participants: [han-dnog]
people:
  - id: han-dong
    name: Han Dong
`)},
	}
	_, err := casefile.Load(fsys, ".")
	fmt.Println(err)
	// Output:
	// events.yaml:3:5: event "conversation" is missing required field "title"
	// events.yaml:4:5: unknown field "titel" in event, did you mean "title"?
	// events.yaml:5:11: invalid date "summer 2019": EDTF writes it 2019-22
	// events.yaml:6:20: "participants" names unknown id "han-dnog", did you mean "han-dong"?
}
