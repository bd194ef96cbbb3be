package casefile

import "strings"

// blocks hands out the memory of the records that one decoding goroutine
// builds, and of the texts they keep, from a few large blocks rather than
// one allocation each. A loaded case is alive or dead as a whole, so
// nothing is kept longer than before, and the garbage collector, which
// marks the growing model again in every cycle while the parser's short-
// lived nodes come and go, has far fewer objects to mark (the loaded
// 100,000-event case: 119,000 instead of 1.78 million, in the same
// 161 MB); the parser's nodes no longer share their memory spans with the
// model, so the spans they free are free as a whole.
type blocks struct {
	text      strings.Builder // the kept texts, one after the other
	events    []Event
	claims    []Claim
	sources   []Source
	people    []Person
	orgs      []Organization
	relations []Relation
	strs      []string
	parts     []Participant
	claimants []Claimant
	responses []Response
}

// textBlock is the size of a block of kept texts.
const textBlock = 8 << 10

// keep returns a copy of s in the current text block (a long one in
// memory of its own).
func (b *blocks) keep(s string) string {
	if len(s) == 0 {
		return ""
	}
	if len(s) > textBlock/4 {
		return strings.Clone(s)
	}
	if b.text.Cap()-b.text.Len() < len(s) {
		b.text = strings.Builder{}
		b.text.Grow(textBlock)
	}
	start := b.text.Len()
	b.text.WriteString(s)
	return b.text.String()[start:]
}

// take returns an empty slice with room for n items from *s, which it
// refills with blocks of chunk items. A list longer than a quarter of a
// block gets its own memory.
func take[T any](s *[]T, n, chunk int) []T {
	if n == 0 {
		return nil
	}
	if cap(*s)-len(*s) < n {
		if n > chunk/4 {
			return make([]T, 0, n)
		}
		*s = make([]T, 0, chunk)
	}
	i := len(*s)
	*s = (*s)[:i+n]
	return (*s)[i : i : i+n]
}

// one returns a new zero T from *s (see take).
func one[T any](s *[]T, chunk int) *T {
	return &take(s, 1, chunk)[:1][0]
}
