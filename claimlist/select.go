package claimlist

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// ErrUnknown is wrapped by Filter.Check for a status or an ID the case does
// not have.
var ErrUnknown = errors.New("claimlist: unknown")

// Filter chooses claims. A claim is selected when it passes every field
// that is set; the zero Filter selects every claim.
type Filter struct {
	// Statuses keeps claims with one of these statuses; empty keeps all.
	Statuses []casefile.Status
	// About keeps claims about one of these records (any kind a claim can
	// be about); empty keeps all.
	About []string
	// By keeps claims one of these people or organizations made or
	// answered ("who denied what"); empty keeps all.
	By []string
}

// ParseStatuses reads a comma-separated list of statuses ("disputed,contested").
func ParseStatuses(s string) ([]casefile.Status, error) {
	var out []casefile.Status
	names := make([]string, len(casefile.Statuses))
	for i, st := range casefile.Statuses {
		names[i] = string(st)
	}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if !slices.Contains(names, part) {
			if sug := casefile.Suggest(part, names); sug != "" {
				return nil, fmt.Errorf("%w status %q, did you mean %q?", ErrUnknown, part, sug)
			}
			return nil, fmt.Errorf("%w status %q: use %s", ErrUnknown, part, strings.Join(names, ", "))
		}
		out = append(out, casefile.Status(part))
	}
	return out, nil
}

// Check reports an ID of f that names no record of c (with the nearest ID
// when one is close), or a By ID that is not a person or organization.
func (f Filter) Check(c *casefile.Case) error {
	var ids []string
	for _, r := range c.People {
		ids = append(ids, r.ID)
	}
	for _, r := range c.Organizations {
		ids = append(ids, r.ID)
	}
	actors := len(ids)
	for _, r := range c.Events {
		ids = append(ids, r.ID)
	}
	for _, r := range c.Claims {
		ids = append(ids, r.ID)
	}
	unknown := func(flag, id string, cands []string) error {
		if s := casefile.Suggest(id, cands); s != "" {
			return fmt.Errorf("%s: %w id %q, did you mean %q?", flag, ErrUnknown, id, s)
		}
		return fmt.Errorf("%s: %w id %q: the case has no such record", flag, ErrUnknown, id)
	}
	for _, id := range f.About {
		if c.Kind(id) == "" {
			return unknown("about", id, ids)
		}
	}
	for _, id := range f.By {
		switch c.Kind(id) {
		case casefile.KindPerson, casefile.KindOrganization:
		case "":
			return unknown("by", id, ids[:actors])
		default:
			return fmt.Errorf("by: %q is %s %s; claims are made and answered by people and organizations", id, article(string(c.Kind(id))), c.Kind(id))
		}
	}
	return nil
}

// article returns "a" or "an" for a kind name.
func article(kind string) string {
	if strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an"
	}
	return "a"
}

// Select returns the claims of c that pass f, oldest first (by the date
// they were made, undated ones first, then by ID).
func Select(c *casefile.Case, f Filter) []*casefile.Claim {
	var out []*casefile.Claim
	for _, cl := range c.Claims {
		if f.keeps(cl) {
			out = append(out, cl)
		}
	}
	slices.SortStableFunc(out, func(a, b *casefile.Claim) int {
		if d := a.Made.Compare(b.Made); d != 0 {
			return d
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// keeps tells whether cl passes f.
func (f Filter) keeps(cl *casefile.Claim) bool {
	if len(f.Statuses) > 0 && !slices.Contains(f.Statuses, cl.Status) {
		return false
	}
	if len(f.About) > 0 && !slices.ContainsFunc(cl.About, func(id string) bool { return slices.Contains(f.About, id) }) {
		return false
	}
	if len(f.By) > 0 {
		by := slices.ContainsFunc(cl.Claimants, func(a casefile.Claimant) bool { return a.Who != "" && slices.Contains(f.By, a.Who) }) ||
			slices.ContainsFunc(cl.Responses, func(r casefile.Response) bool { return slices.Contains(f.By, r.Who) })
		if !by {
			return false
		}
	}
	return true
}
