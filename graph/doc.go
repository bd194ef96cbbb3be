// Package graph builds the graph of a case: people, organizations, events,
// claims and sources are vertices of a dominikbraun/graph graph, joined by
// typed edges (participant, claimant, about, response, cites, published-by,
// authored-by, relation, parent). It answers the questions researchers ask of
// a case: the neighbourhood of a record to a given depth, the shortest chain
// between two records, and the connected components.
package graph
