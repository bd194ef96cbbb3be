package timeline

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
)

// Times on the axis are float64 days since 1970-01-01T00:00Z (UTC). A
// float64 holds whole seconds exactly for any year EDTF Level 1 can write.

const secondsPerDay = 86400

// dayOf returns t as days since the Unix epoch.
func dayOf(t time.Time) float64 {
	return float64(t.Unix())/secondsPerDay + float64(t.Nanosecond())/(secondsPerDay*1e9)
}

// timeOf returns the instant of day number d, truncated to the second.
func timeOf(d float64) time.Time {
	return time.Unix(int64(math.Floor(d*secondsPerDay+1e-6)), 0).UTC()
}

// endOf returns the exclusive end of a range whose last instant is t
// (edtf's inclusive Upper), as a day number.
func endOf(t time.Time) float64 {
	return dayOf(t.Truncate(time.Second).Add(time.Second))
}

// lowerOf returns the first instant of v's known start, and false when v
// has no date at its start (zero, or an open or unknown start).
func lowerOf(v edtf.Value) (float64, bool) {
	switch {
	case v.IsZero():
		return 0, false
	case !v.IsInterval:
		return dayOf(v.Date.Lower()), true
	case v.Start.Kind == edtf.BoundDate:
		return dayOf(v.Start.Date.Lower()), true
	}
	return 0, false
}

// upperOf returns the exclusive end of v's known end, and false when v has
// no date at its end.
func upperOf(v edtf.Value) (float64, bool) {
	switch {
	case v.IsZero():
		return 0, false
	case !v.IsInterval:
		return endOf(v.Date.Upper()), true
	case v.End.Kind == edtf.BoundDate:
		return endOf(v.End.Date.Upper()), true
	}
	return 0, false
}

// End says what stands at one end of an event's extent.
type End string

// The ends of an extent.
const (
	EndKnown   End = ""        // a date
	EndOpen    End = "open"    // "..": goes on without end
	EndUnknown End = "unknown" // "": exists but is not known
)

// extent is where an event lies in time, as drawn.
type extent struct {
	// Lo and Hi bound the dated part (Hi exclusive). For an interval with
	// one dated end they are that end's own range.
	Lo, Hi float64
	// Point is true for a single date of day precision or finer, drawn as a
	// point at At.
	Point bool
	At    float64
	// Approximate and Uncertain are the date's qualifiers.
	Approximate, Uncertain bool
	// Start and End tell an interval's open or unknown ends.
	Start, End End
}

// extentOf returns the extent of v, and false for the zero Value.
func extentOf(v edtf.Value) (extent, bool) {
	if v.IsZero() {
		return extent{}, false
	}
	var e extent
	q := v.Qualifier()
	e.Approximate = q&edtf.Approximate != 0
	e.Uncertain = q&edtf.Uncertain != 0
	e.Lo = dayOf(v.Lower())
	e.Hi = endOf(v.Upper())
	if v.IsInterval {
		e.Start = endKind(v.Start.Kind)
		e.End = endKind(v.End.Kind)
		return e, true
	}
	if v.Date.Precision >= edtf.PrecisionDay && v.Date.Unspecified == 0 {
		e.Point = true
		if v.Date.Precision == edtf.PrecisionDay {
			e.At = (e.Lo + e.Hi) / 2
		} else {
			e.At = e.Lo
		}
	}
	return e, true
}

func endKind(k edtf.BoundKind) End {
	switch k {
	case edtf.BoundOpen:
		return EndOpen
	case edtf.BoundUnknown:
		return EndUnknown
	}
	return EndKnown
}

var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var seasonNames = map[int]string{21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}

// yearLabel writes an astronomical year for readers: -44 is "45 BCE", 0 is
// "1 BCE", and years past 9999 get thousands separators.
func yearLabel(y int64) string {
	if y <= 0 {
		return groupDigits(1-y) + " BCE"
	}
	return groupDigits(y)
}

