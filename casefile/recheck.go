package casefile

// checkLoadedRefs checks the references of a loaded case, whose files
// parts are in file order. The loader keeps no list of references: a large
// case holds more of them than records, each with a position, and they
// would all be alive at once. The references are checked on the model
// instead; only the files where one fails, or where the loader found a
// problem, are read again by readAgain (given the indexes of those files
// in parts) with their references and positions, so that every message
// names its line and column and comes in the order a single reading gives.
func (v *checker) checkLoadedRefs(parts []*loader, readAgain func(which []int) []*loader) {
	again := make([]bool, len(parts))
	fileIndex := make(map[string]int, len(parts))
	for i, l := range parts {
		fileIndex[l.file] = i
		again[i] = l.recheck || len(l.errs) > 0
	}
	var failedAt Pos // where the first failed reference stands
	failed := false
	eachRef(v.c, func(_, id string, rule *refRule, pos Pos) {
		if k := v.refKind(id); k != "" && kindIn(k, rule.kinds) {
			return
		}
		if !failed {
			failed, failedAt = true, pos
		}
		if i, ok := fileIndex[pos.File]; ok {
			again[i] = true
		}
	})
	var which []int
	for i, a := range again {
		if a {
			which = append(which, i)
		}
	}
	if len(which) == 0 {
		return
	}
	reread := readAgain(which)
	refs := make([][]ref, len(reread))
	for i, l := range reread {
		refs[i] = l.refs
	}
	before := len(v.errs)
	v.checkRefs(refs...)
	if failed && len(v.errs) == before {
		// A file changed between the two readings.
		v.errs.Add(failedAt, "the case changed while it was being read; load it again")
	}
}
