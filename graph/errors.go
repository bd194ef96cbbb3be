package graph

import "errors"

// Errors returned by Build and the queries; test for them with errors.Is.
var (
	// ErrUnknownRecord: an ID that names no vertex of the graph.
	ErrUnknownRecord = errors.New("graph: unknown record")
	// ErrNoPath: two records that no chain of edges joins.
	ErrNoPath = errors.New("graph: no path")
	// ErrPathOptions: path options that cannot be met (an end avoided).
	ErrPathOptions = errors.New("graph: invalid path options")
	// ErrDepth: a negative neighbourhood depth.
	ErrDepth = errors.New("graph: invalid depth")
	// ErrInvalidCase: a case that Build cannot turn into a graph (nil, a
	// duplicate ID, a reference to a missing record). casefile.Load never
	// returns such a case; hand-built ones can be.
	ErrInvalidCase = errors.New("graph: invalid case")
)
