package edtf

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Patterns of common human ways to write a date, matched against the
// trimmed, lower-cased input.
var (
	reSeason    = regexp.MustCompile(`^(spring|summer|autumn|fall|winter)(?:\s+of)?,?\s+(\d{4})$`)
	reCirca     = regexp.MustCompile(`^(?:c\.?|ca\.?|circa|about|around|approx\.?|approximately)\s*(\d{4})$`)
	reDecade    = regexp.MustCompile(`^(\d{3})0'?s$`)
	reBC        = regexp.MustCompile(`^(\d{1,4})\s*(?:bc|b\.c\.|bce|b\.c\.e\.)$`)
	reAD        = regexp.MustCompile(`^(?:(?:ad|a\.d\.|ce)\s*(\d{1,4})|(\d{1,4})\s*(?:ad|a\.d\.|ce))$`)
	reDMY       = regexp.MustCompile(`^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$`)
	reYMDSlash  = regexp.MustCompile(`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$`)
	reShortPart = regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$`)
	reBasic     = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	reSpaceTime = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2}.*)$`)
	reMonthDY   = regexp.MustCompile(`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	reDMonthY   = regexp.MustCompile(`^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$`)
	reMonthY    = regexp.MustCompile(`^([a-z]+)\.?,?\s+(\d{4})$`)
)

// maxHintLen bounds the inputs hint looks at: human dates are short, and
// the range hints reparse the input at every separator.
const maxHintLen = 64

// seasonCodes maps season words to EDTF season numbers (northern
// hemisphere, see seasonMonths).
var seasonCodes = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

// monthNumber returns the month (1-12) of an English month name or its
// usual abbreviation, and 0 for other words.
func monthNumber(w string) int {
	names := [...]string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}
	for i, n := range names {
		if w == n || len(w) >= 3 && strings.HasPrefix(n, w) {
			return i + 1
		}
	}
	return 0
}

// hint returns how EDTF writes s when s looks like a common human way of
// writing a date; the message is used in place of the parser's own.
func hint(s string) (string, bool) {
	if len(s) > maxHintLen {
		return "", false
	}
	trimmed := strings.TrimSpace(s)
	if h, ok := respelledHint(s, trimmed); ok {
		return h, true
	}
	t := strings.ToLower(trimmed)
	if m := reSeason.FindStringSubmatch(t); m != nil {
		return writeIt(fmt.Sprintf("%s-%d", m[2], seasonCodes[m[1]]), "")
	}
	if m := reCirca.FindStringSubmatch(t); m != nil {
		return writeIt(m[1]+"~", "(~ marks an approximate date)")
	}
	if m := reDecade.FindStringSubmatch(t); m != nil {
		if strings.HasSuffix(m[1], "0") {
			return fmt.Sprintf("EDTF writes the decade %s0s as %sX, the century as %sXX", m[1], m[1], m[1][:2]), true
		}
		return writeIt(m[1]+"X", "(X marks an unspecified digit)")
	}
	if m := reBC.FindStringSubmatch(t); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n == 0 {
			return "there is no year 0 BC; EDTF counts 1 BC as 0000", true
		}
		return fmt.Sprintf("EDTF counts years astronomically (1 BC is 0000): write %s BC as %s", m[1], formatYear(int64(1-n))), true
	}
	if m := reAD.FindStringSubmatch(t); m != nil {
		n, _ := strconv.Atoi(m[1] + m[2])
		return writeIt(formatYear(int64(n)), "")
	}
	if m := reSpaceTime.FindStringSubmatch(t); m != nil {
		return writeIt(strings.ToUpper(m[1]+"T"+m[2]), "(T separates date and time)")
	}
	if h, ok := numericHint(t); ok {
		return h, true
	}
	if h, ok := wordHint(t); ok {
		return h, true
	}
	if h, ok := rangeHint(t); ok {
		return h, true
	}
	return "", false
}

// numericHint covers all-digit forms: 15/02/2021, 2021/02/15, 2019-1-5,
// 20210215.
func numericHint(t string) (string, bool) {
	if m := reDMY.FindStringSubmatch(t); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		switch {
		case a > 12 && b <= 12 && validDay(m[3], b, a):
			return writeIt(ymd(m[3], b, a), "(year-month-day)")
		case b > 12 && a <= 12 && validDay(m[3], a, b):
			return writeIt(ymd(m[3], a, b), "(year-month-day)")
		case a == b && validDay(m[3], a, b):
			return writeIt(ymd(m[3], a, b), "(year-month-day)")
		case a <= 12 && b <= 12 && a > 0 && b > 0:
			return fmt.Sprintf("EDTF writes dates year-month-day: %s if the day comes first, %s if the month does",
				ymd(m[3], b, a), ymd(m[3], a, b)), true
		case a > 12 && b >= 1 && b <= 12:
			y, _ := strconv.ParseInt(m[3], 10, 64)
			return fmt.Sprintf("EDTF writes dates year-month-day (%s), but %s %s has %d days",
				ymd(m[3], b, a), time.Month(b), m[3], daysIn(y, b)), true
		}
		return "", false
	}
	if m := reYMDSlash.FindStringSubmatch(t); m != nil {
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if validDay(m[1], mo, d) {
			return writeIt(ymd(m[1], mo, d), "(hyphens between year, month and day; a slash separates the ends of an interval)")
		}
		return "", false
	}
	if m := reShortPart.FindStringSubmatch(t); m != nil && (len(m[2]) == 1 || len(m[3]) == 1) {
		mo, _ := strconv.Atoi(m[2])
		if m[3] == "" {
			if mo >= 1 && mo <= 12 {
				return writeIt(fmt.Sprintf("%s-%02d", m[1], mo), "(the month has two digits)")
			}
			return "", false
		}
		d, _ := strconv.Atoi(m[3])
		if validDay(m[1], mo, d) {
			return writeIt(ymd(m[1], mo, d), "(month and day have two digits)")
		}
		return "", false
	}
	if m := reBasic.FindStringSubmatch(t); m != nil {
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if validDay(m[1], mo, d) {
			return writeIt(ymd(m[1], mo, d), "(with hyphens)")
		}
	}
	return "", false
}

// wordHint covers forms with a month name: "February 15, 2021",
// "15 Feb 2021", "Feb. 2021".
func wordHint(t string) (string, bool) {
	if m := reMonthDY.FindStringSubmatch(t); m != nil {
		mo := monthNumber(m[1])
		d, _ := strconv.Atoi(m[2])
		if mo > 0 && validDay(m[3], mo, d) {
			return writeIt(ymd(m[3], mo, d), "")
		}
	}
	if m := reDMonthY.FindStringSubmatch(t); m != nil {
		mo := monthNumber(m[2])
		d, _ := strconv.Atoi(m[1])
		if mo > 0 && validDay(m[3], mo, d) {
			return writeIt(ymd(m[3], mo, d), "")
		}
	}
	if m := reMonthY.FindStringSubmatch(t); m != nil {
		if mo := monthNumber(m[1]); mo > 0 {
			return writeIt(fmt.Sprintf("%s-%02d", m[2], mo), "")
		}
	}
	return "", false
}

// writeIt formats a hint message.
func writeIt(edtf, note string) (string, bool) {
	if note != "" {
		return fmt.Sprintf("EDTF writes it %s %s", edtf, note), true
	}
	return "EDTF writes it " + edtf, true
}

// ymd formats a four-digit year, month and day.
func ymd(year string, m, d int) string {
	return fmt.Sprintf("%s-%02d-%02d", year, m, d)
}

// validDay reports whether month m and day d exist in the four-digit year.
func validDay(year string, m, d int) bool {
	y, _ := strconv.ParseInt(year, 10, 64)
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// respelledHint covers valid EDTF spelt loosely: surrounding spaces, small
// letters (201x, 1985-04-12t23:20:30z), the old draft's u for X (199u), and
// a qualifier put first (?2019).
func respelledHint(s, trimmed string) (string, bool) {
	upper := strings.ToUpper(trimmed)
	tries := [...]struct{ spelling, note string }{
		{trimmed, "with no spaces around it"},
		{upper, "with capital letters"},
		{strings.ReplaceAll(upper, "U", "X"), "(X marks an unspecified digit)"},
		{dashes.Replace(upper), "with plain ASCII hyphens"},
	}
	for _, try := range tries {
		if try.spelling == s {
			continue
		}
		if v, err := parse(try.spelling); err == nil {
			return writeIt(v.String(), try.note)
		}
	}
	if len(trimmed) > 1 && strings.IndexByte("?~%", trimmed[0]) >= 0 {
		if v, err := parse(trimmed[1:] + trimmed[:1]); err == nil {
			return writeIt(v.String(), "(a qualifier goes at the end and qualifies the whole date)")
		}
	}
	return "", false
}

// dashes replaces the dash characters word processors put in place of the
// ASCII hyphen-minus.
var dashes = strings.NewReplacer("‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "−", "-")

// rangeSeparators are the ways people join the two ends of a range.
var rangeSeparators = [...]string{" - ", " – ", " — ", "–", "—", " to ", " until ", " till ", " and ", "-"}

// rangeHint covers ranges written with words or dashes: "2019 - 2021",
// "from 2019 to 2021", "between 2019 and 2021", "2019–2021".
func rangeHint(t string) (string, bool) {
	for _, prefix := range [...]string{"from ", "between "} {
		t = strings.TrimPrefix(t, prefix)
	}
	for _, sep := range rangeSeparators {
		for i := strings.Index(t, sep); i >= 0; {
			a, errA := parse(strings.ToUpper(strings.TrimSpace(t[:i])))
			b, errB := parse(strings.ToUpper(strings.TrimSpace(t[i+len(sep):])))
			if errA == nil && errB == nil && !a.IsInterval && !b.IsInterval {
				if v, err := parse(a.String() + "/" + b.String()); err == nil {
					return writeIt(v.String(), "(a slash separates the start and end of an interval)")
				}
				if v, err := parse(b.String() + "/" + a.String()); err == nil {
					return writeIt(v.String(), "(the start comes first, and a slash separates it from the end)")
				}
			}
			j := strings.Index(t[i+len(sep):], sep)
			if j < 0 {
				break
			}
			i += len(sep) + j
		}
	}
	return "", false
}