// groupDigits writes n with commas between thousands when it has more than
// four digits.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	if len(s) <= 4 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// dateLabel writes one date for readers at its own precision, with its
// qualifiers: "15 Feb 2021", "Feb 2021 (approx.)", "2019?", "2010s".
func dateLabel(d edtf.Date) string {
	return plainDate(d) + qualifierLabel(d.Qualifier)
}

// qualifierLabel writes the suffix of a qualified date.
func qualifierLabel(q edtf.Qualifier) string {
	switch q {
	case edtf.Uncertain:
		return "?"
	case edtf.Approximate:
		return " (approx.)"
	case edtf.Uncertain | edtf.Approximate:
		return "? (approx.)"
	}
	return ""
}

// plainDate writes d without its qualifiers.
func plainDate(d edtf.Date) string {
	y := yearLabel(d.Year)
	switch {
	case d.Unspecified&edtf.UnspecifiedYearTens != 0:
		return groupDigits(d.Year) + "–" + groupDigits(d.Year+99)
	case d.Unspecified&edtf.UnspecifiedYearOnes != 0:
		return groupDigits(d.Year) + "s"
	case d.Unspecified&edtf.UnspecifiedMonth != 0:
		return y
	case d.Precision == edtf.PrecisionSeason:
		return seasonNames[d.Season] + " " + y
	case d.Precision == edtf.PrecisionMonth, d.Unspecified&edtf.UnspecifiedDay != 0:
		return monthAbbr[d.Month-1] + " " + y
	case d.Precision == edtf.PrecisionDay:
		return strconv.Itoa(d.Day) + " " + monthAbbr[d.Month-1] + " " + y
	case d.Precision >= edtf.PrecisionMinute:
		s := strconv.Itoa(d.Day) + " " + monthAbbr[d.Month-1] + " " + y + ", " + two(d.Hour) + ":" + two(d.Minute)
		if d.Precision == edtf.PrecisionSecond {
			s += ":" + two(d.Second)
		}
		if d.HasZone {
			s += " " + zoneLabel(d.Zone)
		}
		return s
	}
	return y
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// zoneLabel writes a UTC offset: "UTC", "UTC−4", "UTC+5:30".
func zoneLabel(sec int) string {
	if sec == 0 {
		return "UTC"
	}
	sign := "+"
	if sec < 0 {
		sign, sec = "−", -sec
	}
	s := "UTC" + sign + strconv.Itoa(sec/3600)
	if m := sec % 3600 / 60; m != 0 {
		s += ":" + two(m)
	}
	return s
}

// valueLabel writes a date or interval for readers: "22 Mar 2023",
// "10 Dec 2018 – 24 Sep 2021", "10–12 Mar 2023", "from 22 Mar 2023 (open
// end)", "until 2019", "22 Mar 2023 – end unknown".
func valueLabel(v edtf.Value) string {
	if v.IsZero() {
		return "undated"
	}
	if !v.IsInterval {
		return dateLabel(v.Date)
	}
	s, e := v.Start, v.End
	switch {
	case s.Kind == edtf.BoundDate && e.Kind == edtf.BoundDate:
		if short, ok := compactRange(s.Date, e.Date); ok {
			return short
		}
		return dateLabel(s.Date) + " – " + dateLabel(e.Date)
	case s.Kind == edtf.BoundDate && e.Kind == edtf.BoundOpen:
		return "from " + dateLabel(s.Date) + " (open end)"
	case s.Kind == edtf.BoundDate:
		return dateLabel(s.Date) + " – end unknown"
	case e.Kind == edtf.BoundDate && s.Kind == edtf.BoundOpen:
		return "until " + dateLabel(e.Date) + " (open start)"
	case e.Kind == edtf.BoundDate:
		return "start unknown – " + dateLabel(e.Date)
	}
	return "undated"
}

// compactRange writes a range of two unqualified dates of the same
// precision within one year briefly: "10–12 Mar 2023", "Mar–Jun 2021",
// "10 Mar – 2 Apr 2023".
func compactRange(a, b edtf.Date) (string, bool) {
	if a.Qualifier != 0 || b.Qualifier != 0 || a.Unspecified != 0 || b.Unspecified != 0 ||
		a.Precision != b.Precision || a.Year != b.Year {
		return "", false
	}
	y := yearLabel(a.Year)
	switch a.Precision {
	case edtf.PrecisionMonth:
		if a.Month == b.Month {
			return monthAbbr[a.Month-1] + " " + y, true
		}
		return monthAbbr[a.Month-1] + "–" + monthAbbr[b.Month-1] + " " + y, true
	case edtf.PrecisionDay:
		switch {
		case a.Month == b.Month && a.Day == b.Day:
			return plainDate(a), true
		case a.Month == b.Month:
			return strconv.Itoa(a.Day) + "–" + strconv.Itoa(b.Day) + " " + monthAbbr[a.Month-1] + " " + y, true
		}
		return strconv.Itoa(a.Day) + " " + monthAbbr[a.Month-1] + " – " + strconv.Itoa(b.Day) + " " + monthAbbr[b.Month-1] + " " + y, true
	case edtf.PrecisionYear:
		return y + "–" + yearLabel(b.Year), a.Year != b.Year
	}
	return "", false
}

// longDateLabel writes a date in full for sentences: "21 March 2023".
func longDateLabel(v edtf.Value) string {
	if v.IsInterval || v.IsZero() {
		return valueLabel(v)
	}
	d := v.Date
	switch {
	case d.Unspecified != 0, d.Precision < edtf.PrecisionMonth:
		return dateLabel(d)
	case d.Precision == edtf.PrecisionMonth:
		return monthNames[d.Month-1] + " " + yearLabel(d.Year) + qualifierLabel(d.Qualifier)
	}
	return strconv.Itoa(d.Day) + " " + monthNames[d.Month-1] + " " + yearLabel(d.Year) + qualifierLabel(d.Qualifier)
}

// rangeLabel writes the span of day numbers lo..hi (hi exclusive) at a
// precision fitting its length, for aggregates: "Mar–Jun 2021",
// "2018–2021", "12–14 Mar 2023".
func rangeLabel(lo, hi float64) string {
	a, b := timeOf(lo), timeOf(math.Max(lo, hi-1.0/secondsPerDay))
	ya, yb := int64(a.Year()), int64(b.Year())
	switch {
	case hi-lo > 3*365:
		if ya == yb {
			return yearLabel(ya)
		}
		return yearLabel(ya) + "–" + yearLabel(yb)
	case hi-lo > 45:
		if ya == yb && a.Month() == b.Month() {
			return monthAbbr[a.Month()-1] + " " + yearLabel(ya)
		}
		if ya == yb {
			return monthAbbr[a.Month()-1] + "–" + monthAbbr[b.Month()-1] + " " + yearLabel(ya)
		}
		return monthAbbr[a.Month()-1] + " " + yearLabel(ya) + " – " + monthAbbr[b.Month()-1] + " " + yearLabel(yb)
	}
	switch {
	case ya == yb && a.Month() == b.Month() && a.Day() == b.Day():
		return strconv.Itoa(a.Day()) + " " + monthAbbr[a.Month()-1] + " " + yearLabel(ya)
	case ya == yb && a.Month() == b.Month():
		return strconv.Itoa(a.Day()) + "–" + strconv.Itoa(b.Day()) + " " + monthAbbr[a.Month()-1] + " " + yearLabel(ya)
	case ya == yb:
		return strconv.Itoa(a.Day()) + " " + monthAbbr[a.Month()-1] + " – " + strconv.Itoa(b.Day()) + " " + monthAbbr[b.Month()-1] + " " + yearLabel(ya)
	}
	return strconv.Itoa(a.Day()) + " " + monthAbbr[a.Month()-1] + " " + yearLabel(ya) + " – " +
		strconv.Itoa(b.Day()) + " " + monthAbbr[b.Month()-1] + " " + yearLabel(yb)
}
