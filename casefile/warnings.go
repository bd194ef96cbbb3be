package casefile

import "slices"

// Warnings returns what a careful editor would question in a case that
// loads, though it is valid, sorted by position, each an *Error with
// Warning set ("FILE:LINE:COL: warning: ..."):
//
//   - an event or a relation that cites no source;
//   - a source with neither a url nor a publisher (a reader cannot find it);
//   - a person or organization that no record names;
//   - a claim whose sources are all later than every dated response to it,
//     when no response cites an earlier source either (it was answered
//     before anything cited shows it was made).
//
// Load and Validate find them; a case made by AsOf or Subset has none.
func (c *Case) Warnings() ErrorList {
	if c == nil {
		return nil
	}
	return slices.Clone(c.warns)
}

// warning adds a warning to w.
func (w *ErrorList) warning(pos Pos, format string, args ...any) {
	w.Add(pos, format, args...)
	(*w)[len(*w)-1].Warning = true
}

// recordWarnings returns the warnings about records that need no other
// record named: sources nobody can find, events and relations that cite
// no source, claims answered before their sources. unusedWarnings gives
// the rest; the caller sorts them together.
func (c *Case) recordWarnings() ErrorList {
	var w ErrorList
	for _, s := range c.Sources {
		if s.URL == "" && s.Publisher == "" {
			w.warning(s.Pos, "source %q has neither a url nor a publisher, so a reader cannot find it; add one of them", s.ID)
		}
	}
	for _, e := range c.Events {
		if len(e.Sources) == 0 {
			w.warning(e.Pos, "event %q cites no source; add sources: [...] so that readers can check it", e.ID)
		}
	}
	for _, cl := range c.Claims {
		c.warnLateSources(cl, w.warning)
	}
	for _, r := range c.Relations {
		if len(r.Sources) == 0 {
			what := "relation"
			if r.ID != "" {
				what = "relation " + quote(r.ID)
			}
			w.warning(r.Pos, "%s %s %s %s cites no source; add sources: [...] so that readers can check it", what, r.From, r.Type, r.To)
		}
	}
	return w
}

// unusedWarnings returns the warnings about people and organizations that
// no reference names. named marks the records (by their place in the
// index) that the reference check found named: every reference a case
// holds, of every field, was looked up there once, so the warnings do
// not look them up again. A reference of a kind its field does not allow
// is an error, and a case with errors has no warnings.
func (c *Case) unusedWarnings(named []bool) ErrorList {
	var w ErrorList
	x := c.idx
	isNamed := func(id string) bool {
		s, ok := x.slots[id]
		return ok && named[s]
	}
	for _, p := range c.People {
		if !isNamed(p.ID) {
			w.warning(p.Pos, "person %q appears in no event, claim, relation or source; take part in one, or leave the person out", p.ID)
		}
	}
	for _, o := range c.Organizations {
		if !isNamed(o.ID) {
			w.warning(o.Pos, "organization %q appears in no event, claim, relation, source or as a parent; take part in one, or leave it out", o.ID)
		}
	}
	return w
}

// warnLateSources warns about a claim whose every source is dated after
// every dated response to it.
func (c *Case) warnLateSources(cl *Claim, add func(Pos, string, ...any)) {
	latest := -1
	for i, r := range cl.Responses {
		if r.Date.IsZero() {
			continue
		}
		if latest < 0 || r.Date.Upper().After(cl.Responses[latest].Date.Upper()) {
			latest = i
		}
	}
	if latest < 0 || len(cl.Sources) == 0 {
		return
	}
	lastResponse := &cl.Responses[latest]
	for _, r := range cl.Responses {
		for _, id := range r.Sources {
			if s := c.Source(id); s != nil && !s.Date.IsZero() && !s.Date.Upper().After(lastResponse.Date.Upper()) {
				return // a response's own source shows the claim had been put by then
			}
		}
	}
	for _, id := range cl.Sources {
		s := c.Source(id)
		if s == nil || s.Date.IsZero() || !s.Date.Lower().After(lastResponse.Date.Upper()) {
			return
		}
	}
	add(cl.Pos, "claim %q was answered (%s) before any of its sources was published; cite the source in which the claim was first made, if there is one", cl.ID, lastResponse.Date)
}

// quote writes s in double quotes.
func quote(s string) string { return `"` + s + `"` }
