package gen

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

// generator holds the random source and what has been generated so far that
// later records refer to.
type generator struct {
	r       *rand.Rand
	n       Counts
	perFile int // records of one kind in one file

	personNames []string
	orgNames    []string
	orgKinds    []string
	mediaOrgs   []int // indexes of organizations of kind media

	sourceDays []day // date of each source (its first moment, in UTC days)
}

func newGenerator(o Options) *generator {
	return &generator{
		r:       rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15)),
		n:       o.Counts(),
		perFile: o.recordsPerFile(),
	}
}

func personID(i int) string { return fmt.Sprintf("person-%d", i+1) }
func orgID(i int) string    { return fmt.Sprintf("org-%d", i+1) }
func sourceID(i int) string { return fmt.Sprintf("source-%d", i+1) }
func eventID(i int) string  { return fmt.Sprintf("event-%d", i+1) }
func claimID(i int) string  { return fmt.Sprintf("claim-%d", i+1) }

// pick returns a random element of s.
func pick[T any](g *generator, s []T) T { return s[g.r.IntN(len(s))] }

// chance reports true with probability percent/100.
func (g *generator) chance(percent int) bool { return g.r.IntN(100) < percent }

// eventDay is the day event i happened: events are spread evenly over
// spanDays in ID order.
func (g *generator) eventDay(i int) day {
	return day(int64(i) * spanDays / int64(g.n.Events))
}

// lastCiter is the index of the last event that cites source j: event i
// cites source min(i/2, Sources-1) (and sometimes the one after).
func (g *generator) lastCiter(j int) int {
	if j == g.n.Sources-1 {
		return g.n.Events - 1
	}
	return min(2*j+1, g.n.Events-1)
}

// eventSource is the first source event i cites.
func (g *generator) eventSource(i int) int { return min(i/2, g.n.Sources-1) }

// firstSourceAfter returns the first source certainly dated on or after d,
// or false when there is none.
func (g *generator) firstSourceAfter(d day) (int, bool) {
	j := sort.Search(g.n.Sources, func(j int) bool { return g.eventDay(g.lastCiter(j))+5 >= d })
	return j, j < g.n.Sources
}

// actor returns a random person or organization ID (people three times as
// often) and its display name.
func (g *generator) actor() (string, string) {
	if g.chance(25) {
		i := g.r.IntN(g.n.Organizations)
		return orgID(i), g.orgNames[i]
	}
	i := g.r.IntN(g.n.People)
	return personID(i), g.personNames[i]
}

// otherName returns a random actor name different from name when the case
// has one.
func (g *generator) otherName(name string) string {
	for range 8 {
		if _, o := g.actor(); o != name {
			return o
		}
	}
	return name
}

// sentence draws a title or statement built from the given names; about one
// in five is long.
func (g *generator) sentence(a, b string) string {
	var s string
	switch g.r.IntN(5) {
	case 0:
		s = fmt.Sprintf("%s %s %s", a, pick(g, verbs), b)
	case 1:
		s = fmt.Sprintf("%s %s %s in %s", a, pick(g, verbs), b, pick(g, places))
	case 2:
		s = fmt.Sprintf("%s and %s discuss %s", a, b, pick(g, topics))
	case 3:
		s = fmt.Sprintf("%s on %s", a, pick(g, topics))
	default:
		s = fmt.Sprintf("%s %s %s about %s", a, pick(g, verbs), b, pick(g, topics))
	}
	if g.chance(20) {
		s += ", " + pick(g, longTails)
	}
	return s
}

// date writes an EDTF date scalar, quoted about a quarter of the time.
func (g *generator) date(s string) string {
	if g.chance(25) {
		return quote(s)
	}
	return s
}

// uniqueIDs draws k distinct actor IDs (fewer if the case has fewer
// actors) with their names, in the order drawn.
func (g *generator) uniqueIDs(k int) (ids, names []string) {
	k = min(k, g.n.People+g.n.Organizations)
	seen := make(map[string]bool, k)
	for len(ids) < k {
		id, name := g.actor()
		if seen[id] {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
		names = append(names, name)
	}
	return ids, names
}

// slug turns an ASCII-ish name into URL path text.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
