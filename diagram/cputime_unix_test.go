//go:build unix

package diagram

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system) used by this process
// (children false) or by its finished child processes (children true), or
// 0 where it cannot be read.
func cpuTime(children bool) time.Duration {
	who := syscall.RUSAGE_SELF
	if children {
		who = syscall.RUSAGE_CHILDREN
	}
	var ru syscall.Rusage
	if syscall.Getrusage(who, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
