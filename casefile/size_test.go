package casefile

import (
	"testing"
	"unsafe"
)

// TestRecordSizes pins the sizes of the records a loaded case holds by
// the hundred thousand (docs/performance.md, "The model in memory"): a
// field added or widened shows here first, and the figures there must
// follow.
func TestRecordSizes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are pinned for 64-bit platforms")
	}
	for _, tc := range []struct {
		name      string
		got, want uintptr
	}{
		{"Pos", unsafe.Sizeof(Pos{}), 24},
		{"Event", unsafe.Sizeof(Event{}), 328},
		{"Participant", unsafe.Sizeof(Participant{}), 56},
		{"Claim", unsafe.Sizeof(Claim{}), 272},
		{"Claimant", unsafe.Sizeof(Claimant{}), 80},
		{"Response", unsafe.Sizeof(Response{}), 200},
		{"Change", unsafe.Sizeof(Change{}), 88},
		{"Source", unsafe.Sizeof(Source{}), 208},
		{"Person", unsafe.Sizeof(Person{}), 144},
		{"Organization", unsafe.Sizeof(Organization{}), 176},
		{"Relation", unsafe.Sizeof(Relation{}), 192},
	} {
		if tc.got != tc.want {
			t.Errorf("unsafe.Sizeof(%s{}) = %d bytes, want %d", tc.name, tc.got, tc.want)
		}
	}
}
