package edtf

import (
	"testing"
	"unsafe"
)

// TestSizes pins the sizes of the types a loaded case holds by the
// hundred thousand (docs/performance.md, "The model in memory"): a field
// added or widened shows here first, and the figures there must follow.
func TestSizes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are pinned for 64-bit platforms")
	}
	for _, tc := range []struct {
		name      string
		got, want uintptr
	}{
		{"Date", unsafe.Sizeof(Date{}), 16},
		{"Bound", unsafe.Sizeof(Bound{}), 20},
		{"Value", unsafe.Sizeof(Value{}), 60},
	} {
		if tc.got != tc.want {
			t.Errorf("unsafe.Sizeof(%s{}) = %d bytes, want %d", tc.name, tc.got, tc.want)
		}
	}
}

// TestLongYearLimits checks that the largest and smallest years the
// parser accepts (nine digits) survive the round trip through Date.Year,
// an int32.
func TestLongYearLimits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		year int32
	}{
		{"Y999999999", 999999999},
		{"Y-999999999", -999999999},
		{"Y-999999999/Y999999999", 0},
	} {
		v, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		if got := v.String(); got != tc.in {
			t.Errorf("Parse(%q).String() = %q", tc.in, got)
		}
		if !v.IsInterval && v.Date.Year != tc.year {
			t.Errorf("Parse(%q).Date.Year = %d, want %d", tc.in, v.Date.Year, tc.year)
		}
		if lo, hi := v.Lower(), v.Upper(); !lo.Before(hi) {
			t.Errorf("Parse(%q): Lower %v not before Upper %v", tc.in, lo, hi)
		}
	}
	if _, err := Parse("Y1000000000"); err == nil {
		t.Error("Parse(Y1000000000): no error for a year of ten digits")
	}
}

// TestZoneMinutes checks the widest UTC offsets the parser accepts and one
// with minutes, kept in minutes: their canonical text, label and instant.
func TestZoneMinutes(t *testing.T) {
	for _, tc := range []struct {
		in, label, lower string
		mins             int16
	}{
		{"2023-03-22T21:30+14:00", "22 Mar 2023, 21:30 UTC+14", "2023-03-22T07:30:00Z", 840},
		{"2023-03-22T21:30-14:00", "22 Mar 2023, 21:30 UTC−14", "2023-03-23T11:30:00Z", -840},
		{"2023-03-22T21:30:05+05:45", "22 Mar 2023, 21:30:05 UTC+5:45", "2023-03-22T15:45:05Z", 345},
		{"2023-03-22T21:30Z", "22 Mar 2023, 21:30 UTC", "2023-03-22T21:30:00Z", 0},
	} {
		v, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		if v.Date.ZoneMinutes != tc.mins || !v.Date.HasZone {
			t.Errorf("Parse(%q): ZoneMinutes %d, HasZone %v; want %d, true", tc.in, v.Date.ZoneMinutes, v.Date.HasZone, tc.mins)
		}
		if got := v.String(); got != tc.in {
			t.Errorf("Parse(%q).String() = %q", tc.in, got)
		}
		if got := v.Label(); got != tc.label {
			t.Errorf("Parse(%q).Label() = %q, want %q", tc.in, got, tc.label)
		}
		if got := v.Lower().Format("2006-01-02T15:04:05Z07:00"); got != tc.lower {
			t.Errorf("Parse(%q).Lower() = %s, want %s", tc.in, got, tc.lower)
		}
	}
}
