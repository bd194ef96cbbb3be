package casefile

import (
	"cmp"
	"slices"
	"sync"
)

// checker runs the checks that need the whole case: IDs, references,
// organization cycles, dates against each other. For a case built in Go it
// also checks the values the loader checks while reading.
type checker struct {
	c        *Case
	errs     ErrorList
	loaded   bool                  // the case came from YAML: values were checked while reading
	parentAt map[*Organization]Pos // where each "parent" value stands
	respAt   map[responseKey]Pos   // where each response "date" value stands
	// named marks, by their place in the case's index, the records that
	// a reference names (see refKind).
	named []bool
}

// responseDates returns the errors of checkResponseDates and
// checkRetractions, for run to add to v.errs.
func (v *checker) responseDates() ErrorList {
	w := &checker{c: v.c, loaded: v.loaded, respAt: v.respAt}
	w.checkResponseDates()
	w.checkRetractions()
	return w.errs
}

// parents returns the errors of checkParents, for run to add to v.errs.
func (v *checker) parents() ErrorList {
	w := &checker{c: v.c, loaded: v.loaded, parentAt: v.parentAt}
	w.checkParents()
	return w.errs
}

// responseKey names one response of a claim.
type responseKey struct {
	claim *Claim
	i     int
}

// Validate checks a case put together in Go (rather than loaded from
// YAML), as Load checks a loaded one: required fields, ID form and
// uniqueness, allowed values, references, organization cycles and dates.
// It then fills in the derived fields (Event.Reported, Claim.Made,
// Claim.Status), sorts every slice by ID (relations by position) and
// indexes the case for Kind, Name and the other lookups. Errors are at the
// records' positions, which are zero unless the caller set them. Validate
// returns nil or an ErrorList.
func (c *Case) Validate() error {
	if c == nil {
		return ErrNilCase
	}
	v := &checker{c: c}
	refs := modelRefs(c)
	v.run(func() { v.checkRefs(refs) })
	return v.errs.Err()
}

// need reports a required field without a value.
func (v *checker) need(pos Pos, what, id, field string, ok bool) {
	if !ok {
		v.errs.Add(pos, "%s", missing(what, id, field))
	}
}

// value reports the message of a value check unless it is "".
func (v *checker) value(pos Pos, msg string) {
	if msg != "" {
		v.errs.Add(pos, "%s", msg)
	}
}

// parentPos returns where o's parent is written.
func (v *checker) parentPos(o *Organization) Pos {
	if p, ok := v.parentAt[o]; ok {
		return p
	}
	return o.Pos
}

// respDatePos returns where the date of c's i-th response is written.
func (v *checker) respDatePos(c *Claim, i int) Pos {
	if p, ok := v.respAt[responseKey{c, i}]; ok {
		return p
	}
	return orPos(c.Responses[i].Pos, c.Pos)
}

// run checks the case, derives its derived fields, sorts and indexes it;
// checkRefs checks the references once the case is indexed.
func (v *checker) run(checkRefs func()) {
	c := v.c
	if !v.loaded {
		v.checkIDs()
		for _, p := range c.People {
			v.checkPerson(p)
		}
		for _, o := range c.Organizations {
			v.checkOrganization(o)
		}
		for _, s := range c.Sources {
			v.checkSource(s)
		}
		for _, e := range c.Events {
			v.checkEvent(e)
		}
		for _, cl := range c.Claims {
			v.checkClaim(cl)
		}
		if c.Meta.Language != "" {
			v.value(c.Meta.Pos, checkLanguage(c.Meta.Language))
		}
	}
	for _, r := range c.Relations {
		v.checkRelation(r, v.loaded)
	}
	c.sortAndIndex()
	if v.loaded && c.idx.repeated {
		// The loader checked the form of every ID; what is left is IDs
		// used twice, and the index has seen whether there are any.
		v.checkIDs()
	}
	// Three parts of the check read the indexed case and write apart
	// (v.errs, the derived fields, the warnings), so they run at once: for
	// a large case they are most of what is left after decoding, when the
	// other cores would be idle.
	// The reference check marks in v.named every record a reference
	// names, for the warnings about people and organizations nobody names.
	var dated, parents, warned, unused ErrorList
	v.named = make([]bool, len(c.idx.recs))
	var wg sync.WaitGroup
	wg.Go(func() {
		checkRefs()
		unused = c.unusedWarnings(v.named)
	})
	wg.Go(func() {
		c.derive()
		dated = v.responseDates()
	})
	wg.Go(func() {
		parents = v.parents()
		warned = c.recordWarnings()
	})
	wg.Wait()
	v.named = nil
	v.errs = append(append(v.errs, parents...), dated...)
	c.warns = nil // warnings are for a case that loads
	if len(v.errs) == 0 {
		c.warns = append(warned, unused...)
		c.warns.Sort()
	}
	v.errs.Sort()
	v.errs = slices.CompactFunc(v.errs, func(a, b *Error) bool { return *a == *b })
}

