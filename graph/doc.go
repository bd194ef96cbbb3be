// Package graph builds the graph of a case: people, organizations, events,
// claims and sources (and the anonymous claimants of each claim) are
// vertices, joined by typed, directed edges (participant, claimant, about,
// response, cites, published-by, authored-by, relation, parent). It answers
// the questions researchers ask of a case: the neighbourhood of a record to
// a given depth (Neighbours, Ego), the shortest chain between two records
// (ShortestPath), and the connected components.
//
// Connectivity ignores direction: a person who denied a claim is as close to
// it as the person who made it. Several edges may join one pair of vertices
// (a claimant who also responds), and all are kept.
//
// Everything is deterministic: vertices are sorted by ID, edges by From, To,
// Kind, Label and position, searches expand vertices in ID order, and among
// equally short paths the same one is always chosen.
//
// Sources are vertices, so two events that cite the same article are two
// steps apart. That is rarely what "how is A connected to B" means, so
// WithoutSources returns the graph without them; run the queries on it to
// leave such links out. The choice is the caller's, made once for a whole
// set of queries, rather than a parameter of every query.
//
// Build keeps its own compact adjacency (sorted vertices, edges sorted by
// From and To, and the incident edges and neighbours of each vertex in two
// flat arrays), computed once. The vertices are kept in one block in ID
// order and their IDs side by side in one string, since every walk over
// the edges reads the IDs of their ends in random order (BenchmarkEdgeEnds).
// What writing an edge reads is laid out in the order of the edges: each
// edge holds its position (the file as a number) and its label (from a
// table of the distinct labels), and the IDs of its other end and of its
// sources are copied, edge after edge, into one string (layout.go), so a
// walk over the edges (AllEdges, the exports) reads memory in order
// instead of anywhere in the case (BenchmarkEdgeData). At 1,000,000 events
// the copies take some 230 MB. Library and
// Undirected present it as
// github.com/dominikbraun/graph graphs through a Store of this package
// that reads those arrays (store.go): the library's graph costs nothing to
// make, where copying a case of 100,000 events into the library's default
// store took seconds and gigabytes of allocation (BenchmarkLibraryDefaultStore). Use
// them for the library's algorithms this package does not offer
// (StronglyConnectedComponents, TopologicalSort, AllPathsBetween, ...).
//
// The queries of this package (ShortestPath, ShortestPaths, Neighbours,
// Ego, Components) run their own breadth-first searches on the compact
// adjacency, because the library's measured far beyond the targets (100 ms
// for a path at 100,000 events) and are not deterministic: every library
// algorithm first rebuilds a map of maps of the whole graph
// (AdjacencyMap), ShortestPath is a Dijkstra over that map, and BFS and
// ShortestPath range over maps, so among equal answers they pick a
// different one each run. Measured on a shared 2-core machine, 100,000
// events (about 220,000 vertices), go test -bench in this package:
//
//	                          this package     dominikbraun/graph
//	shortest path             21-32 ms         15-25 s
//	breadth-first search      0.05-0.08 ms     27 s (whole component; it
//	  (neighbours, depth 2)                    has no depth limit, #153)
//	connected components      98-153 ms        none (only strongly
//	                                           connected components)
//
// At 1,000 events the library's shortest path takes 7-28 ms, ours 0.2 ms.
package graph
