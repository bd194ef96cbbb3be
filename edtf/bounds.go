package edtf

import "time"

// Seasons follow the northern-hemisphere meteorological convention:
// spring (21) is March to May, summer (22) June to August, autumn (23)
// September to November, and winter (24) December of the stated year to
// February of the next.
var seasonMonths = [4][2]int{{3, 5}, {6, 8}, {9, 11}, {12, 14}}

// Lower returns the earliest instant the date can stand for, in UTC: the
// first nanosecond of its year, season, month, day, minute or second. X
// digits widen the range (201X starts in 2010). A date-time with a UTC offset
// gives its true instant; one without an offset is read as UTC. The zero
// Date gives the zero time.Time.
func (d Date) Lower() time.Time {
	lo, _ := d.span()
	return lo
}

// Upper returns the latest instant the date can stand for, inclusive, in
// UTC: the last nanosecond of its range (2021 gives
// 2021-12-31T23:59:59.999999999Z, 201X gives the end of 2019). The zero
// Date gives the zero time.Time.
func (d Date) Upper() time.Time {
	_, hi := d.span()
	return hi
}

// span returns the first instant of the date and the last one.
func (d Date) span() (time.Time, time.Time) {
	y := int(d.Year)
	switch {
	case d.Precision == PrecisionNone:
		return time.Time{}, time.Time{}
	case d.Precision >= PrecisionMinute:
		lo := time.Date(y, time.Month(d.Month), int(d.Day), int(d.Hour), int(d.Minute), int(d.Second), 0, time.UTC).
			Add(-time.Duration(d.ZoneMinutes) * time.Minute)
		if d.Precision == PrecisionMinute {
			return lo, lo.Add(time.Minute - 1)
		}
		return lo, lo.Add(time.Second - 1)
	case d.Precision == PrecisionSeason && d.Season >= 21 && d.Season <= 24:
		m := seasonMonths[d.Season-21]
		return firstOf(y, m[0], 1), firstOf(y, m[1]+1, 1).Add(-1)
	}
	switch {
	case d.Unspecified&UnspecifiedYearTens != 0:
		return firstOf(y, 1, 1), firstOf(y+100, 1, 1).Add(-1)
	case d.Unspecified&UnspecifiedYearOnes != 0:
		return firstOf(y, 1, 1), firstOf(y+10, 1, 1).Add(-1)
	case d.Precision == PrecisionYear || d.Unspecified&UnspecifiedMonth != 0:
		return firstOf(y, 1, 1), firstOf(y+1, 1, 1).Add(-1)
	case d.Precision == PrecisionMonth || d.Unspecified&UnspecifiedDay != 0:
		return firstOf(y, int(d.Month), 1), firstOf(y, int(d.Month)+1, 1).Add(-1)
	}
	return firstOf(y, int(d.Month), int(d.Day)), firstOf(y, int(d.Month), int(d.Day)+1).Add(-1)
}

// firstOf returns midnight UTC at the start of the given day; months and
// days past their end roll over as time.Date does.
func firstOf(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// Lower returns the earliest instant the value can stand for: that of the
// date, or of an interval's start. When the start is open or unknown, the
// end's own Lower is used; callers look at Start.Kind to draw an open start.
// The zero Value gives the zero time.Time.
func (v Value) Lower() time.Time {
	if !v.IsInterval {
		return v.Date.Lower()
	}
	if v.Start.Kind == BoundDate {
		return v.Start.Date.Lower()
	}
	return v.End.Date.Lower()
}

// Upper returns the latest instant the value can stand for, inclusive: that
// of the date, or of an interval's end. When the end is open or unknown, the
// start's own Upper is used (2023-03-22/.. ends at
// 2023-03-22T23:59:59.999999999Z); callers look at End.Kind to draw an open
// end. The zero Value gives the zero time.Time.
func (v Value) Upper() time.Time {
	if !v.IsInterval {
		return v.Date.Upper()
	}
	if v.End.Kind == BoundDate {
		return v.End.Date.Upper()
	}
	return v.Start.Date.Upper()
}
