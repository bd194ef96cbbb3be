package edtf

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxLongYearDigits bounds the digits of a Y year, keeping its bounds well
// inside the range of time.Time.
const maxLongYearDigits = 9

// dateScanner reads one date (not an interval) from s, which starts at byte
// off of the whole input in.
type dateScanner struct {
	in  string
	off int
	s   string
}

// fail returns an *Error at byte at of s.
func (p *dateScanner) fail(at int, format string, args ...any) error {
	return &Error{Input: p.in, Offset: p.off + at, Msg: fmt.Sprintf(format, args...)}
}

// unexpected reports the character at byte at of s.
func (p *dateScanner) unexpected(at int, after string) error {
	r, _ := utf8.DecodeRuneInString(p.s[at:])
	switch {
	case unicode.IsSpace(r):
		return p.fail(at, "EDTF dates contain no spaces")
	case strings.ContainsRune("‐‑‒–—−", r):
		return p.fail(at, "write the hyphen as the plain ASCII character -")
	case r == 't' || r == 'z' || r == 'x' || r == 'y':
		return p.fail(at, "unexpected %q after %s; EDTF letters are capitals (T, Z, X, Y)", r, after)
	}
	return p.fail(at, "unexpected %q after %s", r, after)
}

// parseDate reads a Level 0 or Level 1 date or date-time, with an optional
// qualifier at its end.
func parseDate(in string, off int, s string) (Date, error) {
	p := &dateScanner{in: in, off: off, s: s}
	return p.date()
}

// date reads the whole of s: a qualifier at its end, then a Y year or a
// calendar date.
func (p *dateScanner) date() (Date, error) {
	var d Date
	body := p.s
	if body == "" {
		return d, p.fail(0, "the date is empty")
	}
	switch body[len(body)-1] {
	case '?':
		d.Qualifier = Uncertain
	case '~':
		d.Qualifier = Approximate
	case '%':
		d.Qualifier = Uncertain | Approximate
	}
	if d.Qualifier != 0 {
		body = body[:len(body)-1]
	}
	if i := strings.IndexAny(body, "?~%"); i >= 0 {
		if i == len(body)-1 {
			return d, p.fail(i, "write one qualifier: %% means both uncertain (?) and approximate (~)")
		}
		return d, p.fail(i, "a qualifier (%c) goes at the end of the date and qualifies all of it", body[i])
	}
	if body == "" {
		return d, p.fail(0, "a qualifier needs a date before it, as in 2019?")
	}
	if body[0] == 'Y' {
		return p.longYear(d, body)
	}
	return p.calendar(d, body)
}

// longYear reads a letter-prefixed year such as Y170000002 or Y-170000002.
func (p *dateScanner) longYear(d Date, body string) (Date, error) {
	i := 1
	neg := i < len(body) && body[i] == '-'
	if neg {
		i++
	}
	j := i
	for j < len(body) && isDigit(body[j]) {
		j++
	}
	digits := body[i:j]
	switch {
	case digits == "":
		return d, p.fail(i, "Y is followed by a year of more than 4 digits, as in Y170000002")
	case j < len(body) && body[j] == '-':
		return d, p.fail(j, "a Y year stands alone, with no month or day")
	case j < len(body):
		return d, p.unexpected(j, "the year")
	case len(digits) <= 4:
		y, _ := strconv.ParseInt(digits, 10, 64)
		if neg {
			y = -y
		}
		return d, p.fail(0, "Y marks years of more than 4 digits; write %s", formatYear(y))
	case digits[0] == '0':
		return d, p.fail(i, "a Y year has no leading zeros")
	case len(digits) > maxLongYearDigits:
		return d, p.fail(i, "years of more than %d digits are not supported", maxLongYearDigits)
	}
	y, _ := strconv.ParseInt(digits, 10, 64)
	if neg {
		y = -y
	}
	d.Year = int32(y) // at most nine digits
	d.Precision = PrecisionYear
	return d, nil
}

