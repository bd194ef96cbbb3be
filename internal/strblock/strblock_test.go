package strblock

import (
	"testing"
	"unsafe"
)

func TestCopiesSideBySide(t *testing.T) {
	in := []string{"event-1", "", "ĳsbrand", "p"}
	b := New(len("event-1ĳsbrandp"))
	var out []string
	for _, s := range in {
		out = append(out, b.Copy(s))
	}
	for i, s := range in {
		if out[i] != s {
			t.Errorf("Copy(%q) = %q", s, out[i])
		}
	}
	// Each copy starts where the one before it ends.
	for i, prev := 1, out[0]; i < len(out); i++ {
		if len(out[i]) == 0 {
			continue
		}
		end := uintptr(unsafe.Pointer(unsafe.StringData(prev))) + uintptr(len(prev))
		if got := uintptr(unsafe.Pointer(unsafe.StringData(out[i]))); got != end {
			t.Errorf("copy %d starts %d bytes from the end of the one before", i, int(got)-int(end))
		}
		prev = out[i]
	}
	if out[0] == "" || unsafe.StringData(out[0]) == unsafe.StringData(in[0]) {
		t.Error("the first copy shares the original's memory")
	}
}
