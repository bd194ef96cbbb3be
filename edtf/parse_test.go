package edtf

import (
	"testing"
	"time"
)

// at returns the UTC instant y-mo-d h:mi:s.
func at(y, mo, d, h, mi, s int) time.Time {
	return time.Date(y, time.Month(mo), d, h, mi, s, 0, time.UTC)
}

// day returns midnight UTC at the start of y-mo-d.
func day(y, mo, d int) time.Time { return at(y, mo, d, 0, 0, 0) }

// endOf returns the last nanosecond of the day y-mo-d.
func endOf(y, mo, d int) time.Time { return at(y, mo, d, 23, 59, 59).Add(time.Second - 1) }

// lastNano returns the last nanosecond of the second starting at t.
func lastNano(t time.Time) time.Time { return t.Add(time.Second - 1) }

const (
	q  = Uncertain
	a  = Approximate
	qa = Uncertain | Approximate
)

// validCases holds every example string of the EDTF specification's Level 0
// and Level 1, then the extensions and edge cases this package documents.
var validCases = []struct {
	in, str string // str is "" when the input is already canonical
	lo, hi  time.Time
	prec    Precision
	qual    Qualifier
}{
	// Level 0: date.
	{"1985-04-12", "", day(1985, 4, 12), endOf(1985, 4, 12), PrecisionDay, 0},
	{"1985-04", "", day(1985, 4, 1), endOf(1985, 4, 30), PrecisionMonth, 0},
	{"1985", "", day(1985, 1, 1), endOf(1985, 12, 31), PrecisionYear, 0},
	// Level 0: date and time.
	{"1985-04-12T23:20:30", "", at(1985, 4, 12, 23, 20, 30), lastNano(at(1985, 4, 12, 23, 20, 30)), PrecisionSecond, 0},
	{"1985-04-12T23:20:30Z", "", at(1985, 4, 12, 23, 20, 30), lastNano(at(1985, 4, 12, 23, 20, 30)), PrecisionSecond, 0},
	{"1985-04-12T23:20:30-04", "1985-04-12T23:20:30-04:00", at(1985, 4, 13, 3, 20, 30), lastNano(at(1985, 4, 13, 3, 20, 30)), PrecisionSecond, 0},
	{"1985-04-12T23:20:30+04:30", "", at(1985, 4, 12, 18, 50, 30), lastNano(at(1985, 4, 12, 18, 50, 30)), PrecisionSecond, 0},
	// Level 0: time interval.
	{"1964/2008", "", day(1964, 1, 1), endOf(2008, 12, 31), PrecisionYear, 0},
	{"2004-06/2006-08", "", day(2004, 6, 1), endOf(2006, 8, 31), PrecisionMonth, 0},
	{"2004-02-01/2005-02-08", "", day(2004, 2, 1), endOf(2005, 2, 8), PrecisionDay, 0},
	{"2004-02-01/2005-02", "", day(2004, 2, 1), endOf(2005, 2, 28), PrecisionMonth, 0},
	{"2004-02-01/2005", "", day(2004, 2, 1), endOf(2005, 12, 31), PrecisionYear, 0},
	{"2005/2006-02", "", day(2005, 1, 1), endOf(2006, 2, 28), PrecisionYear, 0},
	// Level 1: letter-prefixed calendar year.
	{"Y170000002", "", day(170000002, 1, 1), endOf(170000002, 12, 31), PrecisionYear, 0},
	{"Y-170000002", "", day(-170000002, 1, 1), endOf(-170000002, 12, 31), PrecisionYear, 0},
	// Level 1: negative calendar year.
	{"-1985", "", day(-1985, 1, 1), endOf(-1985, 12, 31), PrecisionYear, 0},
	// Level 1: seasons (northern hemisphere).
	{"2001-21", "", day(2001, 3, 1), endOf(2001, 5, 31), PrecisionSeason, 0},
	{"2003-22", "", day(2003, 6, 1), endOf(2003, 8, 31), PrecisionSeason, 0},
	{"2000-23", "", day(2000, 9, 1), endOf(2000, 11, 30), PrecisionSeason, 0},
	{"2010-24", "", day(2010, 12, 1), endOf(2011, 2, 28), PrecisionSeason, 0},
	{"2003-24", "", day(2003, 12, 1), endOf(2004, 2, 29), PrecisionSeason, 0},
	// Level 1: qualification of a date.
	{"1984?", "", day(1984, 1, 1), endOf(1984, 12, 31), PrecisionYear, q},
	{"2004-06~", "", day(2004, 6, 1), endOf(2004, 6, 30), PrecisionMonth, a},
	{"2004-06-11%", "", day(2004, 6, 11), endOf(2004, 6, 11), PrecisionDay, qa},
	// Level 1: unspecified digits from the right.
	{"201X", "", day(2010, 1, 1), endOf(2019, 12, 31), PrecisionYear, 0},
	{"20XX", "", day(2000, 1, 1), endOf(2099, 12, 31), PrecisionYear, 0},
	{"2004-XX", "", day(2004, 1, 1), endOf(2004, 12, 31), PrecisionMonth, 0},
	{"1985-04-XX", "", day(1985, 4, 1), endOf(1985, 4, 30), PrecisionDay, 0},
	{"1985-XX-XX", "", day(1985, 1, 1), endOf(1985, 12, 31), PrecisionDay, 0},
	// Level 1: extended interval, open end.
	{"1985-04-12/..", "", day(1985, 4, 12), endOf(1985, 4, 12), PrecisionDay, 0},
	{"1985-04/..", "", day(1985, 4, 1), endOf(1985, 4, 30), PrecisionMonth, 0},
	{"1985/..", "", day(1985, 1, 1), endOf(1985, 12, 31), PrecisionYear, 0},
	// Level 1: extended interval, open start.
	{"../1985-04-12", "", day(1985, 4, 12), endOf(1985, 4, 12), PrecisionDay, 0},
	{"../1985-04", "", day(1985, 4, 1), endOf(1985, 4, 30), PrecisionMonth, 0},
	{"../1985", "", day(1985, 1, 1), endOf(1985, 12, 31), PrecisionYear, 0},
	// Level 1: extended interval, unknown end.
	{"1985-04-12/", "", day(1985, 4, 12), endOf(1985, 4, 12), PrecisionDay, 0},
	{"1985-04/", "", day(1985, 4, 1), endOf(1985, 4, 30), PrecisionMonth, 0},
	{"1985/", "", day(1985, 1, 1), endOf(1985, 12, 31), PrecisionYear, 0},
	// Level 1: extended interval, unknown start.
	{"/1985-04-12", "", day(1985, 4, 12), endOf(1985, 4, 12), PrecisionDay, 0},
	{"/1985-04", "", day(1985, 4, 1), endOf(1985, 4, 30), PrecisionMonth, 0},
	{"/1985", "", day(1985, 1, 1), endOf(1985, 12, 31), PrecisionYear, 0},
	// Level 1: extended interval with qualified ends.
	{"1984~/2004-06", "", day(1984, 1, 1), endOf(2004, 6, 30), PrecisionYear, a},
	{"1984/2004-06~", "", day(1984, 1, 1), endOf(2004, 6, 30), PrecisionYear, a},
	{"1984~/2004~", "", day(1984, 1, 1), endOf(2004, 12, 31), PrecisionYear, a},
	{"1984?/2004%", "", day(1984, 1, 1), endOf(2004, 12, 31), PrecisionYear, qa},
	{"1984-06?/2004-08?", "", day(1984, 6, 1), endOf(2004, 8, 31), PrecisionMonth, q},
	{"1984-06-02?/2004-08-08~", "", day(1984, 6, 2), endOf(2004, 8, 8), PrecisionDay, qa},
	{"1984-06-02?/", "", day(1984, 6, 2), endOf(1984, 6, 2), PrecisionDay, q},
	{"1984-06-02?/..", "", day(1984, 6, 2), endOf(1984, 6, 2), PrecisionDay, q},
	{"2004-06~/2006-08?", "", day(2004, 6, 1), endOf(2006, 8, 31), PrecisionMonth, qa},
	{"-1984?/2004%", "", day(-1984, 1, 1), endOf(2004, 12, 31), PrecisionYear, qa},
	{"2019-12/2020%", "", day(2019, 12, 1), endOf(2020, 12, 31), PrecisionYear, qa},
	{"2004-06~/2004-06-11%", "", day(2004, 6, 1), endOf(2004, 6, 11), PrecisionMonth, qa},
	{"2003/2004-06-11%", "", day(2003, 1, 1), endOf(2004, 6, 11), PrecisionYear, qa},
	{"1952-23~/1953", "", day(1952, 9, 1), endOf(1953, 12, 31), PrecisionYear, a},
	{"2003-22/2004-22", "", day(2003, 6, 1), endOf(2004, 8, 31), PrecisionSeason, 0},
	{"-2004-06-01/", "", day(-2004, 6, 1), endOf(-2004, 6, 1), PrecisionDay, 0},
	{"-1000/-0999", "", day(-1000, 1, 1), endOf(-999, 12, 31), PrecisionYear, 0},
	{"-1985-04-12/..", "", day(-1985, 4, 12), endOf(-1985, 4, 12), PrecisionDay, 0},
	// Extension: minute precision, and date-times as interval ends.
	{"2023-03-22T21:30-04:00", "", at(2023, 3, 23, 1, 30, 0), at(2023, 3, 23, 1, 30, 59).Add(time.Second - 1), PrecisionMinute, 0},
	{"2023-03-22T21:30", "", at(2023, 3, 22, 21, 30, 0), at(2023, 3, 22, 21, 30, 59).Add(time.Second - 1), PrecisionMinute, 0},
	{"2023-03-22T21:30Z/2023-03-22T23:00:05Z", "", at(2023, 3, 22, 21, 30, 0), lastNano(at(2023, 3, 22, 23, 0, 5)), PrecisionMinute, 0},
	{"2023-03-22/2023-03-22T12:00Z", "", day(2023, 3, 22), at(2023, 3, 22, 12, 0, 59).Add(time.Second - 1), PrecisionDay, 0},
	// Edge cases: zones, leap years, year 0, the ends of the 4-digit range.
	{"2023-03-22/..", "", day(2023, 3, 22), endOf(2023, 3, 22), PrecisionDay, 0},
	{"2019-02-15T10:00:00+00:00", "2019-02-15T10:00:00Z", at(2019, 2, 15, 10, 0, 0), lastNano(at(2019, 2, 15, 10, 0, 0)), PrecisionSecond, 0},
	{"2019-02-15T10:00:00-00:00", "2019-02-15T10:00:00Z", at(2019, 2, 15, 10, 0, 0), lastNano(at(2019, 2, 15, 10, 0, 0)), PrecisionSecond, 0},
	{"1985-04-12T00:00:00+14:00", "", at(1985, 4, 11, 10, 0, 0), lastNano(at(1985, 4, 11, 10, 0, 0)), PrecisionSecond, 0},
	{"1985-04-12T00:00:00-12:00", "", at(1985, 4, 12, 12, 0, 0), lastNano(at(1985, 4, 12, 12, 0, 0)), PrecisionSecond, 0},
	{"2020-02-29", "", day(2020, 2, 29), endOf(2020, 2, 29), PrecisionDay, 0},
	{"2000-02-29", "", day(2000, 2, 29), endOf(2000, 2, 29), PrecisionDay, 0},
	{"1900-02-28", "", day(1900, 2, 28), endOf(1900, 2, 28), PrecisionDay, 0},
	{"2020-02", "", day(2020, 2, 1), endOf(2020, 2, 29), PrecisionMonth, 0},
	{"-0044", "", day(-44, 1, 1), endOf(-44, 12, 31), PrecisionYear, 0},
	{"-0044-02-29", "", day(-44, 2, 29), endOf(-44, 2, 29), PrecisionDay, 0},
	{"-0044-03-15~", "", day(-44, 3, 15), endOf(-44, 3, 15), PrecisionDay, a},
	{"0000", "", day(0, 1, 1), endOf(0, 12, 31), PrecisionYear, 0},
	{"0000-02-29", "", day(0, 2, 29), endOf(0, 2, 29), PrecisionDay, 0},
	{"9999-12-31", "", day(9999, 12, 31), endOf(9999, 12, 31), PrecisionDay, 0},
	{"-9999", "", day(-9999, 1, 1), endOf(-9999, 12, 31), PrecisionYear, 0},
	{"Y10000", "", day(10000, 1, 1), endOf(10000, 12, 31), PrecisionYear, 0},
	{"Y-10000", "", day(-10000, 1, 1), endOf(-10000, 12, 31), PrecisionYear, 0},
	{"Y999999999~", "", day(999999999, 1, 1), endOf(999999999, 12, 31), PrecisionYear, a},
	{"Y-170000002/2019", "", day(-170000002, 1, 1), endOf(2019, 12, 31), PrecisionYear, 0},
	{"000X", "", day(0, 1, 1), endOf(9, 12, 31), PrecisionYear, 0},
	{"99XX", "", day(9900, 1, 1), endOf(9999, 12, 31), PrecisionYear, 0},
	{"201X-XX", "", day(2010, 1, 1), endOf(2019, 12, 31), PrecisionMonth, 0},
	{"20XX-XX-XX?", "", day(2000, 1, 1), endOf(2099, 12, 31), PrecisionDay, q},
	{"1985-02-XX", "", day(1985, 2, 1), endOf(1985, 2, 28), PrecisionDay, 0},
	{"2004-06/2004", "", day(2004, 6, 1), endOf(2004, 12, 31), PrecisionYear, 0},
	{"2019/2019", "", day(2019, 1, 1), endOf(2019, 12, 31), PrecisionYear, 0},
	{"201X/2015", "", day(2010, 1, 1), endOf(2015, 12, 31), PrecisionYear, 0},
}

