package timeline

import (
	"math"
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

// monthAbbr writes the three-letter English name of m: "Mar".
func monthAbbr(m time.Month) string { return m.String()[:3] }

// rangeLabel writes the span of day numbers lo..hi (hi exclusive) at a
// precision fitting its length, for aggregates, in edtf's wording:
// "Mar–Jun 2021", "2018–2021", "12–14 Mar 2023".
func rangeLabel(lo, hi float64) string {
	p := edtf.PrecisionDay
	switch {
	case hi-lo > 3*365:
		p = edtf.PrecisionYear
	case hi-lo > 45:
		p = edtf.PrecisionMonth
	}
	return edtf.Value{IsInterval: true,
		Start: edtf.Bound{Date: dateAt(timeOf(lo), p)},
		End:   edtf.Bound{Date: dateAt(timeOf(math.Max(lo, hi-1.0/secondsPerDay)), p)},
	}.Label()
}

// dateAt returns the date of t at precision p (year, month or day).
func dateAt(t time.Time, p edtf.Precision) edtf.Date {
	d := edtf.Date{Year: int32(t.Year()), Precision: p}
	if p >= edtf.PrecisionMonth {
		d.Month = int8(t.Month())
	}
	if p >= edtf.PrecisionDay {
		d.Day = int8(t.Day())
	}
	return d
}
