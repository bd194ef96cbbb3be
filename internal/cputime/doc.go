// Package cputime reads the processor time the process has used, so that
// benchmarks can report CPU seconds per operation beside wall time, which a
// shared machine distorts.
package cputime
