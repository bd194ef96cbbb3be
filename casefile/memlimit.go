package casefile

import (
	"math"
	"os"
	"runtime/debug"
)

// The loaded model of a case takes some 2.6 times the size of its files
// (measured on generated cases of 10,000 to 1,000,000 events: 156 MB for
// the 60 MB of 100,000 events). Go's garbage collector lets the heap grow
// to twice what is live before it collects, which for a large case is
// gigabytes of garbage from the YAML parser held for nothing.
const (
	liveTimesFiles = 2.6
	// minHeadroom is the least room for garbage beyond the expected live
	// heap that a soft limit leaves.
	minHeadroom = 640 << 20
)

// softLimit returns the soft memory limit for loading a case whose files
// hold size bytes, or 0 when the garbage collector's own target is lower
// anyway: the expected live heap, and room for garbage of a quarter of
// it, at least minHeadroom. Cases under some 250 MB of files (250,000
// generated events) are left alone; above that the collector runs more
// often as the heap nears the limit, for a little more CPU time.
func softLimit(size int64) int64 {
	live := int64(float64(size) * liveTimesFiles)
	limit := live + max(live/4, minHeadroom)
	if limit >= 2*live {
		return 0
	}
	return limit
}

// limitMemory sets the soft memory limit for loading a case of size bytes
// (see softLimit) unless the user chose one (GOMEMLIMIT, or a program's
// debug.SetMemoryLimit) or chose how often to collect (GOGC), and returns
// the function that puts the limit back as it was.
func limitMemory(size int64) (restore func()) {
	limit := softLimit(size)
	if limit == 0 || os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	prev := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(prev) }
}
