package cputime

import "time"

// Usage is what the process has used so far: processor time in user and
// in system (kernel) mode; minor page faults, the first touches of memory
// pages that the kernel had to provide (in a virtual machine each can cost
// tens of microseconds, counted as system time); and involuntary context
// switches, the times the system gave a processor of the process to
// another program (each leaves caches to be filled again).
type Usage struct {
	User, System time.Duration
	MinorFaults  int64
	Preempted    int64
}

// Sub returns what was used from before to u.
func (u Usage) Sub(before Usage) Usage {
	return Usage{u.User - before.User, u.System - before.System, u.MinorFaults - before.MinorFaults, u.Preempted - before.Preempted}
}

// CPU returns the processor time, user and system.
func (u Usage) CPU() time.Duration { return u.User + u.System }

// Process returns the CPU time (user and system) the process has used so
// far, or 0 where it cannot be read.
func Process() time.Duration { return Read().CPU() }
