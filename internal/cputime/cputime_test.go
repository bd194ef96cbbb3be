package cputime

import (
	"runtime"
	"testing"
)

func TestProcessGrowsWithWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage on " + runtime.GOOS)
	}
	before := Process()
	if before <= 0 {
		t.Fatalf("Process() = %v before any work, want > 0", before)
	}
	x := 0
	for i := range 50_000_000 {
		x ^= i * 7
	}
	after := Process()
	if after <= before {
		t.Fatalf("Process() went from %v to %v over 50M loop steps (x=%d), want it to grow", before, after, x)
	}
}
