// Package edtf parses and prints dates in the Extended Date/Time Format
// (EDTF, ISO 8601-2), Levels 0 and 1.
//
// A parsed Value is either a single Date or an Interval of two bounds. Every
// value knows the earliest and latest instant it can stand for (Lower and
// Upper), its precision and its qualifiers (uncertain "?", approximate "~",
// both "%"), and prints back in canonical form with String:
// Parse(v.String()) gives a Value equal to v.
//
// Supported forms: 2021-02-15, 2021-02, 2021, date-times such as
// 1985-04-12T23:20:30Z or 2023-03-22T21:30-04:00, intervals such as
// 2018-12-10/2021-09-24 with open ("..") and unknown (empty) ends, qualifiers,
// unspecified digits (201X, 2021-XX, 1985-XX-XX), seasons 21 to 24, negative
// years (-0044, astronomical numbering: year 0 is 1 BCE) and letter-prefixed
// years (Y170000002).
//
// Choices where the specification leaves room, or where this package goes
// beyond Level 1:
//
//   - Seasons use the northern-hemisphere meteorological convention: spring
//     (21) is March to May, summer (22) June to August, autumn (23)
//     September to November, winter (24) December of the stated year to
//     February of the next.
//   - Date-times may state minutes only (2023-03-22T21:30-04:00), and may be
//     the ends of an interval; Level 0 has neither. A date-time without a UTC
//     offset is read as UTC. Offsets run from -14:00 to +14:00 and print as Z
//     or ±hh:mm, so 1985-04-12T23:20:30-04 prints 1985-04-12T23:20:30-04:00.
//     Fractional seconds are not accepted.
//   - A qualifier applies to a whole date (Level 1), never to a date-time.
//   - X digits run from the right (201X, 20XX, 2004-XX, 1985-04-XX,
//     1985-XX-XX, 201X-XX); at most the last two digits of a year may be X,
//     and only in years 0000 to 9999.
//   - Year 0 is written 0000; -0000 is rejected. A Y year has more than four
//     digits, no leading zero, and at most nine digits.
//   - An interval needs at least one dated end (../.. and / are rejected),
//     and its end may not lie wholly before its start (2019/2018 is
//     rejected; 2004-06/2004 is accepted).
//
// Errors are *Error values wrapping ErrInvalid. Their messages say what is
// wrong and how EDTF writes it, with hints for common human forms such as
// "summer 2019", "c. 1990", "1990s", "44 BC", "February 15, 2021" and
// "15/02/2021".
//
// Label, LongLabel and YearLabel write values for readers, in English, at
// the precision the value states and no finer: "Feb 2021", "Summer 2019 (approx.)",
// "2019?", "45 BCE", "10 Dec 2018 – 24 Sep 2021", "since 22 Mar 2023". The
// timeline and the relationship diagram both use them, so a date reads the
// same in every picture.
package edtf
