//go:build !unix

package cputime

// Read returns zero: the process's use cannot be read on this system.
func Read() Usage { return Usage{} }
