package edtf_test

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/edtf"
)

func TestLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Single dates at each precision.
		{"2021-02-15", "15 Feb 2021"},
		{"2021-02", "Feb 2021"},
		{"2021", "2021"},
		{"0800", "800"},
		{"2019-21", "Spring 2019"},
		{"2019-22", "Summer 2019"},
		{"2019-23", "Autumn 2019"},
		{"2019-24", "Winter 2019"},
		{"2023-03-22T21:30-04:00", "22 Mar 2023, 21:30 UTC−4"},
		{"1985-04-12T23:20:30Z", "12 Apr 1985, 23:20:30 UTC"},
		{"1985-04-12T23:20:30", "12 Apr 1985, 23:20:30"},
		{"2020-01-05T09:05+05:30", "5 Jan 2020, 09:05 UTC+5:30"},
		// Qualifiers.
		{"2019?", "2019?"},
		{"2021-02~", "Feb 2021 (approx.)"},
		{"2019%", "2019? (approx.)"},
		{"2019-22~", "Summer 2019 (approx.)"},
		// Unspecified digits.
		{"201X", "2010s"},
		{"20XX", "2000–2099"},
		{"000X", "1 BCE–9"},
		{"201X?", "2010s?"},
		{"2021-XX", "2021"},
		{"1985-04-XX", "Apr 1985"},
		{"1985-XX-XX", "1985"},
		// Years before 1 CE and beyond 9999.
		{"-0044", "45 BCE"},
		{"0000", "1 BCE"},
		{"Y170000002", "170,000,002"},
		{"Y-170000002", "170,000,003 BCE"},
		{"Y12000", "12,000"},
		// Intervals between two dates.
		{"2018-12-10/2021-09-24", "10 Dec 2018 – 24 Sep 2021"},
		{"2023-03-10/2023-03-12", "10–12 Mar 2023"},
		{"2023-03-10/2023-04-02", "10 Mar – 2 Apr 2023"},
		{"2023-03-10/2023-03-10", "10 Mar 2023"},
		{"2021-03/2021-06", "Mar–Jun 2021"},
		{"2021-03/2021-03", "Mar 2021"},
		{"2021-11/2022-02", "Nov 2021 – Feb 2022"},
		{"2019-21/2019-23", "Spring–Autumn 2019"},
		{"2019/2021", "2019–2021"},
		{"2019/2019", "2019"},
		{"-0044/0010", "45 BCE – 10"},
		{"201X/202X", "2010s–2020s"},
		{"20XX/21XX", "2000–2099 – 2100–2199"},
		{"2019~/2020?", "2019 (approx.) – 2020?"},
		{"2019?/2021", "2019?–2021"},
		{"2021-03~/2021-06", "Mar 2021 (approx.) – Jun 2021"},
		{"2021/2021-06", "2021 – Jun 2021"},
		{"2023-03-22T21:30Z/2023-03-22T23:00Z", "22 Mar 2023, 21:30–23:00 UTC"},
		{"2023-03-22T21:30:05/2023-03-22T21:31:10", "22 Mar 2023, 21:30:05–21:31:10"},
		{"2023-03-22T21:30-04:00/2023-03-23T03:00Z", "22 Mar 2023, 21:30 UTC−4 – 23 Mar 2023, 03:00 UTC"},
		{"2023-03-22T21:30Z/2023-03-23T01:00Z", "22 Mar 2023, 21:30 UTC – 23 Mar 2023, 01:00 UTC"},
		// Open and unknown ends.
		{"2023-03-22/..", "since 22 Mar 2023"},
		{"../2019", "until 2019"},
		{"2015/", "2015 – end unknown"},
		{"/2016-03", "start unknown – Mar 2016"},
		{"2019~/..", "since 2019 (approx.)"},
	} {
		if got := edtf.MustParse(c.in).Label(); got != c.want {
			t.Errorf("Label(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLongLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2023-03-21", "21 March 2023"},
		{"2023-09", "September 2023"},
		{"2023-09~", "September 2023 (approx.)"},
		{"2023", "2023"},
		{"2019-22", "Summer 2019"},
		{"201X", "2010s"},
		{"-0044", "45 BCE"},
		{"2023-03-22T21:30-04:00", "22 March 2023, 21:30 UTC−4"},
		{"2023-03-10/2023-03-12", "10–12 March 2023"},
		{"2021-03/2021-06", "March–June 2021"},
		{"2018-12-10/2021-09-24", "10 December 2018 – 24 September 2021"},
		{"2023-03-22T21:30Z/2023-03-22T23:00Z", "22 March 2023, 21:30–23:00 UTC"},
		{"2023-03-22/..", "since 22 March 2023"},
		{"/2016-03", "start unknown – March 2016"},
	} {
		if got := edtf.MustParse(c.in).LongLabel(); got != c.want {
			t.Errorf("LongLabel(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestYearLabel(t *testing.T) {
	for _, c := range []struct {
		in   int64
		want string
	}{
		{2019, "2019"},
		{1, "1"},
		{0, "1 BCE"},
		{-44, "45 BCE"},
		{9999, "9999"},
		{10000, "10,000"},
		{170000002, "170,000,002"},
		{-9999, "10,000 BCE"},
		{math.MaxInt64, "9,223,372,036,854,775,807"},
		{math.MinInt64, "9,223,372,036,854,775,809 BCE"},
	} {
		if got := edtf.YearLabel(c.in); got != c.want {
			t.Errorf("YearLabel(%d) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLabelByHand covers values no parse gives: zero values, intervals
// without a dated end, and fields out of range, which are written at the
// precision their valid fields support.
func TestLabelByHand(t *testing.T) {
	for _, c := range []struct {
		name string
		v    edtf.Value
		want string
	}{
		{"zero value", edtf.Value{}, ""},
		{"zero date with a qualifier", edtf.Value{Date: edtf.Date{Qualifier: edtf.Uncertain}}, ""},
		{"no dated end", edtf.Value{IsInterval: true, Start: edtf.Bound{Kind: edtf.BoundOpen}}, "date unknown"},
		{"month 13", edtf.Value{Date: edtf.Date{Year: 2021, Month: 13, Day: 2, Precision: edtf.PrecisionDay}}, "2021"},
		{"month 0", edtf.Value{Date: edtf.Date{Year: 2021, Precision: edtf.PrecisionMonth}}, "2021"},
		{"day 0", edtf.Value{Date: edtf.Date{Year: 2021, Month: 2, Precision: edtf.PrecisionDay}}, "Feb 2021"},
		{"season 25", edtf.Value{Date: edtf.Date{Year: 2021, Season: 25, Precision: edtf.PrecisionSeason}}, "2021"},
		{"decade not rounded", edtf.Value{Date: edtf.Date{Year: 2017, Precision: edtf.PrecisionYear,
			Unspecified: edtf.UnspecifiedYearOnes}}, "2010s"},
		{"interval of bad months", edtf.Value{IsInterval: true,
			Start: edtf.Bound{Date: edtf.Date{Year: 2021, Month: 0, Precision: edtf.PrecisionMonth}},
			End:   edtf.Bound{Date: edtf.Date{Year: 2021, Month: 3, Precision: edtf.PrecisionMonth}}}, "2021 – Mar 2021"},
	} {
		if got := c.v.Label(); got != c.want {
			t.Errorf("%s: Label() = %q, want %q", c.name, got, c.want)
		}
	}
	if got := (edtf.Date{}).Label(); got != "" {
		t.Errorf("zero Date: Label() = %q, want \"\"", got)
	}
}

// FuzzLabel checks that every date the parser accepts gets a label: never
// empty, valid UTF-8, one line, and its long form no shorter.
func FuzzLabel(f *testing.F) {
	for _, s := range []string{"2021-02-15", "2019-22~", "20XX", "Y-170000002", "2023-03-22T21:30-04:00",
		"2023-03-10/2023-04-02", "../2019", "2015/", "-0044/0010"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := edtf.Parse(s)
		if err != nil {
			return
		}
		short, long := v.Label(), v.LongLabel()
		if short == "" || !utf8.ValidString(short) || strings.ContainsAny(short, "\n\r") {
			t.Fatalf("Label(%s) = %q", s, short)
		}
		if utf8.RuneCountInString(long) < utf8.RuneCountInString(short) {
			t.Fatalf("LongLabel(%s) = %q is shorter than Label %q", s, long, short)
		}
	})
}

func BenchmarkLabel(b *testing.B) {
	vs := []edtf.Value{edtf.MustParse("2021-02-15"), edtf.MustParse("2023-03-10/2023-04-02"),
		edtf.MustParse("2023-03-22T21:30-04:00"), edtf.MustParse("2019%")}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = vs[i%len(vs)].Label()
	}
}

func ExampleValue_Label() {
	for _, s := range []string{"2021-02-15", "2021-02~", "2019-22", "-0044", "2023-03-10/2023-03-12", "2023-03-22/.."} {
		fmt.Println(edtf.MustParse(s).Label())
	}
	// Output:
	// 15 Feb 2021
	// Feb 2021 (approx.)
	// Summer 2019
	// 45 BCE
	// 10–12 Mar 2023
	// since 22 Mar 2023
}

func ExampleValue_LongLabel() {
	fmt.Println("As known on " + edtf.MustParse("2023-03-21").LongLabel())
	// Output: As known on 21 March 2023
}
