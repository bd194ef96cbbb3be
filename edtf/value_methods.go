package edtf

import (
	"strconv"
	"strings"
)

// IsZero reports whether v is the zero Value, which stands for "no date".
func (v Value) IsZero() bool {
	return v == Value{}
}

// Precision returns the precision of a date; for an interval, the coarser of
// the precisions of its dated ends. The zero Value gives PrecisionNone.
func (v Value) Precision() Precision {
	if !v.IsInterval {
		return v.Date.Precision
	}
	p := PrecisionNone
	for _, b := range [2]Bound{v.Start, v.End} {
		if b.Kind == BoundDate && (p == PrecisionNone || b.Date.Precision < p) {
			p = b.Date.Precision
		}
	}
	return p
}

// Qualifier returns the qualifiers of a date; for an interval, the union of
// those of its ends (2004-06~/2006-08? gives Uncertain|Approximate).
func (v Value) Qualifier() Qualifier {
	if !v.IsInterval {
		return v.Date.Qualifier
	}
	return v.Start.Date.Qualifier | v.End.Date.Qualifier
}

// Compare orders values by Lower, then Upper, then String, and returns -1,
// 0 or +1; it is a deterministic sort key (0 only for equal values). The
// zero Value sorts before every date.
func (v Value) Compare(w Value) int {
	switch vz, wz := v.IsZero(), w.IsZero(); {
	case vz && wz:
		return 0
	case vz:
		return -1
	case wz:
		return 1
	}
	if c := v.Lower().Compare(w.Lower()); c != 0 {
		return c
	}
	if c := v.Upper().Compare(w.Upper()); c != 0 {
		return c
	}
	return strings.Compare(v.String(), w.String())
}

// String returns the precision's name: "none", "year", "season", "month",
// "day", "minute" or "second".
func (p Precision) String() string {
	names := [...]string{"none", "year", "season", "month", "day", "minute", "second"}
	if int(p) < len(names) {
		return names[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}
