package textmetrics

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// clusterCount returns the number of clusters (user-perceived characters)
// in s.
func clusterCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		i += nextCluster(s[i:], 0).end
	}
	return n
}

// withoutSpaces returns s with every breaking white space removed.
func withoutSpaces(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isBreakSpace(r) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// checkLines checks the invariants of Wrap's result for s.
func checkLines(t *testing.T, s string, size float64, bold bool, max float64, lines []string) {
	t.Helper()
	if len(lines) == 0 {
		t.Fatalf("Wrap(%q) returned no lines", s)
	}
	var joined strings.Builder
	for i, line := range lines {
		joined.WriteString(withoutSpaces(line))
		if w := Width(line, size, bold); w > max && clusterCount(line) > 1 {
			t.Errorf("Wrap(%q, %v, %v, %v): line %d %q is %v wide", s, size, bold, max, i, line, w)
		}
		if strings.HasPrefix(line, " ") || strings.HasSuffix(line, " ") || strings.Contains(line, "  ") {
			t.Errorf("Wrap(%q): line %d %q has stray spaces", s, i, line)
		}
		if line == "" && len(lines) > 1 {
			t.Errorf("Wrap(%q): line %d is empty", s, i)
		}
		if strings.ContainsFunc(line, func(r rune) bool { return r != ' ' && isBreakSpace(r) }) {
			t.Errorf("Wrap(%q): line %d %q keeps white space other than a space", s, i, line)
		}
	}
	if got, want := joined.String(), withoutSpaces(s); got != want {
		t.Errorf("Wrap(%q): lines %q rejoin to %q, want %q", s, lines, got, want)
	}
}
