// Package archtest holds no code of its own: its test enforces the pipeline
// of docs/architecture.md, that each package imports only the packages of
// the stages before it (no model or layout package importing a renderer,
// casefile never importing graph, nothing importing internal/cli, and only
// diagram importing go-graphviz).
package archtest