func TestParseValid(t *testing.T) {
	for _, tc := range validCases {
		v, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		want := tc.str
		if want == "" {
			want = tc.in
		}
		if got := v.String(); got != want {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, got, want)
		}
		if got := v.Lower(); !got.Equal(tc.lo) {
			t.Errorf("Parse(%q).Lower() = %v, want %v", tc.in, got, tc.lo)
		}
		if got := v.Upper(); !got.Equal(tc.hi) {
			t.Errorf("Parse(%q).Upper() = %v, want %v", tc.in, got, tc.hi)
		}
		if got := v.Precision(); got != tc.prec {
			t.Errorf("Parse(%q).Precision() = %v, want %v", tc.in, got, tc.prec)
		}
		if got := v.Qualifier(); got != tc.qual {
			t.Errorf("Parse(%q).Qualifier() = %q, want %q", tc.in, got, tc.qual)
		}
		if v.IsZero() {
			t.Errorf("Parse(%q).IsZero() = true", tc.in)
		}
		if v.Lower().Location() != time.UTC || v.Upper().Location() != time.UTC {
			t.Errorf("Parse(%q): bounds not in UTC", tc.in)
		}
		back, err := Parse(v.String())
		if err != nil || back != v {
			t.Errorf("Parse(%q) = %+v, reparsed from %q as %+v, %v", tc.in, v, v.String(), back, err)
		}
	}
}

