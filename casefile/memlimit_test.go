package casefile

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestSoftLimit(t *testing.T) {
	for _, tc := range []struct {
		size, want int64
	}{
		{0, 0},
		{4<<20 - 1, 0},                        // small: left to Go's defaults
		{4 << 20, 10905190 + 32<<20},          // the least headroom
		{59745468, 155338216 + 155338216*3/5}, // 100,000 generated events: 249 MB
		{300000000, 780000000 + 468000000},    // six tenths of the live heap
		{608438393, 1581939821 + 640<<20},     // 1,000,000 generated events: 2.25 GB
		{2000000000, 5200000000 + 640<<20},    // the most headroom
	} {
		if got := softLimit(tc.size); got != tc.want {
			t.Errorf("softLimit(%d) = %d, want %d", tc.size, got, tc.want)
		}
	}
}

// TestLimitMemory checks that loading paces the collector by its limit
// only where the user chose neither a limit nor GOGC, and puts both
// settings back afterwards.
func TestLimitMemory(t *testing.T) {
	goDefaults(t)

	restore := limitMemory(608438393)
	if got := debug.SetMemoryLimit(-1); got != 1581939821+640<<20 {
		t.Errorf("limit while loading = %d, want %d", got, 1581939821+640<<20)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GC percent while loading = %d, want -1 (off)", got)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after loading = %d, want none", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent after loading = %d, want 100", got)
	}

	limitMemory(1000)() // a small case: nothing set
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit for a small case = %d, want none", got)
	}
	restore = limitMemory(1000)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent for a small case = %d, want 100", got)
	}
	restore()

	debug.SetMemoryLimit(1 << 40) // the program's own
	restore = limitMemory(608438393)
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("limit set by the program changed to %d", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with the program's limit the GC percent became %d", got)
	}
	restore()
	debug.SetMemoryLimit(math.MaxInt64)

	debug.SetGCPercent(50) // the program's own pace: kept, with the limit
	restore = limitMemory(608438393)
	if got := debug.SetGCPercent(50); got != 50 {
		t.Errorf("GC percent set by the program changed to %d", got)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 50 {
		t.Errorf("GC percent after loading = %d, want the program's 50", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after loading = %d, want none", got)
	}

	for _, env := range []string{"GOMEMLIMIT", "GOGC"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "100")
			restore := limitMemory(608438393)
			if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
				t.Errorf("with %s set the limit became %d", env, got)
			}
			if got := debug.SetGCPercent(100); got != 100 {
				t.Errorf("with %s set the GC percent became %d", env, got)
			}
			restore()
		})
	}
}

// TestLimitMemoryGivesBack checks that loading hands the collector back to
// Go's own pacing when the live heap nears the limit: a case whose model
// outgrows what its files foretold.
func TestLimitMemoryGivesBack(t *testing.T) {
	goDefaults(t)

	const size = 4 << 20 // a limit of 10,905,190 + 32 MiB
	restore := limitMemory(size)
	defer restore()
	live := make([][]byte, 0, 64)
	for range 40 { // 40 MiB live: more than four fifths of the limit
		live = append(live, make([]byte, 1<<20))
	}
	runtime.GC() // the live heap is known after a collection
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) != math.MaxInt64 {
		if time.Now().After(deadline) {
			t.Fatalf("limit still %d with %d MiB live; want it given back", debug.SetMemoryLimit(-1), len(live))
		}
		time.Sleep(liveCheckEvery)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent after giving back = %d, want 100", got)
	}
	runtime.KeepAlive(live)
}

// goDefaults runs a test with neither GOMEMLIMIT nor GOGC set, no memory
// limit and the collector's default pace, and puts the program's settings
// back after it.
func goDefaults(t *testing.T) {
	t.Helper()
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	prev := debug.SetMemoryLimit(math.MaxInt64)
	prevPercent := debug.SetGCPercent(100)
	t.Cleanup(func() {
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prev)
	})
}
