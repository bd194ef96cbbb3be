package edtf

// clock reads hh:mm[:ss] and an optional zone at i.
func (p *dateScanner) clock(d Date, body string, i int) (Date, error) {
	h, j, err := p.twoDigits(body, i, "hour", "T09:30")
	if err != nil {
		return d, err
	}
	if h > 23 {
		return d, p.fail(i, "hour %02d is out of range (00-23)", h)
	}
	if j >= len(body) || body[j] != ':' {
		return d, p.fail(j, "a time has hours and minutes, as in T09:30 or T09:30:00")
	}
	m, j, err := p.twoDigits(body, j+1, "minute", "T09:30")
	if err != nil {
		return d, err
	}
	if m > 59 {
		return d, p.fail(j-2, "minute %02d is out of range (00-59)", m)
	}
	d.Hour, d.Minute, d.Precision = int8(h), int8(m), PrecisionMinute
	if j < len(body) && body[j] == ':' {
		s, k, err := p.twoDigits(body, j+1, "second", "T09:30:00")
		if err != nil {
			return d, err
		}
		if s > 59 {
			return d, p.fail(j+1, "second %02d is out of range (00-59)", s)
		}
		d.Second, d.Precision, j = int8(s), PrecisionSecond, k
	}
	if j < len(body) && (body[j] == '.' || body[j] == ',') {
		return d, p.fail(j, "fractional seconds are not supported; write whole seconds")
	}
	return p.zone(d, body, j)
}

// zone reads "", "Z", or ±hh[:mm] at i, which must end the date.
func (p *dateScanner) zone(d Date, body string, i int) (Date, error) {
	if i == len(body) {
		return d, nil
	}
	switch body[i] {
	case 'Z':
		if i+1 != len(body) {
			return d, p.unexpected(i+1, "the zone")
		}
		d.HasZone = true
		return d, nil
	case '+', '-':
	default:
		return d, p.unexpected(i, "the time")
	}
	sign := 1
	if body[i] == '-' {
		sign = -1
	}
	if rest := body[i+1:]; len(rest) == 4 && allDigits(rest) {
		return d, p.fail(i, "write the UTC offset with a colon, as in %c%s:%s", body[i], rest[:2], rest[2:])
	}
	h, j, err := p.twoDigits(body, i+1, "offset hour", "+04:30")
	if err != nil {
		return d, err
	}
	m := 0
	if j < len(body) {
		if body[j] != ':' {
			return d, p.fail(i, "write the UTC offset as ±hh or ±hh:mm, as in -04 or +04:30")
		}
		if m, j, err = p.twoDigits(body, j+1, "offset minute", "+04:30"); err != nil {
			return d, err
		}
		if j != len(body) {
			return d, p.unexpected(j, "the zone")
		}
	}
	if h > 14 || m > 59 || h == 14 && m > 0 {
		return d, p.fail(i, "UTC offset %s is out of range (-14:00 to +14:00)", body[i:])
	}
	d.ZoneMinutes = int16(sign * (h*60 + m))
	d.HasZone = true
	return d, nil
}

// twoDigits reads exactly two digits at i.
func (p *dateScanner) twoDigits(body string, i int, name, example string) (int, int, error) {
	if i+2 > len(body) || !isDigit(body[i]) || !isDigit(body[i+1]) {
		return 0, i, p.fail(i, "the %s has two digits, as in %s", name, example)
	}
	if i+2 < len(body) && isDigit(body[i+2]) {
		return 0, i, p.fail(i, "the %s has two digits, as in %s", name, example)
	}
	return int(body[i]-'0')*10 + int(body[i+1]-'0'), i + 2, nil
}
