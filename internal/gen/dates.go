package gen

import (
	"fmt"
	"time"
)

// Days are counted from epoch; events spread over spanDays from it.
var epoch = time.Date(2012, time.January, 1, 0, 0, 0, 0, time.UTC)

const spanDays = 12 * 365

// day is a calendar day as a count of days since epoch.
type day int

func (d day) time() time.Time { return epoch.AddDate(0, 0, int(d)) }

// ymd writes d as an EDTF day, 2019-05-03.
func (d day) ymd() string { return d.time().Format("2006-01-02") }

// ym writes d's month, 2019-05.
func (d day) ym() string { return d.time().Format("2006-01") }

// y writes d's year, 2019.
func (d day) y() string { return d.time().Format("2006") }

// season writes d's season, 2019-21 (spring) to 2019-24 (winter), and
// reports false for January and February, whose winter would begin in the
// year before.
func (d day) season() (string, bool) {
	t := d.time()
	var s int
	switch t.Month() {
	case time.March, time.April, time.May:
		s = 21
	case time.June, time.July, time.August:
		s = 22
	case time.September, time.October, time.November:
		s = 23
	case time.December:
		s = 24
	default:
		return "", false
	}
	return fmt.Sprintf("%d-%d", t.Year(), s), true
}

// eventDate writes an EDTF date for an event that happened on d, of a
// precision drawn at random, and reports whether it is a plain day. The date
// never starts after d nor ends more than four days after it, so sources
// dated five days after d are dated after the event.
func (g *generator) eventDate(d day) (string, bool) {
	r := g.r.IntN(100)
	q := ""
	if g.r.IntN(10) == 0 {
		q = []string{"~", "?", "%"}[g.r.IntN(3)]
	}
	switch {
	case r < 50:
		return d.ymd() + q, q == ""
	case r < 62:
		return d.ym() + q, false
	case r < 67:
		if s, ok := d.season(); ok {
			return s + q, false
		}
		return d.ym(), false
	case r < 75:
		return d.y() + q, false
	case r < 81:
		end := d + day(1+g.r.IntN(4))
		return d.ymd() + "/" + end.ymd(), false
	case r < 83:
		return d.ymd() + "/..", false
	case r < 85:
		end := d + day(32+g.r.IntN(28))
		return d.ym() + "/" + end.ym(), false
	case r < 90:
		zones := []string{"Z", "-04:00", "+08:00", "+01:00"}
		return fmt.Sprintf("%sT%02d:%02d%s", d.ymd(), 8+g.r.IntN(14), 5*g.r.IntN(12), zones[g.r.IntN(len(zones))]), false
	default:
		return d.ymd() + []string{"~", "?", "%"}[g.r.IntN(3)], false
	}
}

// relationDate writes an EDTF interval for a relation, or "" for none.
func (g *generator) relationDate() string {
	start := day(g.r.IntN(spanDays))
	end := start + day(30+g.r.IntN(3*365))
	switch g.r.IntN(8) {
	case 0:
		return ""
	case 1:
		return start.y() + "/.."
	case 2:
		return "../" + end.ym()
	case 3:
		return start.ymd() + "/" + end.ymd()
	case 4:
		return start.y() + "~/" + (end + 366).y()
	default:
		return start.ym() + "/" + end.ym()
	}
}
