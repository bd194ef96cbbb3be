package edtf

import (
	"errors"
	"testing"
)

// invalidCases pins the exact message and offset of every kind of error,
// hints for human forms included.
var invalidCases = []struct {
	in     string
	offset int
	msg    string
}{
	{"", 0, "the date is empty"},
	{"2019-13", 5, "month 13 is out of range (01-12, or 21-24 for seasons)"},
	{"2019-00", 5, "month 00 is out of range (01-12, or 21-24 for seasons)"},
	{"2019-02-30", 8, "February 2019 has 28 days"},
	{"2019-04-31", 8, "April 2019 has 30 days"},
	{"1900-02-29", 8, "February 1900 has 28 days"},
	{"-0043-02-29", 9, "February -0043 has 28 days"},
	{"2019-02-00", 8, "day 00 is out of range (01-31)"},
	{"2019-02-32", 8, "day 32 is out of range (01-31)"},
	{"2019-25", 5, "25 is neither a month nor a season (21-24)"},
	{"2019-99", 5, "99 is neither a month nor a season (21-24)"},
	{"20190", 0, "a year has 4 digits; write larger years as Y20190"},
	{"-20190", 1, "a year has 4 digits; write larger years as Y-20190"},
	{"2019/2018", 5, "the interval ends (2018) before it starts (2019)"},
	{"2019-06-02/2019-06-01", 11, "the interval ends (2019-06-01) before it starts (2019-06-02)"},
	{"2019-06-02T10:00Z/2019-06-02T09:00Z", 18, "the interval ends (2019-06-02T09:00Z) before it starts (2019-06-02T10:00Z)"},
	{"../..", 0, "an interval needs at least one date, as in 2019/.. or ../2019"},
	{"/", 0, "an interval needs at least one date, as in 2019/.. or ../2019"},
	{"../", 0, "an interval needs at least one date, as in 2019/.. or ../2019"},
	{"/..", 0, "an interval needs at least one date, as in 2019/.. or ../2019"},
	{"2019-1-5", 0, "EDTF writes it 2019-01-05 (month and day have two digits)"},
	{"Y2019", 0, "Y marks years of more than 4 digits; write 2019"},
	{"Y-0044", 0, "Y marks years of more than 4 digits; write -0044"},
	{"Y0044", 0, "Y marks years of more than 4 digits; write 0044"},
	{"Y012345", 1, "a Y year has no leading zeros"},
	{"Y", 1, "Y is followed by a year of more than 4 digits, as in Y170000002"},
	{"Y-", 2, "Y is followed by a year of more than 4 digits, as in Y170000002"},
	{"Y1234567890", 1, "years of more than 9 digits are not supported"},
	{"Y170000002-01", 10, "a Y year stands alone, with no month or day"},
	{"Y12345X", 6, "unexpected 'X' after the year"},
	{"-0000", 0, "year 0 has no sign; write 0000 (1 BCE)"},
	{"-", 1, "a year of 4 digits must follow the minus sign, as in -0044"},
	{"2019 ", 0, "EDTF writes it 2019 with no spaces around it"},
	{"2019 -02", 4, "EDTF dates contain no spaces"},
	{"201X-04", 5, "X replaces digits from the right only: after an X year the month is XX"},
	{"2XXX", 1, "X may replace only the last two digits of a year, as in 201X or 20XX"},
	{"XXXX", 0, "X may replace only the last two digits of a year, as in 201X or 20XX"},
	{"2X1X", 1, "X replaces digits from the right only, as in 201X or 20XX"},
	{"-201X", 4, "X digits are for years 0000 to 9999, not negative years"},
	{"2004-1X", 5, "X replaces the whole month (XX) in Level 1"},
	{"1985-XX-12", 8, "X replaces digits from the right only: after an XX month the day is XX"},
	{"2019-21-05", 7, "a season (2019-21) has no day"},
	{"2019-02-15T25:00", 11, "hour 25 is out of range (00-23)"},
	{"2019-02-15T10:60", 14, "minute 60 is out of range (00-59)"},
	{"2019-02-15T10:00:60", 17, "second 60 is out of range (00-59)"},
	{"2019-02-15T10:00+15:00", 16, "UTC offset +15:00 is out of range (-14:00 to +14:00)"},
	{"2019-02-15T10:00+14:30", 16, "UTC offset +14:30 is out of range (-14:00 to +14:00)"},
	{"2019-02-15T10:00+0530", 16, "write the UTC offset with a colon, as in +05:30"},
	{"2019-02-15T10:00+5", 17, "the offset hour has two digits, as in +04:30"},
	{"2019-02-15T10:00:00.5", 19, "fractional seconds are not supported; write whole seconds"},
	{"2019-02T10:00", 7, "a time needs a full date, as in 1985-04-12T23:20:30"},
	{"2019T10:00", 4, "a time needs a full date, as in 1985-04-12T23:20:30"},
	{"2019-02-XXT10:00", 10, "a time needs a full date with no X digits"},
	{"2019-02-15T10:00?", 16, "a qualifier applies to a date, not a date-time"},
	{"2019??", 4, "write one qualifier: % means both uncertain (?) and approximate (~)"},
	{"2019?~", 4, "write one qualifier: % means both uncertain (?) and approximate (~)"},
	{"20?19", 2, "a qualifier (?) goes at the end of the date and qualifies all of it"},
	{"?", 0, "a qualifier needs a date before it, as in 2019?"},
	{"2019/2020/2021", 9, "an interval has one slash, between its start and its end; write dates with hyphens (2021-02-15)"},
	{"19", 0, "a year has 4 digits, as in 0800 or 2019"},
	{"abc", 0, "a date starts with a year of 4 digits, as in 2019"},
	{"2019x", 4, "unexpected 'x' after the year; EDTF letters are capitals (T, Z, X, Y)"},
	{"2019-02-15Z", 10, "unexpected 'Z' after the day"},
	{"2019-02-15T", 11, "the hour has two digits, as in T09:30"},
	{"2019-02-15T1:00", 11, "the hour has two digits, as in T09:30"},
	{"2019-02-15T10:0", 14, "the minute has two digits, as in T09:30"},
	{"2019-02-15T10", 13, "a time has hours and minutes, as in T09:30 or T09:30:00"},
	{"2019-02-15T10:00Zx", 17, "unexpected 'x' after the zone; EDTF letters are capitals (T, Z, X, Y)"},
	{"2019-02-15T10:00+05:30x", 22, "unexpected 'x' after the zone; EDTF letters are capitals (T, Z, X, Y)"},
	{"2019-02-15T10:00:00:00", 19, "unexpected ':' after the time"},
	{"2019-02-15-", 10, "unexpected '-' after the day"},
	{"2019-", 5, "the month has two digits, as in 2019-01"},
	{"2019--02", 5, "the month has two digits, as in 2019-01"},
	{"2019-123", 5, "the month has two digits, as in 2019-01"},
	{"2019-02-123", 8, "the day has two digits, as in 2019-01-05"},
	{"2019/present", 5, "an open end is written \"..\" (as in 2019/..), not \"present\""},
	{"2019/unknown", 5, "an unknown end is left empty (as in 2019/ or /2019), not \"unknown\""},
	{"open/2019", 0, "an open end is written \"..\" (as in 2019/..), not \"open\""},
	{"summer 2019", 0, "EDTF writes it 2019-22"},
	{"c. 1990", 0, "EDTF writes it 1990~ (~ marks an approximate date)"},
	{"circa 1990", 0, "EDTF writes it 1990~ (~ marks an approximate date)"},
	{"1990s", 0, "EDTF writes it 199X (X marks an unspecified digit)"},
	{"15/02/2021", 0, "EDTF writes it 2021-02-15 (year-month-day)"},
	{"02/15/2021", 0, "EDTF writes it 2021-02-15 (year-month-day)"},
	{"03/02/2021", 0, "EDTF writes dates year-month-day: 2021-02-03 if the day comes first, 2021-03-02 if the month does"},
	{"44 BC", 0, "EDTF counts years astronomically (1 BC is 0000): write 44 BC as -0043"},
	{"1 BC", 0, "EDTF counts years astronomically (1 BC is 0000): write 1 BC as 0000"},
	{"February 15, 2021", 0, "EDTF writes it 2021-02-15"},
	{"15 Feb 2021", 0, "EDTF writes it 2021-02-15"},
	{"Feb 2021", 0, "EDTF writes it 2021-02"},
	{"2021/02/15", 0, "EDTF writes it 2021-02-15 (hyphens between year, month and day; a slash separates the ends of an interval)"},
	{"1985-04-12 23:20:30", 0, "EDTF writes it 1985-04-12T23:20:30 (T separates date and time)"},
	{"2019 - 2021", 0, "EDTF writes it 2019/2021 (a slash separates the start and end of an interval)"},
	{"2021-2019", 0, "EDTF writes it 2019/2021 (the start comes first, and a slash separates it from the end)"},
	{"201x", 0, "EDTF writes it 201X with capital letters"},
	{"199u", 0, "EDTF writes it 199X (X marks an unspecified digit)"},
	{"?2019", 0, "EDTF writes it 2019? (a qualifier goes at the end and qualifies the whole date)"},
	{"y170000002", 0, "EDTF writes it Y170000002 with capital letters"},
	{"c. 1990/2000", 0, "the start \"c. 1990\": EDTF writes it 1990~ (~ marks an approximate date)"},
	{"2019-02-15T10:00:00Z?", 20, "a qualifier applies to a date, not a date-time"},
	{"2019-02-15/2019-02-15T10:00?", 27, "a qualifier applies to a date, not a date-time"},
	{"2019 02 15", 4, "EDTF dates contain no spaces"},
	{"2019‐02‐15", 0, "EDTF writes it 2019-02-15 with plain ASCII hyphens"},
	{"２０１９", 0, "a date starts with a year of 4 digits, as in 2019"},
	{"Summer of 2019", 0, "EDTF writes it 2019-22"},
	{"spring 2019", 0, "EDTF writes it 2019-21"},
	{"autumn 2019", 0, "EDTF writes it 2019-23"},
	{"fall 2019", 0, "EDTF writes it 2019-23"},
	{"Winter, 2019", 0, "EDTF writes it 2019-24"},
	{"ca. 1990", 0, "EDTF writes it 1990~ (~ marks an approximate date)"},
	{"about 1990", 0, "EDTF writes it 1990~ (~ marks an approximate date)"},
	{"1900s", 0, "EDTF writes the decade 1900s as 190X, the century as 19XX"},
	{"1950's", 0, "EDTF writes it 195X (X marks an unspecified digit)"},
	{"AD 2021", 0, "EDTF writes it 2021"},
	{"2021 CE", 0, "EDTF writes it 2021"},
	{"0 BC", 0, "there is no year 0 BC; EDTF counts 1 BC as 0000"},
	{"2019-1", 0, "EDTF writes it 2019-01 (the month has two digits)"},
	{"20210215", 0, "EDTF writes it 2021-02-15 (with hyphens)"},
	{"May 2019", 0, "EDTF writes it 2019-05"},
	{"Sept. 2020", 0, "EDTF writes it 2020-09"},
	{"March 3rd, 2021", 0, "EDTF writes it 2021-03-03"},
	{"3 March 2021", 0, "EDTF writes it 2021-03-03"},
	{"the 3rd of March 2021", 0, "EDTF writes it 2021-03-03"},
	{"from 2019 to 2021", 0, "EDTF writes it 2019/2021 (a slash separates the start and end of an interval)"},
	{"2019–2021", 0, "EDTF writes it 2019/2021 (a slash separates the start and end of an interval)"},
	{"between 2019-02-15 and 2019-03", 0, "EDTF writes it 2019-02-15/2019-03 (a slash separates the start and end of an interval)"},
	{"2019-02-15 - 2019-03-01", 0, "EDTF writes it 2019-02-15/2019-03-01 (a slash separates the start and end of an interval)"},
	{"2019/summer 2020", 5, "the end \"summer 2020\": EDTF writes it 2020-22"},
	{"31/02/2021", 0, "EDTF writes dates year-month-day (2021-02-31), but February 2021 has 28 days"},
	{"1985-04-12 23:20", 0, "EDTF writes it 1985-04-12T23:20 (T separates date and time)"},
	{"2019/Present", 5, "an open end is written \"..\" (as in 2019/..), not \"Present\""},
	{"Unknown/2019", 0, "an unknown end is left empty (as in 2019/ or /2019), not \"Unknown\""},
	{"2019/?", 5, "an unknown end is left empty (as in 2019/ or /2019), not \"?\""},
	{" 2019-02-15/2019-03 ", 0, "EDTF writes it 2019-02-15/2019-03 with no spaces around it"},
}

