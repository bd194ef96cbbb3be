// Package testcase is test support for eventgraph's own tests, not API: it
// loads the bundled seed case and synthetic cases once per test binary and
// compares output with golden files. Example functions document the public
// API and do not use it.
package testcase
