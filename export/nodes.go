package export

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// node is what every format says of one vertex.
type node struct {
	id, kind, label string
	status          string     // claims
	date            edtf.Value // events, sources; a claim's made
	detail          string     // organization or source kind, event place
}

func nodeOf(v *graph.Vertex) node {
	n := node{id: v.ID, kind: string(v.Kind), label: oneLine(v.Label)}
	switch {
	case v.Event != nil:
		n.date, n.detail = v.Event.Date, v.Event.Place
	case v.Source != nil:
		n.date, n.detail = v.Source.Date, v.Source.Kind
	case v.Claim != nil:
		n.date, n.status = v.Claim.Made, string(v.Claim.Status)
	case v.Organization != nil:
		n.detail = v.Organization.Kind
	}
	return n
}

// oneLine joins the lines of s with spaces, collapsing runs of white
// space; s itself when it has none to collapse.
func oneLine(s string) string {
	prevSpace := true // a leading space is collapsed too
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += n - 1
			prevSpace = false
		case c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			return strings.Join(strings.Fields(s), " ")
		case c == ' ':
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
		default:
			prevSpace = false
		}
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// bounds returns the first and last day a date can stand for as
// YYYY-MM-DD (years before 1 and after 9999 as XML Schema writes them:
// -0044, 170000002), and whether each end is known: an open or unknown
// interval end, and year 0 (which XML Schema's dates lack), is left out.
func bounds(v edtf.Value) (lo, hi string, okLo, okHi bool) {
	tlo, thi, okLo, okHi := boundTimes(v)
	if okLo {
		lo, _ = day(tlo)
	}
	if okHi {
		hi, _ = day(thi)
	}
	return lo, hi, okLo, okHi
}

// boundTimes is bounds before writing: the first and last instant of v,
// and whether each end is known.
func boundTimes(v edtf.Value) (lo, hi time.Time, okLo, okHi bool) {
	if v.IsZero() {
		return lo, hi, false, false
	}
	lo, hi = v.Lower(), v.Upper()
	okLo, okHi = lo.Year() != 0, hi.Year() != 0
	if v.IsInterval {
		okLo = okLo && v.Start.Kind == edtf.BoundDate
		okHi = okHi && v.End.Kind == edtf.BoundDate
	}
	return lo, hi, okLo, okHi
}

// day writes t's date; ok is false for year 0.
func day(t time.Time) (string, bool) {
	y := t.Year()
	if y == 0 {
		return "", false
	}
	var a [24]byte
	return string(appendDay(a[:0], y, t)), true
}

// appendDay appends t's date, year y (not 0), as YYYY-MM-DD: at least
// four digits of year, a minus before years before 1.
func appendDay(b []byte, y int, t time.Time) []byte {
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	for d := 1000; d > 1 && y < d; d /= 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(y), 10)
	m, d := int(t.Month()), t.Day()
	return append(b, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// when returns s when ok, else "".
func when(s string, ok bool) string {
	if ok {
		return s
	}
	return ""
}