// idEntry is one record's ID, kind and position.
type idEntry struct {
	id   string
	kind Kind
	pos  Pos
}

// checkIDs reports missing and malformed IDs (for a case built in Go) and
// IDs used twice (always), each duplicate naming the first use in file
// order. For a loaded case run only calls it when the index found an ID
// used twice: a large case holds millions of IDs, and listing them with
// their positions took some 200 MB at 1,000,000 events, just when the
// model is largest.
func (v *checker) checkIDs() {
	c := v.c
	all := make([]idEntry, 0, len(c.People)+len(c.Organizations)+len(c.Sources)+len(c.Events)+len(c.Claims))
	for _, r := range c.People {
		all = append(all, idEntry{r.ID, KindPerson, r.Pos})
	}
	for _, r := range c.Organizations {
		all = append(all, idEntry{r.ID, KindOrganization, r.Pos})
	}
	for _, r := range c.Sources {
		all = append(all, idEntry{r.ID, KindSource, r.Pos})
	}
	for _, r := range c.Events {
		all = append(all, idEntry{r.ID, KindEvent, r.Pos})
	}
	for _, r := range c.Claims {
		all = append(all, idEntry{r.ID, KindClaim, r.Pos})
	}
	for _, r := range c.Relations {
		if r.ID != "" { // an id is optional on a relation
			all = append(all, idEntry{r.ID, KindRelation, r.Pos})
		}
	}
	slices.SortStableFunc(all, func(a, b idEntry) int { return comparePos(a.pos, b.pos) })
	first := make(map[string]int, len(all)) // index in all
	for i, e := range all {
		if e.id == "" {
			if !v.loaded {
				v.errs.Add(e.pos, "%s", missing(string(e.kind), "", "id"))
			}
			continue
		}
		if !v.loaded {
			v.value(e.pos, checkID(e.id))
		}
		if j, ok := first[e.id]; ok {
			f := all[j]
			if f.pos == e.pos && e.pos != (Pos{}) {
				v.errs.Add(e.pos, "duplicate id %q: an alias repeats this %s", e.id, e.kind)
				continue
			}
			at := ""
			if s := f.pos.String(); s != "" {
				at = " at " + s
			}
			v.errs.Add(e.pos, "duplicate id %q: already used by %s %s%s", e.id, article(string(f.kind)), f.kind, at)
			continue
		}
		first[e.id] = i
	}
}

// sortRecords sorts every slice of c by ID, records with equal IDs by
// position, and relations by position.
func (c *Case) sortRecords() {
	byID := func(a, b string, pa, pb Pos) int {
		if r := cmp.Compare(a, b); r != 0 {
			return r
		}
		return comparePos(pa, pb)
	}
	// The events, the largest slice of a large case, are sorted on
	// another goroutine beside the rest.
	var wg sync.WaitGroup
	sortEvents := func() {
		slices.SortStableFunc(c.Events, func(a, b *Event) int { return byID(a.ID, b.ID, a.Pos, b.Pos) })
	}
	if len(c.Events) >= parallelRecords {
		wg.Go(sortEvents)
	} else {
		sortEvents()
	}
	slices.SortStableFunc(c.People, func(a, b *Person) int { return byID(a.ID, b.ID, a.Pos, b.Pos) })
	slices.SortStableFunc(c.Organizations, func(a, b *Organization) int { return byID(a.ID, b.ID, a.Pos, b.Pos) })
	slices.SortStableFunc(c.Sources, func(a, b *Source) int { return byID(a.ID, b.ID, a.Pos, b.Pos) })
	slices.SortStableFunc(c.Claims, func(a, b *Claim) int { return byID(a.ID, b.ID, a.Pos, b.Pos) })
	slices.SortStableFunc(c.Relations, func(a, b *Relation) int { return comparePos(a.Pos, b.Pos) })
	wg.Wait()
}
