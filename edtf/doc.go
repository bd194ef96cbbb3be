// Package edtf parses and prints dates in the Extended Date/Time Format
// (EDTF, ISO 8601-2), Levels 0 and 1.
//
// A parsed Value is either a single Date or an Interval of two bounds. Every
// value knows the earliest and latest instant it can stand for (Lower and
// Upper), its precision and its qualifiers (uncertain "?", approximate "~",
// both "%"), and prints back in canonical form with String.
//
// Supported forms: 2021-02-15, 2021-02, 2021, date-times such as
// 1985-04-12T23:20:30Z or 2023-03-22T21:30-04:00, intervals such as
// 2018-12-10/2021-09-24 with open ("..") and unknown (empty) ends, qualifiers,
// unspecified digits (201X, 2021-XX, 1985-XX-XX), seasons 21 to 24, negative
// years (-0044, astronomical numbering: year 0 is 1 BCE) and letter-prefixed
// years (Y170000002).
package edtf
