package edtf

import (
	"fmt"
	"strings"
)

// Parse reads an EDTF Level 0 or Level 1 string: a date, a date-time or an
// interval. The result prints back with Value.String, and parsing that again
// gives an equal Value.
//
// Beyond Level 1, Parse accepts two extensions: date-times of minute
// precision (2023-03-22T21:30-04:00), and date-times as interval ends
// (2023-03-22T21:30Z/2023-03-22T23:00Z). Every error is an *Error wrapping
// ErrInvalid; where the input looks like a common human way of writing a date
// ("summer 2019", "c. 1990", "15/02/2021") the message says how EDTF writes it.
func Parse(s string) (Value, error) {
	v, err := parse(s)
	if err != nil {
		if msg, ok := hint(s); ok {
			return Value{}, &Error{Input: s, Msg: msg}
		}
		return Value{}, err
	}
	return v, nil
}

// MustParse is Parse for strings known to be valid, as in tests and
// examples; it panics on an error.
func MustParse(s string) Value {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// parse reads s without looking for hints.
func parse(s string) (Value, error) {
	if s == "" {
		return Value{}, &Error{Input: s, Msg: "the date is empty"}
	}
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		d, err := parseDate(s, 0, s)
		if err != nil {
			return Value{}, err
		}
		return Value{Date: d}, nil
	}
	if j := strings.IndexByte(s[slash+1:], '/'); j >= 0 {
		return Value{}, &Error{Input: s, Offset: slash + 1 + j,
			Msg: "an interval has one slash, between its start and its end; write dates with hyphens (2021-02-15)"}
	}
	start, err := parseBound(s, 0, s[:slash])
	if err != nil {
		return Value{}, err
	}
	end, err := parseBound(s, slash+1, s[slash+1:])
	if err != nil {
		return Value{}, err
	}
	if start.Kind != BoundDate && end.Kind != BoundDate {
		return Value{}, &Error{Input: s,
			Msg: "an interval needs at least one date, as in 2019/.. or ../2019"}
	}
	if start.Kind == BoundDate && end.Kind == BoundDate && end.Date.Upper().Before(start.Date.Lower()) {
		return Value{}, &Error{Input: s, Offset: slash + 1,
			Msg: fmt.Sprintf("the interval ends (%s) before it starts (%s)", s[slash+1:], s[:slash])}
	}
	return Value{IsInterval: true, Start: start, End: end}, nil
}

// parseBound reads one end of an interval: "" (unknown), ".." (open) or a
// date. off is the offset of part in the whole input in.
func parseBound(in string, off int, part string) (Bound, error) {
	switch part {
	case "":
		return Bound{Kind: BoundUnknown}, nil
	case "..":
		return Bound{Kind: BoundOpen}, nil
	}
	switch strings.ToLower(part) {
	case "present", "now", "today", "ongoing", "open":
		return Bound{}, &Error{Input: in, Offset: off,
			Msg: fmt.Sprintf("an open end is written \"..\" (as in 2019/..), not %q", part)}
	case "unknown", "?":
		return Bound{}, &Error{Input: in, Offset: off,
			Msg: fmt.Sprintf("an unknown end is left empty (as in 2019/ or /2019), not %q", part)}
	}
	d, err := parseDate(in, off, part)
	if err != nil {
		if h, ok := hint(part); ok {
			end := "start"
			if off > 0 {
				end = "end"
			}
			return Bound{}, &Error{Input: in, Offset: off, Msg: fmt.Sprintf("the %s %q: %s", end, part, h)}
		}
		return Bound{}, err
	}
	return Bound{Kind: BoundDate, Date: d}, nil
}
