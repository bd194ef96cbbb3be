package diagram

import (
	"fmt"
	"strconv"

	"github.com/eventgraph/eventgraph/edtf"
)

// monthAbbr are the month names used in labels.
var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// seasonNames maps EDTF seasons 21-24 to words.
var seasonNames = map[int]string{21: "spring", 22: "summer", 23: "autumn", 24: "winter"}

// humanDate writes an EDTF value for readers: "15 Feb 2021", "Feb 2021",
// "summer 2019", "2010s", "c. 2019" (approximate), "2019?" (uncertain),
// "45 BCE", "10 Dec 2018 – 24 Sep 2021", "since 22 Mar 2023" (open end),
// "until 2019" (unknown start). The zero value gives "".
func humanDate(v edtf.Value) string {
	if v.IsZero() {
		return ""
	}
	if !v.IsInterval {
		return humanDay(v.Date)
	}
	start, end := v.Start, v.End
	switch {
	case start.Kind != edtf.BoundDate && end.Kind != edtf.BoundDate:
		return "date unknown"
	case start.Kind != edtf.BoundDate:
		return "until " + humanDay(end.Date)
	case end.Kind == edtf.BoundOpen:
		return "since " + humanDay(start.Date)
	case end.Kind == edtf.BoundUnknown:
		return "from " + humanDay(start.Date)
	}
	return shortRange(start.Date, end.Date)
}

// shortRange writes an interval between two dates, leaving out what the
// ends share when both are plain: "3–5 Feb 2021", "Feb – Mar 2021".
func shortRange(a, b edtf.Date) string {
	plain := a.Qualifier == 0 && b.Qualifier == 0 && a.Unspecified == 0 && b.Unspecified == 0 &&
		a.Precision == b.Precision && a.Year == b.Year && a.Year > 0
	switch {
	case plain && a.Precision == edtf.PrecisionDay && a.Month == b.Month:
		return fmt.Sprintf("%d–%d %s %d", a.Day, b.Day, monthAbbr[a.Month-1], a.Year)
	case plain && a.Precision == edtf.PrecisionMonth:
		return fmt.Sprintf("%s – %s %d", monthAbbr[a.Month-1], monthAbbr[b.Month-1], a.Year)
	}
	return humanDay(a) + " – " + humanDay(b)
}

// humanDay writes one date for readers.
func humanDay(d edtf.Date) string {
	year := humanYear(d)
	var s string
	switch {
	case d.Precision == edtf.PrecisionNone:
		return ""
	case d.Precision == edtf.PrecisionSeason:
		s = seasonNames[d.Season] + " " + year
	case d.Precision == edtf.PrecisionYear || d.Unspecified&edtf.UnspecifiedMonth != 0 || d.Month < 1 || d.Month > 12:
		s = year
	case d.Precision == edtf.PrecisionMonth || d.Unspecified&edtf.UnspecifiedDay != 0:
		s = monthAbbr[d.Month-1] + " " + year
	default:
		s = strconv.Itoa(d.Day) + " " + monthAbbr[d.Month-1] + " " + year
	}
	if d.Precision >= edtf.PrecisionMinute {
		s += fmt.Sprintf(" %02d:%02d", d.Hour, d.Minute)
	}
	if d.Qualifier&edtf.Approximate != 0 {
		s = "c. " + s
	}
	if d.Qualifier&edtf.Uncertain != 0 {
		s += "?"
	}
	return s
}

// humanYear writes a year: "2019", "2010s", "2000s", "45 BCE" (astronomical
// year -44), "170000002".
func humanYear(d edtf.Date) string {
	y := d.Year
	switch {
	case d.Unspecified&edtf.UnspecifiedYearTens != 0:
		return strconv.FormatInt(y-y%100, 10) + "s"
	case d.Unspecified&edtf.UnspecifiedYearOnes != 0:
		return strconv.FormatInt(y-y%10, 10) + "s"
	case y <= 0:
		return strconv.FormatInt(1-y, 10) + " BCE"
	}
	return strconv.FormatInt(y, 10)
}
