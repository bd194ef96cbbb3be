package casefile

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestSoftLimit(t *testing.T) {
	for _, tc := range []struct {
		size, want int64
	}{
		{0, 0},
		{59745468, 0},  // 100,000 generated events: twice the live heap is lower
		{250000000, 0}, // just under the size where the limit starts to bind
		{300000000, 780000000 + 640<<20},
		{608438393, 1581939821 + 640<<20},     // 1,000,000 generated events: 2.25 GB
		{2000000000, 5200000000 + 1300000000}, // a quarter of the live heap for room
	} {
		if got := softLimit(tc.size); got != tc.want {
			t.Errorf("softLimit(%d) = %d, want %d", tc.size, got, tc.want)
		}
	}
}

// TestLimitMemory checks that loading sets its limit only where the user
// chose none, and puts the limit back afterwards.
func TestLimitMemory(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	prev := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(prev)

	restore := limitMemory(608438393)
	if got := debug.SetMemoryLimit(-1); got != 1581939821+640<<20 {
		t.Errorf("limit while loading = %d, want %d", got, 1581939821+640<<20)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after loading = %d, want none", got)
	}

	limitMemory(1000)() // a small case: no limit
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit for a small case = %d, want none", got)
	}

	debug.SetMemoryLimit(1 << 40) // the program's own
	restore = limitMemory(608438393)
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("limit set by the program changed to %d", got)
	}
	restore()
	debug.SetMemoryLimit(math.MaxInt64)

	for _, env := range []string{"GOMEMLIMIT", "GOGC"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "100")
			restore := limitMemory(608438393)
			if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
				t.Errorf("with %s set the limit became %d", env, got)
			}
			restore()
		})
	}
}
