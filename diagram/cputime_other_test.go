//go:build !unix

package diagram

import "time"

// cpuTime returns 0: CPU time is read on Unix only.
func cpuTime(children bool) time.Duration { return 0 }
