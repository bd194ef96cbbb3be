package edtf

// Precision is the finest unit a Date states.
type Precision uint8

// Precisions, coarsest first. The zero value is PrecisionNone (no date).
const (
	PrecisionNone   Precision = iota
	PrecisionYear             // 2021, 201X (with Unspecified digits), Y170000002
	PrecisionSeason           // 2021-21 (spring) to 2021-24 (winter)
	PrecisionMonth            // 2021-02, 2021-XX
	PrecisionDay              // 2021-02-15, 1985-XX-XX
	PrecisionMinute           // 2023-03-22T21:30-04:00
	PrecisionSecond           // 1985-04-12T23:20:30Z
)

// Qualifier is a set of EDTF qualification flags.
type Qualifier uint8

// Qualifier flags; "%" sets both.
const (
	Uncertain   Qualifier = 1 << iota // "?"
	Approximate                       // "~"
)

// Unspecified is a bit set of the digits written as X.
type Unspecified uint8

// Digits that may be unspecified (Level 1 allows them only from the right:
// 201X, 20XX, 2004-XX, 1985-04-XX, 1985-XX-XX).
const (
	UnspecifiedYearOnes Unspecified = 1 << iota // 201X
	UnspecifiedYearTens                         // 20XX (with ones)
	UnspecifiedMonth                            // 2004-XX
	UnspecifiedDay                              // 1985-04-XX
)

// Date is one EDTF date or date-time. Its fields are as small as their
// ranges allow (a Date takes 16 bytes, a Value 60), since a large case
// holds millions of dates: the parser accepts years of at most nine
// digits (Y-999999999 to Y999999999), which an int32 holds.
type Date struct {
	Year                 int32 // astronomical numbering: 0 is 1 BCE, -44 is 45 BCE
	Month                int8  // 1-12; 0 when not stated or when Season is set
	Season               int8  // 21 spring, 22 summer, 23 autumn, 24 winter; 0 otherwise
	Day                  int8  // 1-31; 0 when not stated
	Hour, Minute, Second int8
	// ZoneMinutes is the UTC offset in minutes (-840 to 840); HasZone says
	// whether one was written ("Z" is an offset of 0). Without a zone a
	// date-time is read as UTC.
	ZoneMinutes int16
	HasZone     bool
	Precision   Precision
	Qualifier   Qualifier
	Unspecified Unspecified
}

// BoundKind tells what stands at one end of an interval.
type BoundKind uint8

// The ends of an interval.
const (
	BoundDate    BoundKind = iota // a date
	BoundOpen                     // ".." : open, goes on without end
	BoundUnknown                  // ""   : an end that exists but is not known
)

// Bound is one end of an Interval.
type Bound struct {
	Kind BoundKind
	Date Date // set when Kind is BoundDate
}

// Value is a parsed EDTF string: a Date, or an Interval when IsInterval is
// true. The zero Value is "no date" (IsZero reports true).
type Value struct {
	IsInterval bool
	Date       Date  // when !IsInterval
	Start, End Bound // when IsInterval
}
