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

// findWarnings fills c.warns.
func (c *Case) findWarnings() {
	var w ErrorList
	add := func(pos Pos, format string, args ...any) {
		w.Add(pos, format, args...)
		w[len(w)-1].Warning = true
	}
	used := make(map[string]bool, len(c.People)+len(c.Organizations))
	use := func(ids ...string) {
		for _, id := range ids {
			used[id] = true
		}
	}
	for _, o := range c.Organizations {
		use(o.Parent)
	}
	for _, s := range c.Sources {
		use(s.Publisher)
		use(s.Authors...)
		if s.URL == "" && s.Publisher == "" {
			add(s.Pos, "source %q has neither a url nor a publisher, so a reader cannot find it; add one of them", s.ID)
		}
	}
	for _, e := range c.Events {
		for _, p := range e.Participants {
			use(p.Who)
		}
		if len(e.Sources) == 0 {
			add(e.Pos, "event %q cites no source; add sources: [...] so that readers can check it", e.ID)
		}
	}
	for _, cl := range c.Claims {
		use(cl.About...)
		for _, a := range cl.Claimants {
			use(a.Who)
		}
		for _, r := range cl.Responses {
			use(r.Who)
		}
		c.warnLateSources(cl, add)
	}
	for _, r := range c.Relations {
		use(r.From, r.To)
		if len(r.Sources) == 0 {
			what := "relation"
			if r.ID != "" {
				what = "relation " + quote(r.ID)
			}
			add(r.Pos, "%s %s %s %s cites no source; add sources: [...] so that readers can check it", what, r.From, r.Type, r.To)
		}
	}
	for _, p := range c.People {
		if !used[p.ID] {
			add(p.Pos, "person %q appears in no event, claim, relation or source; take part in one, or leave the person out", p.ID)
		}
	}
	for _, o := range c.Organizations {
		if !used[o.ID] {
			add(o.Pos, "organization %q appears in no event, claim, relation, source or as a parent; take part in one, or leave it out", o.ID)
		}
	}
	w.Sort()
	c.warns = w
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
