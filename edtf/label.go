package edtf

import (
	"strconv"
	"strings"
	"time"
)

// Label writes d for readers at its own precision, with its qualifiers:
// "15 Feb 2021", "Feb 2021 (approx.)", "2019?", "Summer 2019", "2010s",
// "45 BCE", "170,000,002", "22 Mar 2023, 21:30 UTC−4". Months are
// abbreviated to three letters. The zero Date gives "". A Date built by hand
// with a month, day or season out of range is written at the precision its
// valid fields support.
func (d Date) Label() string {
	return d.label(false)
}

// Label writes v for readers, in English, at the precision it was given and
// with its qualifiers spelled out: a date as Date.Label does, an interval as
// its two ends joined by an en dash ("10 Dec 2018 – 24 Sep 2021",
// "2019–2021"), leaving out what both ends share when they are plain dates
// of one precision in one year ("10–12 Mar 2023", "Mar–Jun 2021", "10 Mar –
// 2 Apr 2023"). An open end reads "since 22 Mar 2023" or "until 2019", an
// unknown one "2015 – end unknown" or "start unknown – Mar 2016". The zero
// Value gives "". One wording serves every picture of a case, so a date
// reads the same on a timeline and in a diagram:
//
//	2021-02-15              15 Feb 2021
//	2021-02~                Feb 2021 (approx.)
//	2019? / 2019%           2019? / 2019? (approx.)
//	2019-22                 Summer 2019
//	201X / 20XX             2010s / 2000–2099
//	-0044 / Y170000002      45 BCE / 170,000,002
//	2023-03-22T21:30-04:00  22 Mar 2023, 21:30 UTC−4
//	2023-03-10/2023-03-12   10–12 Mar 2023
//	2023-03-22/.. / ../2019 since 22 Mar 2023 / until 2019
//	2015/ / /2016-03        2015 – end unknown / start unknown – Mar 2016
func (v Value) Label() string {
	return v.label(false)
}

// LongLabel writes v as Label does but with month names in full, for
// sentences and subtitles: "21 March 2023", "March 2021 (approx.)",
// "10–12 March 2023".
func (v Value) LongLabel() string {
	return v.label(true)
}

// YearLabel writes an astronomical year for readers: 2019 is "2019", 0 is
// "1 BCE", -44 is "45 BCE", and years of more than four digits get commas
// between thousands ("170,000,002").
func YearLabel(y int64) string {
	if y <= 0 {
		// uint64 keeps the magnitude of the most negative year exact.
		return groupThousands(strconv.FormatUint(uint64(-y)+1, 10)) + " BCE"
	}
	return groupThousands(strconv.FormatInt(y, 10))
}

// groupThousands puts commas between the thousands of a run of digits with
// more than four of them: "2019", "12,000", "170,000,002".
func groupThousands(s string) string {
	if len(s) <= 4 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3)
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// label writes v, with month names in full when long.
func (v Value) label(long bool) string {
	if !v.IsInterval {
		return v.Date.label(long)
	}
	s, e := v.Start, v.End
	sd, ed := s.dated(), e.dated()
	switch {
	case sd && ed:
		return rangeLabel(s.Date, e.Date, long)
	case sd && e.Kind == BoundOpen:
		return "since " + s.Date.label(long)
	case sd:
		return s.Date.label(long) + " – end unknown"
	case ed && s.Kind == BoundOpen:
		return "until " + e.Date.label(long)
	case ed:
		return "start unknown – " + e.Date.label(long)
	}
	return "date unknown"
}

// dated reports whether b is a date (not open or unknown, nor the zero
// Date).
func (b Bound) dated() bool {
	return b.Kind == BoundDate && b.Date.Precision != PrecisionNone
}

// rangeLabel writes the interval from a to b. The en dash is spaced when
// either end has a space or a dash of its own ("Feb 2021 – 2022",
// "2000–2099 – 2100–2199"), and closed up otherwise ("2019–2021").
func rangeLabel(a, b Date, long bool) string {
	if a == b {
		return a.label(long)
	}
	if s, ok := compactRange(a, b, long); ok {
		return s
	}
	la, lb := a.label(long), b.label(long)
	if strings.ContainsAny(la, " –") || strings.ContainsAny(lb, " –") {
		return la + " – " + lb
	}
	return la + "–" + lb
}

