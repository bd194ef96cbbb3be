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

func TestReadCountsFirstTouches(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("minor faults are counted by getrusage on Linux")
	}
	before := Read()
	b := make([]byte, 64<<20) // fresh pages from the kernel
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	used := Read().Sub(before)
	if used.MinorFaults < 100 {
		t.Fatalf("%d minor faults touching 64 MB of fresh memory, want many (b[0]=%d)", used.MinorFaults, b[0])
	}
	if used.CPU() <= 0 || used.CPU() != used.User+used.System {
		t.Fatalf("CPU() = %v of user %v and system %v", used.CPU(), used.User, used.System)
	}
}
