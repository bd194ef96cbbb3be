//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Read returns the process's use so far; zero where it cannot be read.
func Read() Usage {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return Usage{}
	}
	return Usage{
		User:        time.Duration(ru.Utime.Nano()),
		System:      time.Duration(ru.Stime.Nano()),
		MinorFaults: int64(ru.Minflt),
		Preempted:   int64(ru.Nivcsw),
	}
}
