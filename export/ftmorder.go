package export

import (
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// The FtM export writes its entities in ID order. Sorting all of them (5
// million at 1,000,000 events) compares IDs read from all over the case,
// log n times each. Instead, each kind of entity is listed in an order
// that is already the ID order of that kind, and the lists are merged:
//
//   - people, organizations, events, sources and claims are sorted by ID
//     in the case; an organization's part-of link ("ORG--part-of--P")
//     follows it, and a claim's responses ("CLAIM--response-N") follow
//     the claim, N in the order of its decimal text (1, 10, 11, 2, ...);
//   - relations ("relation-N-FROM-TO") come in the order of the decimal
//     text of N, which is their ID order since "-" sorts before every
//     digit;
//   - the Documentation entities ("SOURCE--documents--RECORD") are
//     gathered by source, in the case's order of sources, by a counting
//     sort, and only each source's few are sorted.
//
// Each list is checked to be in order (one comparison of neighbours per
// entity) and sorted only when it is not, which IDs such as "a--b" beside
// "a" can cause; so the result is always that of a sort, in linear time
// for the IDs a case has in practice.

// cmpRef orders entities by ID, then in the order of making.
func cmpRef(x, y ftmRef) int {
	if d := strings.Compare(x.id, y.id); d != 0 {
		return d
	}
	return int(x.seq - y.seq)
}

// inOrder sorts refs by cmpRef unless they already are.
func inOrder(refs []ftmRef) []ftmRef {
	if !slices.IsSortedFunc(refs, cmpRef) {
		slices.SortFunc(refs, cmpRef)
	}
	return refs
}

// decimalOrder calls f with 0 to n-1, i in the order of the decimal text
// of i+1: 0, 9, 10, ..., 1, 2, ... for n = 12 (1, 10, 11, 12, 2, 3, ...).
// It walks the tree of decimal prefixes depth first.
func decimalOrder(n int, f func(i int)) {
	x := 1
	for range n {
		f(x - 1)
		if x*10 <= n {
			x *= 10
			continue
		}
		for x%10 == 9 || x+1 > n {
			x /= 10
		}
		x++
	}
}

// ftmRefs returns the entities of c's export, each kind's list in ID
// order; mergeRefs merges them into the order of the export. src are c's
// sources.
func ftmRefs(c *casefile.Case, src *sources) [][]ftmRef {
	var seq int32
	ref := func(id string, kind uint8, a, b, c int) ftmRef {
		seq++
		return ftmRef{id: id, kind: kind, a: int32(a), b: int32(b), c: int32(c), seq: seq - 1}
	}
	people := make([]ftmRef, 0, len(c.People))
	for i, p := range c.People {
		people = append(people, ref(p.ID, ftmPerson, i, 0, 0))
	}
	orgs := make([]ftmRef, 0, 2*len(c.Organizations))
	for i, o := range c.Organizations {
		orgs = append(orgs, ref(o.ID, ftmOrganization, i, 0, 0))
		if o.Parent != "" {
			orgs = append(orgs, ref(o.ID+"--part-of--"+o.Parent, ftmPartOf, i, 0, 0))
		}
	}
	events := make([]ftmRef, 0, len(c.Events))
	for i, e := range c.Events {
		events = append(events, ref(e.ID, ftmEvent, i, 0, 0))
	}
	relations := make([]ftmRef, 0, len(c.Relations))
	first := seq
	decimalOrder(len(c.Relations), func(i int) {
		relations = append(relations, ftmRef{id: relationID(i, c.Relations[i]), kind: ftmRelation, a: int32(i), seq: first + int32(i)})
	})
	seq += int32(len(c.Relations))
	sources := make([]ftmRef, 0, len(c.Sources))
	for i, s := range c.Sources {
		sources = append(sources, ref(s.ID, ftmSource, i, 0, 0))
	}
	docs := ftmDocs(c, src, &seq)
	n := len(c.Claims)
	for _, cl := range c.Claims {
		n += len(cl.Responses)
	}
	claims := make([]ftmRef, 0, n)
	for i, cl := range c.Claims {
		claims = append(claims, ref(cl.ID, ftmClaim, i, 0, 0))
		first := seq
		decimalOrder(len(cl.Responses), func(k int) {
			claims = append(claims, ftmRef{id: responseID(cl, k), kind: ftmResponse, a: int32(i), b: int32(k), seq: first + int32(k)})
		})
		seq += int32(len(cl.Responses))
	}
	lists := [][]ftmRef{people, orgs, events, relations, sources, docs, claims}
	for i := range lists {
		lists[i] = inOrder(lists[i])
	}
	return lists
}

// ftmDocs returns the Documentation entities of c (a source of an event,
// evidence for a claim or for a response), numbered from *seq on in the
// order of making, listed in ID order.
func ftmDocs(c *casefile.Case, src *sources, seq *int32) []ftmRef {
	// Counting sort by source, keeping the order of making within each:
	// first the source of each entity, by its position in c.Sources (a
	// source the case lacks, only in a case put together by hand, last).
	var by []int32
	start := make([]int32, len(c.Sources)+2)
	eachDoc(c, func(source string, _ uint8, _, _, _ int) {
		s, ok := src.at(source)
		if !ok {
			s = int32(len(c.Sources))
		}
		by = append(by, s)
		start[s+1]++
	})
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	docs := make([]ftmRef, len(by))
	next := slices.Clone(start[:len(start)-1])
	j := 0
	eachDoc(c, func(source string, kind uint8, a, b, _ int) {
		var record string
		switch kind {
		case ftmDocEvent:
			record = c.Events[a].ID
		case ftmDocClaim:
			record = c.Claims[a].ID
		default:
			record = responseID(c.Claims[a], b)
		}
		s := by[j]
		docs[next[s]] = ftmRef{id: documentationID(source, record), kind: kind, a: int32(len(source)), seq: *seq}
		next[s]++
		*seq++
		j++
	})
	// Within a source, the IDs differ by the record.
	for s := 0; s+1 < len(start); s++ {
		if g := docs[start[s]:start[s+1]]; len(g) > 1 {
			inOrder(g)
		}
	}
	return docs
}

// eachDoc calls f with the source of each Documentation entity of c and
// the kind and place (a, b, c as in ftmRef) of the entity, in the order
// of making.
func eachDoc(c *casefile.Case, f func(source string, kind uint8, a, b, k int)) {
	for i, e := range c.Events {
		for j, s := range e.Sources {
			f(s, ftmDocEvent, i, j, 0)
		}
	}
	for i, cl := range c.Claims {
		for j, s := range cl.Sources {
			f(s, ftmDocClaim, i, j, 0)
		}
		for k, r := range cl.Responses {
			for j, s := range r.Sources {
				f(s, ftmDocResponse, i, k, j)
			}
		}
	}
}

// mergeRefs calls f with the entities of lists, each list in order, in
// the order of all of them (cmpRef). It keeps the lists ordered by their
// first entity and takes entities from the first list while they come
// before the second list's first: one comparison an entity while one
// kind runs on, as the kinds of most cases do (all the "event-..." IDs
// together).
func mergeRefs(lists [][]ftmRef, f func(ftmRef)) {
	heads := make([][]ftmRef, 0, len(lists))
	for _, l := range lists {
		if len(l) > 0 {
			heads = append(heads, l)
		}
	}
	slices.SortFunc(heads, func(x, y []ftmRef) int { return cmpRef(x[0], y[0]) })
	for len(heads) > 1 {
		l, bound := heads[0], heads[1][0]
		n := 0
		for n < len(l) && cmpRef(l[n], bound) < 0 {
			f(l[n])
			n++
		}
		if n == len(l) {
			heads = heads[1:]
			continue
		}
		// put the rest of the list back where its first entity belongs
		l = l[n:]
		i := 1
		for i+1 < len(heads) && cmpRef(heads[i+1][0], l[0]) < 0 {
			i++
		}
		copy(heads[:i], heads[1:i+1])
		heads[i] = l
	}
	if len(heads) == 1 {
		for _, r := range heads[0] {
			f(r)
		}
	}
}