func TestParseFields(t *testing.T) {
	tests := []struct {
		in   string
		want Value
	}{
		{"2021-02-15", Value{Date: Date{Year: 2021, Month: 2, Day: 15, Precision: PrecisionDay}}},
		{"2019-22?", Value{Date: Date{Year: 2019, Season: 22, Precision: PrecisionSeason, Qualifier: Uncertain}}},
		{"201X", Value{Date: Date{Year: 2010, Precision: PrecisionYear, Unspecified: UnspecifiedYearOnes}}},
		{"20XX", Value{Date: Date{Year: 2000, Precision: PrecisionYear, Unspecified: UnspecifiedYearOnes | UnspecifiedYearTens}}},
		{"1985-XX-XX", Value{Date: Date{Year: 1985, Precision: PrecisionDay, Unspecified: UnspecifiedMonth | UnspecifiedDay}}},
		{"-0044", Value{Date: Date{Year: -44, Precision: PrecisionYear}}},
		{"Y-170000002", Value{Date: Date{Year: -170000002, Precision: PrecisionYear}}},
		{"2023-03-22T21:30-04:00", Value{Date: Date{Year: 2023, Month: 3, Day: 22, Hour: 21, Minute: 30,
			ZoneMinutes: -4 * 60, HasZone: true, Precision: PrecisionMinute}}},
		{"1985-04-12T23:20:30", Value{Date: Date{Year: 1985, Month: 4, Day: 12, Hour: 23, Minute: 20, Second: 30,
			Precision: PrecisionSecond}}},
		{"1985-04-12T23:20:30Z", Value{Date: Date{Year: 1985, Month: 4, Day: 12, Hour: 23, Minute: 20, Second: 30,
			HasZone: true, Precision: PrecisionSecond}}},
		{"1985/..", Value{IsInterval: true,
			Start: Bound{Kind: BoundDate, Date: Date{Year: 1985, Precision: PrecisionYear}},
			End:   Bound{Kind: BoundOpen}}},
		{"/1985~", Value{IsInterval: true,
			Start: Bound{Kind: BoundUnknown},
			End:   Bound{Kind: BoundDate, Date: Date{Year: 1985, Precision: PrecisionYear, Qualifier: Approximate}}}},
	}
	for _, tc := range tests {
		got, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("Parse(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParse(\"2019-13\") did not panic")
		}
	}()
	MustParse("2019-13")
}

func TestZeroValue(t *testing.T) {
	var v Value
	if !v.IsZero() {
		t.Error("Value{}.IsZero() = false")
	}
	if v.String() != "" || v.Precision() != PrecisionNone || v.Qualifier() != 0 {
		t.Errorf("Value{}: String %q, Precision %v, Qualifier %q", v.String(), v.Precision(), v.Qualifier())
	}
	if !v.Lower().IsZero() || !v.Upper().IsZero() {
		t.Errorf("Value{}: Lower %v, Upper %v, want zero times", v.Lower(), v.Upper())
	}
	if MustParse("0000").IsZero() {
		t.Error(`MustParse("0000").IsZero() = true`)
	}
}
