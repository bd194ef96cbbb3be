// Package diagram draws the relationship diagram of a case through Graphviz.
//
// The pipeline is two calls: DOT turns a *graph.Graph into deterministic DOT
// text of our own making (records sorted by ID, every user string escaped,
// stable node IDs), and Render lays that text out with go-graphviz (Graphviz
// compiled to WebAssembly) and writes SVG, PNG or laid-out DOT. RenderSVG
// does both and post-processes the SVG so that it can be embedded in an
// article unchanged: no generator comment, fluid width, role="img" with a
// <title> and <desc> tied by aria-labelledby, CSS classes per kind and claim
// status, and a <style> block carrying the theme (the light theme also
// carries the dark one under prefers-color-scheme: dark).
//
// # What is drawn
//
// People are rounded boxes, organizations folders (boxes with a tab), events
// notes carrying their date written for people ("Feb 2021", "summer 2019",
// "10 Dec 2018 – 24 Sep 2021"), sources plain grey boxes (only when
// Options.Kinds includes them) and anonymous claimant groups dashed
// ellipses ("2 national security sources"). A claim is an octagon whose
// outline is dashed or dotted by its status and whose label starts with a
// badge ("ALLEGED", "DISPUTED", "PARTLY CONFIRMED", "CONFIRMED"), so that
// no claim can be mistaken for an established fact even in greyscale.
// Participants are joined to events with their role as the edge label,
// relations carry their type and dates, claimants point at their claim, a
// claim points at what it is about (dashed like the claim), and each
// response is an edge labelled with its stance and date ("denies 21 Mar
// 2023") and dashed by stance. A legend drawn beside the diagram explains
// every mark that the diagram uses, and only those.
//
// # Views
//
// Options selects what part of the graph is drawn: the ego network of
// Options.Focus to Options.Depth, the shortest chain between
// Options.PathFrom and Options.PathTo (the chain highlighted, the rest
// omitted), and the kinds of record drawn (Options.Kinds). Events and claims
// left out of Kinds are folded into labelled edges between the records they
// join ("conversation, Feb 2021" between two participants; "alleges: …,
// DISPUTED" from a claimant to what the claim is about). Options.Cluster
// groups the members of an organization in a box.
//
// # Concurrency
//
// go-graphviz runs one WebAssembly module per process and is not safe for
// concurrent use, so Render serialises all Graphviz work behind one
// process-wide mutex. DOT and the SVG post-processing run concurrently.
package diagram
