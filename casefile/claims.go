package casefile

import (
	"slices"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// claimFields are the keys of a claim.
var claimFields = []string{"id", "statement", "about", "sources", "claimants", "made", "responses", "note"}

// claimantFields are the keys of a claimant written as a mapping.
var claimantFields = []string{"who", "source", "anonymous", "count"}

// responseFields are the keys of a response.
var responseFields = []string{"who", "anonymous", "count", "stance", "date", "quote", "sources", "note"}

// claim reads one item of "claims".
func (l *loader) claim(n *yaml.Node) *Claim {
	f, ok := l.fields(n, "claim", claimFields)
	if !ok {
		return nil
	}
	c := one(&l.mem.claims, 64)
	c.Pos = l.pos(f.n)
	c.ID = f.readID()
	c.Statement = f.text("statement")
	c.About = f.refs("about", ruleAbout)
	c.Sources = f.refs("sources", ruleSource)
	claimants := f.list("claimants")
	if len(claimants) > 0 {
		c.Claimants = take(&l.mem.claimants, len(claimants), 64)
	}
	for _, it := range claimants {
		a, ok := l.claimant(it)
		if !ok {
			continue
		}
		if j := slices.IndexFunc(c.Claimants, func(b Claimant) bool { return sameClaimant(a, b) }); j >= 0 {
			l.errs.Add(a.Pos, "claimant %s is listed twice in this claim (first at line %d, column %d); list each once", claimantName(a), c.Claimants[j].Pos.Line, c.Claimants[j].Pos.Col)
			continue
		}
		c.Claimants = append(c.Claimants, a)
	}
	c.Made = f.date("made")
	responses := f.list("responses")
	if len(responses) > 0 {
		c.Responses = take(&l.mem.responses, len(responses), 32)
	}
	for _, it := range responses {
		if r, ok := l.response(c, it); ok {
			c.Responses = append(c.Responses, r)
		}
	}
	c.Note = f.text("note")
	f.need("id", c.ID != "")
	f.need("statement", c.Statement != "")
	f.need("about", len(c.About) > 0)
	f.need("sources", len(c.Sources) > 0)
	return c
}

// claimant reads one item of "claimants": an ID, {who: ID}, {source: ID}
// or {anonymous: text, count: N}.
func (l *loader) claimant(n *yaml.Node) (Claimant, bool) {
	switch {
	case n.Kind == yaml.ScalarNode && !isNull(n):
		l.ref(n.Value, "claimants", ruleClaimant, n)
		return Claimant{Who: l.intern(n.Value), Pos: l.pos(n)}, true
	case n.Kind != yaml.MappingNode:
		l.errs.Add(l.pos(n), "each claimant must be an id or a mapping (who: ..., source: ... or anonymous: ...), got %s", describe(n))
		return Claimant{}, false
	}
	f, _ := l.fields(n, "claimant", claimantFields)
	a := Claimant{Pos: l.pos(n)}
	var at *yaml.Node
	a.Who, at = f.textAt("who")
	if at != nil {
		l.ref(a.Who, "who", ruleClaimant, at)
	}
	a.Source, at = f.textAt("source")
	if at != nil {
		l.ref(a.Source, "source", ruleDocument, at)
	}
	a.Anonymous = f.text("anonymous")
	var hasCount bool
	a.Count, hasCount = f.count()
	if msg := claimantProblem(a, hasCount); msg != "" && !f.isBad("who") && !f.isBad("source") && !f.isBad("anonymous") {
		l.errs.Add(a.Pos, "%s", msg)
		return a, false
	}
	return a, true
}

// count reads the "count" of anonymous claimants or responders; has tells
// whether one was written.
func (f *fields) count() (n int, has bool) {
	count, at := f.textAt("count")
	if at == nil {
		return 0, false
	}
	k, err := strconv.Atoi(count)
	if err != nil || k < 1 {
		f.wrong("count", at, "\"count\" must be a whole number of at least 1, got %q", count)
	}
	return max(k, 0), true
}

// sameClaimant tells whether a and b name the same claimant.
func sameClaimant(a, b Claimant) bool {
	return a.Who == b.Who && a.Source == b.Source && a.Anonymous == b.Anonymous
}

// claimantName writes a claimant for messages: "han-dong", "source
// ft-deck", "anonymous \"national security sources\"".
func claimantName(a Claimant) string {
	switch {
	case a.Who != "":
		return strconv.Quote(a.Who)
	case a.Source != "":
		return "source " + strconv.Quote(a.Source)
	}
	return "anonymous " + strconv.Quote(a.Anonymous)
}

// claimantProblem says what is wrong with a claimant's combination of
// fields, or "". hasCount tells whether a count was written.
func claimantProblem(a Claimant, hasCount bool) string {
	n := 0
	for _, s := range []string{a.Who, a.Source, a.Anonymous} {
		if s != "" {
			n++
		}
	}
	switch {
	case n > 1:
		return "a claimant is one of: named (who), a document (source) or anonymous, not several"
	case n == 0:
		return "a claimant needs \"who\" (a person or organization id), \"source\" (the id of a document that makes the claim) or \"anonymous\" (a description such as \"national security sources\")"
	case a.Anonymous == "" && hasCount:
		return "\"count\" is for anonymous claimants only"
	}
	return ""
}

// responderProblem says what is wrong with a response's who, anonymous and
// count, or "". hasCount tells whether a count was written.
func responderProblem(r Response, hasCount bool) string {
	switch {
	case r.Who != "" && r.Anonymous != "":
		return "a response is either named (who) or anonymous, not both"
	case r.Who == "" && r.Anonymous == "":
		return "a response needs \"who\" (a person or organization id) or \"anonymous\" (a description such as \"people close to the firm\")"
	case r.Who != "" && hasCount:
		return "\"count\" is for anonymous responders only"
	}
	return ""
}

// response reads one item of a claim's "responses".
func (l *loader) response(c *Claim, n *yaml.Node) (Response, bool) {
	f, ok := l.fields(n, "response", responseFields)
	if !ok {
		return Response{}, false
	}
	r := Response{Pos: l.pos(f.n)}
	var at *yaml.Node
	r.Who, at = f.textAt("who")
	if at != nil {
		l.ref(r.Who, "who", ruleResponder, at)
	}
	r.Anonymous = f.text("anonymous")
	var hasCount bool
	r.Count, hasCount = f.count()
	var stance string
	stance, at = f.textAt("stance")
	if at != nil {
		f.check("stance", at, checkEnum("stance", stance, stanceNames()))
	}
	r.Stance = Stance(stance)
	r.Date, at = f.dateAt("date")
	if at != nil {
		l.respDates = append(l.respDates, respDate{claim: c, i: len(c.Responses), pos: l.pos(at)})
	}
	r.Quote = f.text("quote")
	r.Sources = f.refs("sources", ruleSource)
	r.Note = f.text("note")
	if msg := responderProblem(r, hasCount); msg != "" && !f.isBad("who") && !f.isBad("anonymous") {
		l.errs.Add(r.Pos, "%s", msg)
	}
	f.need("stance", stance != "")
	return r, true
}

// checkClaim checks the values of a claim built in Go.
func (v *checker) checkClaim(c *Claim) {
	v.need(c.Pos, "claim", c.ID, "statement", c.Statement != "")
	v.need(c.Pos, "claim", c.ID, "about", len(c.About) > 0)
	v.need(c.Pos, "claim", c.ID, "sources", len(c.Sources) > 0)
	for i, a := range c.Claimants {
		p := orPos(a.Pos, c.Pos)
		v.value(p, claimantProblem(a, a.Count != 0))
		if a.Count < 0 {
			v.errs.Add(p, "\"count\" must be a whole number of at least 1, got %d", a.Count)
		}
		if slices.ContainsFunc(c.Claimants[:i], func(b Claimant) bool { return sameClaimant(a, b) }) {
			v.errs.Add(p, "claimant %s is listed twice in this claim; list each once", claimantName(a))
		}
	}
	v.duplicates(c.Pos, "about", c.About)
	v.duplicates(c.Pos, "sources", c.Sources)
	for _, r := range c.Responses {
		p := orPos(r.Pos, c.Pos)
		v.value(p, responderProblem(r, r.Count != 0))
		if r.Count < 0 {
			v.errs.Add(p, "\"count\" must be a whole number of at least 1, got %d", r.Count)
		}
		v.duplicates(p, "sources", r.Sources)
		v.need(p, "response", "", "stance", r.Stance != "")
		if r.Stance != "" {
			v.value(p, checkEnum("stance", string(r.Stance), stanceNames()))
		}
	}
}

// checkResponseDates reports responses dated surely before their claim was
// made (the response's latest instant before the claim's earliest).
func (v *checker) checkResponseDates() {
	for _, c := range v.c.Claims {
		if c.Made.IsZero() {
			continue
		}
		for i, r := range c.Responses {
			if r.Date.IsZero() || !r.Date.Upper().Before(c.Made.Lower()) {
				continue
			}
			if c.MadeDerived {
				v.errs.Add(v.respDatePos(c, i), "response dated %s is before claim %q was made (%s, the date of its earliest source); if the claim was put to them before it was published, give the claim a \"made\" date", r.Date, c.ID, c.Made)
				continue
			}
			v.errs.Add(v.respDatePos(c, i), "response dated %s is before claim %q was made (%s)", r.Date, c.ID, c.Made)
		}
	}
}

// checkRetractions reports a "retracts" response by anyone but a named
// claimant of the claim: only who made a claim can withdraw it.
func (v *checker) checkRetractions() {
	for _, c := range v.c.Claims {
		for _, r := range c.Responses {
			if r.Stance != StanceRetracts {
				continue
			}
			if r.Who == "" {
				v.errs.Add(orPos(r.Pos, c.Pos), "anonymous responders cannot retract claim %q: only a named claimant of the claim can (anonymous claimants and documents cannot retract; see \"Retractions\" in docs/format.md)", c.ID)
				continue
			}
			if slices.ContainsFunc(c.Claimants, func(a Claimant) bool { return a.Who == r.Who }) {
				continue
			}
			v.errs.Add(orPos(r.Pos, c.Pos), "%q cannot retract claim %q: only a named claimant of the claim can (add %s to its claimants, or use \"denies\" or \"disputes\")", r.Who, c.ID, r.Who)
		}
	}
}