func TestParseInvalid(t *testing.T) {
	for _, tc := range invalidCases {
		v, err := Parse(tc.in)
		if err == nil {
			t.Errorf("Parse(%q) = %q, want an error", tc.in, v)
			continue
		}
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("Parse(%q): error %v does not wrap ErrInvalid", tc.in, err)
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q): error %v is not an *Error", tc.in, err)
			continue
		}
		if e.Input != tc.in || e.Offset != tc.offset || e.Msg != tc.msg {
			t.Errorf("Parse(%q) error = {%q, %d, %q}, want {%q, %d, %q}",
				tc.in, e.Input, e.Offset, e.Msg, tc.in, tc.offset, tc.msg)
		}
		if !v.IsZero() {
			t.Errorf("Parse(%q) returned %+v with its error, want the zero Value", tc.in, v)
		}
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-13", `edtf: invalid date "2019-13": month 13 is out of range (01-12, or 21-24 for seasons)`},
		{"2019-02-30", `edtf: invalid date "2019-02-30": February 2019 has 28 days`},
		{"2019-25", `edtf: invalid date "2019-25": 25 is neither a month nor a season (21-24)`},
		{"20190", `edtf: invalid date "20190": a year has 4 digits; write larger years as Y20190`},
		{"2019/2018", `edtf: invalid date "2019/2018": the interval ends (2018) before it starts (2019)`},
		{"summer 2019", `edtf: invalid date "summer 2019": EDTF writes it 2019-22`},
	}
	for _, tc := range tests {
		_, err := Parse(tc.in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) error = %v, want %s", tc.in, err, tc.want)
		}
	}
}
