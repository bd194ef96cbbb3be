package edtf

import "strconv"

// String returns the canonical EDTF form of the date: "2021-02-15",
// "2019-22", "201X", "Y170000002", "-0044", "2004-06~",
// "1985-04-12T23:20:30Z", "2023-03-22T21:30-04:00". A UTC offset of zero is
// written Z, any other offset ±hh:mm. The zero Date prints as "".
func (d Date) String() string {
	if d.Precision == PrecisionNone {
		return ""
	}
	var a [32]byte
	return string(d.appendTo(a[:0]))
}

// appendTo appends the canonical form of d to b.
func (d Date) appendTo(b []byte) []byte {
	year := len(b)
	b = appendYear(b, int64(d.Year))
	switch {
	case d.Unspecified&UnspecifiedYearTens != 0:
		b = append(b[:year+2], "XX"...)
	case d.Unspecified&UnspecifiedYearOnes != 0:
		b = append(b[:year+3], 'X')
	}
	switch {
	case d.Precision == PrecisionSeason:
		b = append(b, '-')
		b = appendTwo(b, d.Season)
	case d.Precision >= PrecisionMonth:
		b = append(b, '-')
		if d.Unspecified&UnspecifiedMonth != 0 {
			b = append(b, "XX"...)
		} else {
			b = appendTwo(b, d.Month)
		}
	}
	if d.Precision >= PrecisionDay {
		b = append(b, '-')
		if d.Unspecified&UnspecifiedDay != 0 {
			b = append(b, "XX"...)
		} else {
			b = appendTwo(b, d.Day)
		}
	}
	if d.Precision >= PrecisionMinute {
		b = append(b, 'T')
		b = appendTwo(b, d.Hour)
		b = append(b, ':')
		b = appendTwo(b, d.Minute)
		if d.Precision >= PrecisionSecond {
			b = append(b, ':')
			b = appendTwo(b, d.Second)
		}
		if d.HasZone {
			b = appendZone(b, d.ZoneMinutes)
		}
	}
	return append(b, d.Qualifier.String()...)
}

// String returns the canonical EDTF form of the value: a date as Date.String
// does, an interval as START/END with ".." for an open end and nothing for
// an unknown one ("1985-04-12/..", "/2019"). The zero Value prints as "".
func (v Value) String() string {
	if v.IsZero() {
		return ""
	}
	var a [64]byte
	return string(v.AppendString(a[:0]))
}

// AppendString appends v.String() to b and returns the extended slice,
// without making the string: for writers of many dates.
func (v Value) AppendString(b []byte) []byte {
	if !v.IsInterval {
		if v.Date.Precision == PrecisionNone {
			return b
		}
		return v.Date.appendTo(b)
	}
	b = v.Start.appendTo(b)
	b = append(b, '/')
	return v.End.appendTo(b)
}

// String returns the bound as written in an interval: a date, ".." when open,
// "" when unknown.
func (b Bound) String() string {
	var a [32]byte
	return string(b.appendTo(a[:0]))
}

func (b Bound) appendTo(to []byte) []byte {
	switch b.Kind {
	case BoundDate:
		return b.Date.appendTo(to)
	case BoundOpen:
		return append(to, ".."...)
	}
	return to
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
	var a [24]byte
	return string(appendYear(a[:0], y))
}

// appendYear appends y as formatYear writes it.
func appendYear(b []byte, y int64) []byte {
	if y > 9999 || y < -9999 {
		b = append(b, 'Y')
		return strconv.AppendInt(b, y, 10)
	}
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	for d := int64(1000); d > 1 && y < d; d /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, y, 10)
}

// appendTwo appends n (0-99) as two digits.
func appendTwo[T int8 | int16](b []byte, n T) []byte {
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// appendZone appends a UTC offset in minutes: Z for zero, else ±hh:mm.
func appendZone(b []byte, zone int16) []byte {
	if zone == 0 {
		return append(b, 'Z')
	}
	sign := byte('+')
	if zone < 0 {
		sign, zone = '-', -zone
	}
	b = append(b, sign)
	b = appendTwo(b, zone/60)
	b = append(b, ':')
	return appendTwo(b, zone%60)
}
