package casefile

import (
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
)

// AsOfNote writes the note that heads a view of a case as known on v (see
// Case.AsOf), worded by v's precision, for every picture and listing:
//
//	day        "As known on 21 March 2023"
//	month      "As known by the end of March 2023"
//	season     "As known by the end of summer 2023"
//	year       "As known by the end of 1900"
//	date-time  "As known on 22 March 2023 at 21:30 UTC−4"
//
// A date with unspecified digits counts at the precision it states (201X
// is known by the end of 2019); an interval is known by the end of its
// dated end. The zero Value gives "".
func AsOfNote(v edtf.Value) string {
	if v.IsZero() {
		return ""
	}
	if v.IsInterval {
		if v.End.Kind == edtf.BoundDate {
			return AsOfNote(edtf.Value{Date: v.End.Date})
		}
		if v.Start.Kind == edtf.BoundDate {
			return AsOfNote(edtf.Value{Date: v.Start.Date})
		}
		return "As known at " + v.LongLabel()
	}
	d := v.Date
	switch {
	case d.Unspecified&(edtf.UnspecifiedYearOnes|edtf.UnspecifiedYearTens) != 0:
		return "As known by the end of " + edtf.YearLabel(int64(d.Upper().Year()))
	case d.Precision == edtf.PrecisionYear || d.Unspecified&edtf.UnspecifiedMonth != 0:
		return "As known by the end of " + edtf.YearLabel(int64(d.Year)) + qualifier(v)
	case d.Precision == edtf.PrecisionSeason:
		s := v.LongLabel()
		return "As known by the end of " + strings.ToLower(s[:1]) + s[1:]
	case d.Precision == edtf.PrecisionMonth || d.Unspecified&edtf.UnspecifiedDay != 0:
		return "As known by the end of " + v.LongLabel()
	case d.Precision == edtf.PrecisionDay:
		return "As known on " + v.LongLabel()
	}
	day := edtf.Value{Date: edtf.Date{Year: d.Year, Month: d.Month, Day: d.Day, Precision: edtf.PrecisionDay}}.LongLabel()
	full := v.LongLabel()
	if rest, ok := strings.CutPrefix(full, day+", "); ok {
		return "As known on " + day + " at " + rest
	}
	return "As known on " + full
}

// qualifier writes the qualifier suffix of a year-precision date, which
// its year label alone leaves out.
func qualifier(v edtf.Value) string {
	full, plain := v.LongLabel(), edtf.YearLabel(int64(v.Date.Year))
	return strings.TrimPrefix(full, plain)
}