// compactRange writes a range of two plain dates (no qualifiers, no X
// digits) of the same precision within one year briefly: "Spring–Autumn
// 2019", "Mar–Jun 2021", "10–12 Mar 2023", "10 Mar – 2 Apr 2023", and two
// times of one day in one zone "22 Mar 2023, 21:30–23:00 UTC". It reports
// false for any other pair.
func compactRange(a, b Date, long bool) (string, bool) {
	if a.Qualifier != 0 || b.Qualifier != 0 || a.Unspecified != 0 || b.Unspecified != 0 ||
		a.Precision != b.Precision || a.Year != b.Year {
		return "", false
	}
	y := " " + YearLabel(int64(a.Year))
	switch a.Precision {
	case PrecisionSeason:
		sa, oka := seasonName(a.Season)
		sb, okb := seasonName(b.Season)
		return sa + "–" + sb + y, oka && okb && a.Season != b.Season
	case PrecisionMonth:
		if !validMonth(a.Month) || !validMonth(b.Month) || a.Month == b.Month {
			return "", false
		}
		return monthName(a.Month, long) + "–" + monthName(b.Month, long) + y, true
	case PrecisionDay:
		if !validMonth(a.Month) || !validMonth(b.Month) || a.Day < 1 || b.Day < 1 {
			return "", false
		}
		if a.Month == b.Month {
			return strconv.Itoa(int(a.Day)) + "–" + strconv.Itoa(int(b.Day)) + " " + monthName(a.Month, long) + y, true
		}
		return strconv.Itoa(int(a.Day)) + " " + monthName(a.Month, long) + " – " +
			strconv.Itoa(int(b.Day)) + " " + monthName(b.Month, long) + y, true
	case PrecisionMinute, PrecisionSecond:
		if !validMonth(a.Month) || a.Month != b.Month || a.Day < 1 || a.Day != b.Day ||
			a.HasZone != b.HasZone || a.ZoneMinutes != b.ZoneMinutes {
			return "", false
		}
		s := strconv.Itoa(int(a.Day)) + " " + monthName(a.Month, long) + y + ", " + a.clockLabel() + "–" + b.clockLabel()
		if a.HasZone {
			s += " " + zoneLabel(a.ZoneMinutes)
		}
		return s, true
	}
	return "", false
}

// clockLabel writes the time of day of a date-time: "21:30", "23:20:30".
func (d Date) clockLabel() string {
	s := twoDigits(d.Hour) + ":" + twoDigits(d.Minute)
	if d.Precision >= PrecisionSecond {
		s += ":" + twoDigits(d.Second)
	}
	return s
}

// label writes d with its qualifiers, with month names in full when long.
func (d Date) label(long bool) string {
	s := d.plainLabel(long)
	if s == "" {
		return ""
	}
	return s + qualifierLabel(d.Qualifier)
}

// qualifierLabel writes the suffix of a qualified date: "?", " (approx.)"
// or "? (approx.)".
func qualifierLabel(q Qualifier) string {
	var s string
	if q&Uncertain != 0 {
		s = "?"
	}
	if q&Approximate != 0 {
		s += " (approx.)"
	}
	return s
}

// plainLabel writes d without its qualifiers.
func (d Date) plainLabel(long bool) string {
	y := YearLabel(int64(d.Year))
	switch {
	case d.Precision == PrecisionNone:
		return ""
	case d.Unspecified&UnspecifiedYearTens != 0:
		c := int64(d.Year - d.Year%100)
		return YearLabel(c) + "–" + YearLabel(c+99)
	case d.Unspecified&UnspecifiedYearOnes != 0:
		c := int64(d.Year - d.Year%10)
		if c <= 0 {
			return YearLabel(c) + "–" + YearLabel(c+9)
		}
		return YearLabel(c) + "s"
	case d.Precision == PrecisionSeason:
		if s, ok := seasonName(d.Season); ok {
			return s + " " + y
		}
		return y
	case d.Precision == PrecisionYear, d.Unspecified&UnspecifiedMonth != 0, !validMonth(d.Month):
		return y
	case d.Precision == PrecisionMonth, d.Unspecified&UnspecifiedDay != 0, d.Day < 1:
		return monthName(d.Month, long) + " " + y
	}
	s := strconv.Itoa(int(d.Day)) + " " + monthName(d.Month, long) + " " + y
	if d.Precision == PrecisionDay {
		return s
	}
	s += ", " + d.clockLabel()
	if d.HasZone {
		s += " " + zoneLabel(d.ZoneMinutes)
	}
	return s
}

// validMonth reports whether m names a calendar month.
func validMonth(m int8) bool { return m >= 1 && m <= 12 }

// monthName writes month m (1-12): "Mar", or "March" when long.
func monthName(m int8, long bool) string {
	name := time.Month(m).String()
	if long {
		return name
	}
	return name[:3]
}

// seasonName names an EDTF season (21-24), and reports false for any other
// number.
func seasonName(s int8) (string, bool) {
	switch s {
	case 21:
		return "Spring", true
	case 22:
		return "Summer", true
	case 23:
		return "Autumn", true
	case 24:
		return "Winter", true
	}
	return "", false
}

// twoDigits writes n with at least two digits: "07", "21".
func twoDigits[T int8 | int16](n T) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(int(n))
	}
	return strconv.Itoa(int(n))
}

// zoneLabel writes a UTC offset in minutes for readers, with a true minus
// sign: "UTC", "UTC−4", "UTC+5:30".
func zoneLabel(mins int16) string {
	if mins == 0 {
		return "UTC"
	}
	sign := "+"
	if mins < 0 {
		sign, mins = "−", -mins
	}
	s := "UTC" + sign + strconv.Itoa(int(mins/60))
	if m := mins % 60; m != 0 {
		s += ":" + twoDigits(m)
	}
	return s
}
