package edtf

import (
	"strconv"
	"strings"
)

// String returns the canonical EDTF form of the date: "2021-02-15",
// "2019-22", "201X", "Y170000002", "-0044", "2004-06~",
// "1985-04-12T23:20:30Z", "2023-03-22T21:30-04:00". A UTC offset of zero is
// written Z, any other offset ±hh:mm. The zero Date prints as "".
func (d Date) String() string {
	if d.Precision == PrecisionNone {
		return ""
	}
	var b strings.Builder
	b.Grow(25)
	d.appendTo(&b)
	return b.String()
}

// appendTo writes the canonical form of d to b.
func (d Date) appendTo(b *strings.Builder) {
	year := formatYear(int64(d.Year))
	switch {
	case d.Unspecified&UnspecifiedYearTens != 0:
		year = year[:2] + "XX"
	case d.Unspecified&UnspecifiedYearOnes != 0:
		year = year[:3] + "X"
	}
	b.WriteString(year)
	switch {
	case d.Precision == PrecisionSeason:
		b.WriteByte('-')
		writeTwo(b, d.Season)
	case d.Precision >= PrecisionMonth:
		b.WriteByte('-')
		if d.Unspecified&UnspecifiedMonth != 0 {
			b.WriteString("XX")
		} else {
			writeTwo(b, d.Month)
		}
	}
	if d.Precision >= PrecisionDay {
		b.WriteByte('-')
		if d.Unspecified&UnspecifiedDay != 0 {
			b.WriteString("XX")
		} else {
			writeTwo(b, d.Day)
		}
	}
	if d.Precision >= PrecisionMinute {
		b.WriteByte('T')
		writeTwo(b, d.Hour)
		b.WriteByte(':')
		writeTwo(b, d.Minute)
		if d.Precision >= PrecisionSecond {
			b.WriteByte(':')
			writeTwo(b, d.Second)
		}
		if d.HasZone {
			writeZone(b, d.ZoneMinutes)
		}
	}
	b.WriteString(d.Qualifier.String())
}

// String returns the canonical EDTF form of the value: a date as Date.String
// does, an interval as START/END with ".." for an open end and nothing for
// an unknown one ("1985-04-12/..", "/2019"). The zero Value prints as "".
func (v Value) String() string {
	if !v.IsInterval {
		return v.Date.String()
	}
	var b strings.Builder
	b.Grow(50)
	v.Start.appendTo(&b)
	b.WriteByte('/')
	v.End.appendTo(&b)
	return b.String()
}

// String returns the bound as written in an interval: a date, ".." when open,
// "" when unknown.
func (b Bound) String() string {
	var sb strings.Builder
	b.appendTo(&sb)
	return sb.String()
}

func (b Bound) appendTo(sb *strings.Builder) {
	switch b.Kind {
	case BoundDate:
		b.Date.appendTo(sb)
	case BoundOpen:
		sb.WriteString("..")
	}
}

// String returns the qualifier as EDTF writes it: "", "?", "~" or "%".
func (q Qualifier) String() string {
	switch q & (Uncertain | Approximate) {
	case Uncertain:
		return "?"
	case Approximate:
		return "~"
	case Uncertain | Approximate:
		return "%"
	}
	return ""
}

// formatYear writes a year as EDTF does: four digits with a sign when
// negative (-0044), or Y and all digits beyond four (Y170000002).
func formatYear(y int64) string {
	if y > 9999 || y < -9999 {
		return "Y" + strconv.FormatInt(y, 10)
	}
	s := strconv.FormatInt(abs(y), 10)
	s = strings.Repeat("0", 4-len(s)) + s
	if y < 0 {
		return "-" + s
	}
	return s
}

func abs(y int64) int64 {
	if y < 0 {
		return -y
	}
	return y
}

// writeTwo writes n (0-99) as two digits.
func writeTwo[T int8 | int16](b *strings.Builder, n T) {
	b.WriteByte(byte('0' + n/10))
	b.WriteByte(byte('0' + n%10))
}

// writeZone writes a UTC offset in minutes: Z for zero, else ±hh:mm.
func writeZone(b *strings.Builder, zone int16) {
	if zone == 0 {
		b.WriteByte('Z')
		return
	}
	sign := byte('+')
	if zone < 0 {
		sign, zone = '-', -zone
	}
	b.WriteByte(sign)
	writeTwo(b, zone/60)
	b.WriteByte(':')
	writeTwo(b, zone%60)
}