// calendar reads [-]YYYY[-MM[-DD[Thh:mm[:ss][zone]]]] where the rightmost
// digits may be X.
func (p *dateScanner) calendar(d Date, body string) (Date, error) {
	i := 0
	neg := body[0] == '-'
	if neg {
		i = 1
	}
	j := i
	for j < len(body) && (isDigit(body[j]) || body[j] == 'X') {
		j++
	}
	year := body[i:j]
	switch {
	case year == "" && j < len(body):
		return d, p.fail(i, "a date starts with a year of 4 digits, as in 2019")
	case year == "":
		return d, p.fail(i, "a year of 4 digits must follow the minus sign, as in -0044")
	case len(year) > 4 && !strings.Contains(year, "X"):
		y := year
		if neg {
			y = "-" + y
		}
		return d, p.fail(i, "a year has 4 digits; write larger years as Y%s", y)
	case len(year) != 4:
		return d, p.fail(i, "a year has 4 digits, as in 0800 or 2019")
	}
	x := strings.IndexByte(year, 'X')
	if x >= 0 {
		if strings.Trim(year[x:], "X") != "" {
			return d, p.fail(i+x, "X replaces digits from the right only, as in 201X or 20XX")
		}
		if x < 2 {
			return d, p.fail(i+x, "X may replace only the last two digits of a year, as in 201X or 20XX")
		}
		if neg {
			return d, p.fail(i+x, "X digits are for years 0000 to 9999, not negative years")
		}
		d.Unspecified |= UnspecifiedYearOnes
		if x == 2 {
			d.Unspecified |= UnspecifiedYearTens
		}
		year = year[:x] + strings.Repeat("0", 4-x)
	}
	y, _ := strconv.ParseInt(year, 10, 64)
	if neg {
		if y == 0 {
			return d, p.fail(0, "year 0 has no sign; write 0000 (1 BCE)")
		}
		y = -y
	}
	d.Year = int32(y) // four digits
	d.Precision = PrecisionYear
	if j == len(body) {
		return d, nil
	}
	if body[j] == 'T' {
		return d, p.fail(j, "a time needs a full date, as in 1985-04-12T23:20:30")
	}
	if body[j] != '-' {
		return d, p.unexpected(j, "the year")
	}
	return p.month(d, body, j+1)
}

// field reads a two-character month or day at i: two digits or XX. It
// returns the value (0 for XX), whether it was XX, and the index after it.
func (p *dateScanner) field(body string, i int, name, example string) (int, bool, int, error) {
	j := i
	for j < len(body) && (isDigit(body[j]) || body[j] == 'X') {
		j++
	}
	f := body[i:j]
	switch {
	case len(f) != 2:
		return 0, false, j, p.fail(i, "the %s has two digits, as in %s", name, example)
	case f == "XX":
		return 0, true, j, nil
	case strings.Contains(f, "X"):
		return 0, false, j, p.fail(i, "X replaces the whole %s (XX) in Level 1", name)
	}
	return int(f[0]-'0')*10 + int(f[1]-'0'), false, j, nil
}

// month reads the month or season at i, and what follows it.
func (p *dateScanner) month(d Date, body string, i int) (Date, error) {
	m, x, j, err := p.field(body, i, "month", "2019-01")
	if err != nil {
		return d, err
	}
	yearX := d.Unspecified&UnspecifiedYearOnes != 0
	switch {
	case x:
		d.Unspecified |= UnspecifiedMonth
		d.Precision = PrecisionMonth
	case yearX:
		return d, p.fail(i, "X replaces digits from the right only: after an X year the month is XX")
	case m >= 1 && m <= 12:
		d.Month = int8(m)
		d.Precision = PrecisionMonth
	case m >= 21 && m <= 24:
		d.Season = int8(m)
		d.Precision = PrecisionSeason
	case m > 24:
		return d, p.fail(i, "%02d is neither a month nor a season (21-24)", m)
	default:
		return d, p.fail(i, "month %02d is out of range (01-12, or 21-24 for seasons)", m)
	}
	if j == len(body) {
		return d, nil
	}
	if body[j] == 'T' {
		return d, p.fail(j, "a time needs a full date, as in 1985-04-12T23:20:30")
	}
	if body[j] != '-' {
		return d, p.unexpected(j, "the month")
	}
	if d.Season != 0 {
		return d, p.fail(j, "a season (%s) has no day", body[:j])
	}
	return p.day(d, body, j+1)
}

// day reads the day at i, and a time if one follows.
func (p *dateScanner) day(d Date, body string, i int) (Date, error) {
	n, x, j, err := p.field(body, i, "day", "2019-01-05")
	if err != nil {
		return d, err
	}
	d.Precision = PrecisionDay
	switch {
	case x:
		d.Unspecified |= UnspecifiedDay
	case d.Unspecified&UnspecifiedMonth != 0:
		return d, p.fail(i, "X replaces digits from the right only: after an XX month the day is XX")
	case n < 1 || n > 31:
		return d, p.fail(i, "day %02d is out of range (01-31)", n)
	case n > daysIn(int64(d.Year), int(d.Month)):
		return d, p.fail(i, "%s %s has %d days", time.Month(d.Month), formatYear(int64(d.Year)), daysIn(int64(d.Year), int(d.Month)))
	default:
		d.Day = int8(n)
	}
	if j == len(body) {
		return d, nil
	}
	if body[j] != 'T' {
		return d, p.unexpected(j, "the day")
	}
	if d.Unspecified != 0 {
		return d, p.fail(j, "a time needs a full date with no X digits")
	}
	if d.Qualifier != 0 {
		return d, p.fail(len(p.s)-1, "a qualifier applies to a date, not a date-time")
	}
	return p.clock(d, body, j+1)
}
