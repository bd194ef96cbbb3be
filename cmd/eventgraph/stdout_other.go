//go:build !linux

package main

// stdoutClosed cannot tell a closed standard output here.
func stdoutClosed() bool { return false }
