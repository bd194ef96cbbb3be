// Package archtest holds no code of its own: its tests enforce the pipeline
// of docs/architecture.md, that each package imports only the packages of
// the stages before it (no model or layout package importing a renderer,
// casefile never importing graph, nothing importing internal/cli, and only
// diagram importing go-graphviz), that no package exports a slice, map or
// channel variable that callers could change, and that the fuzz loop of
// .ci/run runs every fuzz target.
package archtest
