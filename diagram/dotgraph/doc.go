// Package dotgraph is a small model of the DOT language (a graph with its
// default node and edge attributes, nodes, edges and subgraphs, each with
// attributes) and its one writer.
//
// The writer is the only place that quotes and escapes: every node name,
// subgraph name and string value goes through Quote, so that no text of a
// case file can end a string, open a statement or expand one of
// Graphviz's escapes (\N, \G, \E, \l, ...). HTML-like values are markup that
// the caller builds from text escaped with EscapeHTML. The output is
// deterministic: statements in the order they were added, attributes in
// the order given, numbers with at most two decimals.
package dotgraph
