package casefile

// Suggest returns the candidate closest to word by edit distance (optimal
// string alignment, ignoring case), or "" when none is close enough to be a
// likely typo. Ties go to the earlier candidate, so pass candidates in a
// stable order. It is the one "did you mean" rule of eventgraph: field
// names, values and record IDs are all suggested by it.
func Suggest(word string, candidates []string) string {
	return suggest(word, candidates)
}
