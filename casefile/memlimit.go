package casefile

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// The loaded model of a case takes some 2.6 times the size of its files
// (measured on generated cases of 10,000 to 1,000,000 events: 156 MB for
// the 60 MB of 100,000 events). The YAML trees, some twenty times the
// files, are built in arenas reused from file to file (yaml.Arena), so
// loading allocates little beyond the model. Go's garbage collector would
// still collect each time the heap has doubled since the last, marking
// the growing model every time; paced by the limit below it does not run
// at all while a generated case loads.
const (
	liveTimesFiles = 2.6
	// minPacedSize is the least size of a case's files for which loading
	// paces the collector itself: smaller cases load in a fraction of a
	// second whichever way.
	minPacedSize = 4 << 20
	// minHeadroom and maxHeadroom bound the room for garbage beyond the
	// expected live heap that the soft limit leaves: six tenths of the
	// live heap, at least minHeadroom, at most maxHeadroom.
	minHeadroom = 32 << 20
	maxHeadroom = 640 << 20
)

// softLimit returns the soft memory limit for loading a case whose files
// hold size bytes, or 0 for a case too small to be worth it: the expected
// live heap and room for garbage of six tenths of it, between minHeadroom
// and maxHeadroom (250 MB for 100,000 generated events, 2.25 GB for
// 1,000,000).
func softLimit(size int64) int64 {
	if size < minPacedSize {
		return 0
	}
	live := int64(float64(size) * liveTimesFiles)
	return live + min(max(live*3/5, minHeadroom), maxHeadroom)
}

// limitMemory paces the garbage collector by a soft memory limit alone
// (runtime/debug.SetMemoryLimit, with SetGCPercent(-1)) for loading a case
// of size bytes (see softLimit), unless the user chose one (GOMEMLIMIT, or
// a program's debug.SetMemoryLimit) or chose how often to collect (GOGC;
// a program's own debug.SetGCPercent other than 100 is kept, with the
// limit beside it), and returns the function that puts both settings back
// as they were.
//
// The collector then runs only when the heap nears the limit: seldom or
// never, and the heap stays within the limit whatever a case's files
// hold, so fewer pages are touched for the first time, which costs dearly
// on some virtual machines (20-25 µs a page).
func limitMemory(size int64) (restore func()) {
	limit := softLimit(size)
	if limit == 0 || os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	prevLimit := debug.SetMemoryLimit(limit)
	prevPercent := debug.SetGCPercent(-1)
	if prevPercent != 100 { // the program's own choice: keep it
		debug.SetGCPercent(prevPercent)
	}
	var once sync.Once
	giveBack := func() {
		once.Do(func() {
			debug.SetGCPercent(prevPercent)
			debug.SetMemoryLimit(prevLimit)
		})
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		watchLiveHeap(limit, stop, giveBack)
	}()
	return func() {
		close(stop)
		<-done
		giveBack()
	}
}

// liveCheckEvery is how often loading looks at the live heap while the
// collector is paced by the limit.
const liveCheckEvery = 20 * time.Millisecond

// watchLiveHeap calls giveBack, once, as soon as the heap found live by a
// collection passes four fifths of limit, and returns then or when stop is
// closed. A case whose model is larger than its files foretold (a case
// that repeats YAML anchors, for one) would otherwise have the collector
// run again and again near the limit: it loads under Go's own pacing
// instead.
func watchLiveHeap(limit int64, stop <-chan struct{}, giveBack func()) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	tick := time.NewTicker(liveCheckEvery)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > uint64(limit)/5*4 {
			giveBack()
			return
		}
	}
}
