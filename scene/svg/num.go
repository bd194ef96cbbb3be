package svg

import (
	"strconv"
	"strings"
)

// num writes a number with at most two decimals and no trailing zeros, so
// that the same scene gives the same bytes on every machine.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	if s == "-0" {
		return "0"
	}
	return s
}
