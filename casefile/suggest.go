package casefile

import (
	"fmt"
	"strings"
)

// distance returns the optimal string alignment distance between a and b
// (Levenshtein with adjacent transpositions counted as one edit), compared
// rune by rune.
func distance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// rows i-2, i-1 and i of the dynamic-programming table
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}

// suggest returns the candidate closest to word, or "" when none is close
// enough to be a likely typo. Case is ignored; ties go to the earlier
// candidate, so callers pass candidates in a stable order.
func suggest(word string, candidates []string) string {
	w := strings.ToLower(word)
	n := len([]rune(w))
	limit := max(2, n/3)
	if n <= 2 {
		limit = 1
	}
	best, bestD := "", limit+1
	for _, c := range candidates {
		if c == word {
			continue
		}
		m := len([]rune(c))
		if m-n > bestD || n-m > bestD {
			continue
		}
		if d := distance(w, strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	if best != "" {
		return best
	}
	// A shared stem of at least three letters with exactly one candidate
	// ("deny" and "denies").
	if n < 3 {
		return ""
	}
	stem := w[:len(w)-1]
	if len(stem) > 3 {
		stem = stem[:len(stem)-1]
	}
	for _, c := range candidates {
		if strings.HasPrefix(strings.ToLower(c), stem) {
			if best != "" {
				return ""
			}
			best = c
		}
	}
	return best
}

// didYouMean returns `, did you mean "X"?` for the nearest candidate, or "".
func didYouMean(word string, candidates []string) string {
	if s := suggest(word, candidates); s != "" {
		return fmt.Sprintf(", did you mean %q?", s)
	}
	return ""
}

// oneOf lists the allowed values as "a, b or c".
func oneOf(values []string) string {
	switch len(values) {
	case 0:
		return ""
	case 1:
		return values[0]
	}
	return strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}
