package export

import (
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
)

func TestBounds(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi string // "" when left open
	}{
		{"2021-02", "2021-02-01", "2021-02-28"},
		{"2019-22", "2019-06-01", "2019-08-31"},
		{"201X", "2010-01-01", "2019-12-31"},
		{"2023-03-22/..", "2023-03-22", ""},
		{"/2019", "", "2019-12-31"},
		{"-0044", "-0044-01-01", "-0044-12-31"},
		{"0000", "", ""},
		{"Y170000002", "170000002-01-01", "170000002-12-31"},
		{"2023-03-22T21:30-04:00", "2023-03-23", "2023-03-23"},
	}
	for _, tt := range tests {
		lo, hi, okLo, okHi := bounds(edtf.MustParse(tt.in))
		if when(lo, okLo) != tt.lo || when(hi, okHi) != tt.hi {
			t.Errorf("bounds(%s) = %q, %q; want %q, %q", tt.in, when(lo, okLo), when(hi, okHi), tt.lo, tt.hi)
		}
	}
}

func TestNeo4jDates(t *testing.T) {
	tests := []struct{ in, cells string }{
		{"2021-02", "2021-02,2021-02-01,2021-02-28"},
		{"-0044", "-0044,-0044-01-01,-0044-12-31"},
		{"Y170000002", "Y170000002,+170000002-01-01,+170000002-12-31"},
		{"../2019", "../2019,,2019-12-31"},
		{"2023-03-22/..", "2023-03-22/..,2023-03-22,"},
		{"", ",,"},
	}
	for _, tt := range tests {
		var v edtf.Value
		if tt.in != "" {
			v = edtf.MustParse(tt.in)
		}
		var w csvWriter
		w.neo4jDated(v)
		if string(w.b) != tt.cells {
			t.Errorf("neo4jDated(%q) = %q; want %q", tt.in, w.b, tt.cells)
		}
	}
}

func TestTimelineJSDates(t *testing.T) {
	str := func(d tlDate) string {
		if d.parts == 0 {
			return "-"
		}
		return string(appendTLDate(nil, d))
	}
	tests := []struct{ in, start, end string }{
		{"2021-02-15", `{"year":"2021","month":"2","day":"15"}`, "-"},
		{"2021-02", `{"year":"2021","month":"2"}`, "-"},
		{"2019-22", `{"year":"2019","month":"6"}`, `{"year":"2019","month":"8"}`},
		{"2019-24", `{"year":"2019","month":"12"}`, `{"year":"2020","month":"2"}`},
		{"201X", `{"year":"2010"}`, `{"year":"2019"}`},
		{"2021-XX", `{"year":"2021"}`, "-"},
		{"-0044", `{"year":"-44"}`, "-"},
		{"2018-12-10/2021-09-24", `{"year":"2018","month":"12","day":"10"}`, `{"year":"2021","month":"9","day":"24"}`},
		{"2023-03-22/..", `{"year":"2023","month":"3","day":"22"}`, "-"},
		{"/2019", `{"year":"2019"}`, `{"year":"2019"}`},
		{"2023-03-22T21:30-04:00", `{"year":"2023","month":"3","day":"22","hour":"21","minute":"30"}`, "-"},
	}
	for _, tt := range tests {
		s, e := tlDates(edtf.MustParse(tt.in))
		if str(s) != tt.start || str(e) != tt.end {
			t.Errorf("tlDates(%s) = %s, %s; want %s, %s", tt.in, str(s), str(e), tt.start, tt.end)
		}
	}
}
