package edtf

import (
	"slices"
	"testing"
)

func TestCompareSorts(t *testing.T) {
	in := []string{
		"2019", "/2019", "2019-06", "2019-06~", "2019-22", "201X", "Y-170000002",
		"-0044", "2019-06-15T10:00Z", "2019-06-15T06:00-04:00", "2019-06-15",
		"2018/2020", "2019/..", "0000", "20XX",
	}
	want := []string{
		"", // the zero Value sorts first
		"Y-170000002",
		"-0044",
		"0000",
		"20XX",
		"201X",
		"2018/2020",
		"/2019",
		"2019",
		"2019/..",
		"2019-06",
		"2019-06~",
		"2019-22",
		"2019-06-15",
		"2019-06-15T06:00-04:00", // the same instant: ordered by String
		"2019-06-15T10:00Z",
	}
	vals := []Value{{}}
	for _, s := range in {
		vals = append(vals, MustParse(s))
	}
	slices.SortFunc(vals, Value.Compare)
	got := make([]string, len(vals))
	for i, v := range vals {
		got[i] = v.String()
	}
	if !slices.Equal(got, want) {
		t.Errorf("sorted:\n got %q\nwant %q", got, want)
	}
}

func TestCompareSigns(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2019", "2020", -1},
		{"2020", "2019", 1},
		{"2019", "2019", 0},
		{"2019", "2019?", -1}, // same bounds: "2019" < "2019?"
		{"2019-01", "2019", -1},
		{"2019", "201X", 1},
		{"2019-06-15T10:00Z", "2019-06-15T06:00-04:00", 1}, // same instant, ordered by String
	}
	for _, tc := range tests {
		a, b := MustParse(tc.a), MustParse(tc.b)
		if got := a.Compare(b); got != tc.want {
			t.Errorf("%q.Compare(%q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := b.Compare(a); got != -tc.want {
			t.Errorf("%q.Compare(%q) = %d, want %d", tc.b, tc.a, got, -tc.want)
		}
	}
}

func TestStringers(t *testing.T) {
	for q, want := range map[Qualifier]string{0: "", Uncertain: "?", Approximate: "~", Uncertain | Approximate: "%"} {
		if got := q.String(); got != want {
			t.Errorf("Qualifier(%d).String() = %q, want %q", q, got, want)
		}
	}
	precs := []string{"none", "year", "season", "month", "day", "minute", "second", "Precision(7)"}
	for p, want := range precs {
		if got := Precision(p).String(); got != want {
			t.Errorf("Precision(%d).String() = %q, want %q", p, got, want)
		}
	}
	b := MustParse("1985/..")
	if b.Start.String() != "1985" || b.End.String() != ".." || (Bound{Kind: BoundUnknown}).String() != "" {
		t.Errorf("Bound strings: %q %q", b.Start.String(), b.End.String())
	}
	if (Date{}).String() != "" {
		t.Errorf("Date{}.String() = %q", Date{}.String())
	}
}
