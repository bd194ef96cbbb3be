package timeline

import (
	"fmt"
	"strconv"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
)

// tickUnit is the calendar unit of a tick step.
type tickUnit int

const (
	unitHour tickUnit = iota
	unitDay
	unitMonth
	unitYear
)

// tickStep is a distance between ticks: N units.
type tickStep struct {
	Unit tickUnit
	N    int64
}

// days returns the step's approximate length in days.
func (s tickStep) days() float64 {
	switch s.Unit {
	case unitHour:
		return float64(s.N) / 24
	case unitDay:
		return float64(s.N)
	case unitMonth:
		return float64(s.N) * 30.44
	}
	return float64(s.N) * 365.2425
}

// steps lists the tick steps from the finest up: hours, days, weeks
// (Mondays), months, quarters, years, then 1-2-5 multiples of years up to
// a billion. There is no step of two days: every other day is no natural
// boundary, and a tick there names a day no event is on.
var steps = func() []tickStep {
	s := []tickStep{{unitHour, 1}, {unitHour, 3}, {unitHour, 6}, {unitHour, 12},
		{unitDay, 1}, {unitDay, 7}, {unitMonth, 1}, {unitMonth, 3}, {unitMonth, 6}}
	for p := int64(1); p <= 1e9; p *= 10 {
		s = append(s, tickStep{unitYear, p}, tickStep{unitYear, 2 * p}, tickStep{unitYear, 5 * p})
	}
	return s
}()

// tick is one labelled position on the axis.
type tick struct {
	T     float64 // day number
	Label string
}

// chooseStep returns the finest step, of unit finest or coarser, whose
// ticks lie at least minPx(step) apart on a segment drawn at pxPerDay.
func chooseStep(pxPerDay float64, finest tickUnit, minPx func(tickStep) float64) tickStep {
	for _, s := range steps {
		if s.Unit >= finest && s.days()*pxPerDay >= minPx(s) {
			return s
		}
	}
	return steps[len(steps)-1]
}

// ticksIn returns the ticks of step s from time lo to hi inclusive, in
// order. The first tick of a segment (first is true) names its year even
// where later ones give only a day or month.
func ticksIn(s tickStep, lo, hi float64) []tick {
	var out []tick
	t0 := timeOf(lo)
	first := true
	add := func(t time.Time) bool {
		d := dayOf(t)
		if d > hi+1e-9 {
			return false
		}
		if d >= lo-1e-9 {
			out = append(out, tick{T: d, Label: tickLabel(s, t, first)})
			first = false
		}
		return true
	}
	switch s.Unit {
	case unitHour:
		t := time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC)
		for add(t) {
			t = t.Add(time.Duration(s.N) * time.Hour)
		}
	case unitDay:
		t := time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC)
		if s.N == 7 {
			// Weeks start on Mondays.
			t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		} else if s.N > 1 {
			// Every other day of the month, from the 1st.
			t = t.AddDate(0, 0, -((t.Day() - 1) % int(s.N)))
		}
		for add(t) {
			next := t.AddDate(0, 0, int(s.N))
			if s.N == 2 && next.Month() != t.Month() {
				next = time.Date(next.Year(), next.Month(), 1, 0, 0, 0, 0, time.UTC)
			}
			t = next
		}
	case unitMonth:
		m := (int(t0.Month()) - 1) / int(s.N) * int(s.N)
		t := time.Date(t0.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		for add(t) {
			t = t.AddDate(0, int(s.N), 0)
		}
	case unitYear:
		for y := alignYear(int64(t0.Year()), s.N); ; y = nextYear(y, s.N) {
			if !add(time.Date(int(y), 1, 1, 0, 0, 0, 0, time.UTC)) {
				break
			}
		}
	}
	return out
}

// alignYear returns the last tick year at or before y for a step of n
// years. CE years align on multiples of n (2020); BCE years align so their
// BCE numbers are multiples of n (-99 is 100 BCE).
func alignYear(y, n int64) int64 {
	if y > 0 {
		return y - y%n
	}
	b := 1 - y // BCE number
	b += (n - b%n) % n
	return 1 - b
}

// nextYear returns the tick year after y for a step of n years.
func nextYear(y, n int64) int64 {
	if y > 0 {
		return y + n
	}
	b := 1 - y - n
	if b <= 0 {
		return n // from BCE into CE: the first multiple of n
	}
	return 1 - b
}

// tickLabel writes the label of a tick at t for step s.
func tickLabel(s tickStep, t time.Time, first bool) string {
	y := edtf.YearLabel(int64(t.Year()))
	dm := strconv.Itoa(t.Day()) + " " + monthAbbr(t.Month())
	switch s.Unit {
	case unitHour:
		hm := fmt.Sprintf("%02d:00", t.Hour())
		if first || t.Hour() < int(s.N) {
			return dm + " " + hm
		}
		return hm
	case unitDay:
		if first || (t.Month() == time.January && t.Day() <= int(s.N)) {
			return dm + " " + y
		}
		return dm
	case unitMonth:
		if first || t.Month() == time.January {
			return monthAbbr(t.Month()) + " " + y
		}
		return monthAbbr(t.Month())
	}
	return y
}

// sampleTickLabel is a wide label of step s near time t (one that names
// the year), to measure spacing by.
func sampleTickLabel(s tickStep, t float64) string {
	switch s.Unit {
	case unitHour:
		return "28 Sep 00:00"
	case unitDay:
		// Only the first tick of a segment and 1 January name the year.
		return "28 Sep"
	case unitMonth:
		return "Sep " + edtf.YearLabel(int64(timeOf(t).Year()))
	}
	return edtf.YearLabel(int64(timeOf(t).Year()))
}

// finestUnit returns the finest tick unit the dates of es call for: hours
// when some date states a time of day, days otherwise.
func finestUnit(es []*entry) tickUnit {
	for _, e := range es {
		for _, m := range e.events() {
			v := m.ev.Date
			ds := []edtf.Date{v.Date}
			if v.IsInterval {
				ds = []edtf.Date{v.Start.Date, v.End.Date}
			}
			for _, d := range ds {
				if d.Precision > edtf.PrecisionDay {
					return unitHour
				}
			}
		}
	}
	return unitDay
}
