//go:build !unix

package cputime

import "time"

// Process returns 0: the processor time cannot be read on this system.
func Process() time.Duration { return 0 }

// Read returns zero: the process's use cannot be read on this system.
func Read() Usage { return Usage{} }
