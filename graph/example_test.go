package graph_test

import (
	"fmt"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

// minimal is the small case of docs/format.md.
const minimal = `case:
  title: A council vote and a leaked memo
  description: >-
    A small made-up case showing every kind of record: a councillor is said
    to have seen a memo before a vote, and denies it.
  language: en

people:
  - id: ana-lima
    name: Ana Lima
    description: City councillor.
  - id: ben-okafor
    name: Ben Okafor
    description: Reporter at the Riverton Ledger.
  - id: carla-singh
    name: Carla Singh
    description: Mayor of Riverton.

organizations:
  - id: riverton-council
    name: Riverton City Council
    kind: legislature
  - id: riverton-ledger
    name: Riverton Ledger
    kind: media

sources:
  - id: ledger-2024-05-03
    title: Councillor saw transit memo before vote, sources say
    date: 2024-05-03
    publisher: riverton-ledger
    authors: [ben-okafor]
    url: https://ledger.example/2024/05/03/transit-memo
    kind: article
  - id: lima-statement-2024-05-03
    title: Statement by Councillor Ana Lima
    date: 2024-05-03
    authors: [ana-lima]
    kind: statement

events:
  - id: transit-vote
    title: Council votes on the transit contract
    date: 2024-04-16
    place: Riverton City Hall
    participants:
      - {who: riverton-council, role: voted}
      - {who: ana-lima, role: voted in favour}
      - {who: carla-singh, role: chaired}
    sources: [ledger-2024-05-03]
  - id: memo-report
    title: The Ledger reports on the transit memo
    date: 2024-05-03
    participants: [ben-okafor, riverton-ledger]
    sources: [ledger-2024-05-03]

claims:
  - id: lima-saw-memo
    statement: Ana Lima saw the transit memo before the vote.
    about: [transit-vote, ana-lima]
    claimants: [{anonymous: council staff, count: 2}]
    sources: [ledger-2024-05-03]
    responses:
      - who: ana-lima
        stance: denies
        date: 2024-05-03
        quote: I saw no memo before the vote.
        sources: [lima-statement-2024-05-03]

relations:
  - from: ana-lima
    to: riverton-council
    type: member-of
    date: 2022-11/..
  - from: carla-singh
    to: riverton-council
    type: leader-of
  - from: ben-okafor
    to: riverton-ledger
    type: reporter-for
`

// load builds the graph of the minimal case.
func load() *graph.Graph {
	c, err := casefile.Load(fstest.MapFS{"case.yaml": {Data: []byte(minimal)}}, ".")
	if err != nil {
		panic(err)
	}
	g, err := graph.Build(c)
	if err != nil {
		panic(err)
	}
	return g
}

func ExampleBuild() {
	g := load()
	fmt.Println(g.Order(), "vertices,", g.EdgeCount(), "edges")
	for _, e := range g.EdgesOf("lima-saw-memo") {
		line := fmt.Sprint(e.From, " ", e.Kind, " ", e.To)
		if e.Label != "" {
			line += " (" + e.Label + ")"
		}
		fmt.Println(line)
	}
	v, _ := g.Vertex("lima-saw-memo~anonymous-1")
	fmt.Println(v.Kind, v.Label)
	// Output:
	// 11 vertices, 19 edges
	// ana-lima response lima-saw-memo (denies)
	// lima-saw-memo about ana-lima
	// lima-saw-memo cites ledger-2024-05-03
	// lima-saw-memo cites lima-statement-2024-05-03
	// lima-saw-memo about transit-vote
	// lima-saw-memo~anonymous-1 claimant lima-saw-memo
	// anonymous 2 council staff
}

func ExampleGraph_Neighbours() {
	g := load()
	hops, err := g.Neighbours("ana-lima", 1)
	if err != nil {
		panic(err)
	}
	for _, h := range hops {
		fmt.Println(h.Depth, h.ID)
	}
	_, err = g.Neighbours("ana-lim", 1)
	fmt.Println(err)
	// Output:
	// 0 ana-lima
	// 1 lima-saw-memo
	// 1 lima-statement-2024-05-03
	// 1 riverton-council
	// 1 transit-vote
	// graph: unknown record "ana-lim", did you mean "ana-lima"?
}

func ExampleGraph_ShortestPath() {
	g := load()
	p, err := g.ShortestPath("carla-singh", "ben-okafor")
	if err != nil {
		panic(err)
	}
	for i, e := range p.Edges {
		fmt.Printf("%s to %s: %s %s %s\n", p.IDs[i], p.IDs[i+1], e.From, e.Kind, e.To)
	}
	// Output:
	// carla-singh to transit-vote: carla-singh participant transit-vote
	// transit-vote to ledger-2024-05-03: transit-vote cites ledger-2024-05-03
	// ledger-2024-05-03 to ben-okafor: ledger-2024-05-03 authored-by ben-okafor
}

func ExampleGraph_WithoutSources() {
	g := load()
	p, err := g.WithoutSources().ShortestPath("transit-vote", "memo-report")
	fmt.Println(p.IDs, err)
	for _, c := range g.WithoutSources().Components() {
		fmt.Println(c)
	}
	// Output:
	// [] graph: no path from "transit-vote" to "memo-report": they are in different components
	// [ana-lima carla-singh lima-saw-memo lima-saw-memo~anonymous-1 riverton-council transit-vote]
	// [ben-okafor memo-report riverton-ledger]
}
