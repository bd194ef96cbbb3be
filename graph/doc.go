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
// Build keeps its own compact adjacency, computed once, and every query runs
// on it: github.com/dominikbraun/graph is not a multigraph, rebuilds its
// adjacency map on every call, and costs several times Build on large cases.
// Library returns the graph as a dominikbraun/graph graph, built on first
// use, for the algorithms that library offers.
package graph
