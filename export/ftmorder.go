package export

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// The FtM export writes its entities in ID order, one at a time, without
// listing them first: at 1,000,000 events a list of its 5 million
// entities with their IDs (relation, link, response and Documentation IDs
// made by joining others) took some 750 MB, allocated anew by every
// export. Instead the export merges lists that are each in ID order and
// that make each entity's ID, into a buffer of their own, only when they
// reach it:
//
//   - people, organizations, events, sources and claims, which the case
//     keeps sorted by ID (each is checked, one comparison of neighbours a
//     record, and walked through a sorted permutation when it is not, as
//     in a case put together by hand);
//   - relations ("relation-N-FROM-TO"), in the order of the decimal text
//     of N, which is their ID order since "-" sorts before every digit;
//   - what a record brings after it, as a list of its own that joins the
//     merge when the record is written: an organization's part-of link
//     ("ORG--part-of--P"), a claim's responses ("CLAIM--response-N", N in
//     the order of its decimal text) and a source's Documentation
//     entities ("SOURCE--documents--RECORD", sorted by record). Each of
//     these IDs begins with its record's ID and "--", so it comes after
//     the record and not before anything written before it: joining the
//     merge at the record keeps the whole in order.
//
// The Documentation entities are gathered by source with a counting sort
// (12 bytes each), their records' IDs copied as they are read, in the
// order of the case, side by side by source, and a source's few sorted
// when it is written. Entities
// with equal IDs keep the order of making (seq), as a stable sort of all
// of them would: TestFtMOrderIsSortOrder compares the order with such a
// sort.

// ftmDoc is one Documentation entity in the counting sort: its kind,
// where its record's ID ends in ftmOrder.records, and its place in the
// order of making.
type ftmDoc struct {
	end, made int32
	kind      uint8
}

// ftmOrder holds what the merge of an export's lists needs.
type ftmOrder struct {
	c     *casefile.Case
	names *names
	src   *sources
	// IDs the next records of a list look up (warm)
	warmNames, warmSources []string
	// perm[k] is the order of the records of base list k when the case's
	// is not their ID order; nil when it is.
	perm [5][]int32
	// seq of the first entity of each kind, and of each organization and
	// claim (followed by its link or responses).
	orgSeq, claimSeq                         []int32
	eventSeq, relationSeq, sourceSeq, docSeq int32
	docs                                     []ftmDoc // by source, in the order of making within each
	docAt                                    []int32  // source i's are docs[docAt[i]:docAt[i+1]]
	records                                  []byte   // their records' IDs, in the order of docs
	recordAt                                 []int32  // source i's begin at records[recordAt[i]]
	heads                                    []*ftmCursor
	free                                     []*ftmCursor
}

// The base lists, in the order of making.
const (
	listPeople = iota
	listOrganizations
	listEvents
	listSources
	listClaims
	listRelations
	listPartOf    // an organization's link to its parent
	listResponses // a claim's responses
	listDocs      // a source's Documentation entities
	listRefs      // entities listed in full (Documentation of missing sources)
)

// ftmCursor walks one list in ID order; ref is the entity it is at.
type ftmCursor struct {
	ref   ftmRef
	list  int
	i, n  int32       // the next position in the list, and its end
	rec   int32       // the record whose entities a derived list walks
	walk  decimalWalk // the order of relations and responses
	order []int32     // a source's Documentation entities in ID order
	at    []int32     // where their records' IDs begin in ftmOrder.records
	refs  []ftmRef    // listRefs
}

func newFtMOrder(c *casefile.Case, names *names, src *sources) *ftmOrder {
	o := &ftmOrder{c: c, names: names, src: src}
	byID := func(i, j int, id func(int) string) int { return strings.Compare(id(i), id(j)) }
	o.perm[listPeople] = permutation(len(c.People), func(i, j int) int {
		return byID(i, j, func(k int) string { return c.People[k].ID })
	})
	o.perm[listOrganizations] = permutation(len(c.Organizations), func(i, j int) int {
		return byID(i, j, func(k int) string { return c.Organizations[k].ID })
	})
	o.perm[listEvents] = permutation(len(c.Events), func(i, j int) int {
		return byID(i, j, func(k int) string { return c.Events[k].ID })
	})
	o.perm[listSources] = permutation(len(c.Sources), func(i, j int) int {
		return byID(i, j, func(k int) string { return c.Sources[k].ID })
	})
	o.perm[listClaims] = permutation(len(c.Claims), func(i, j int) int {
		return byID(i, j, func(k int) string { return c.Claims[k].ID })
	})
	seq := int32(len(c.People))
	o.orgSeq = make([]int32, len(c.Organizations))
	for i, org := range c.Organizations {
		o.orgSeq[i] = seq
		seq++
		if org.Parent != "" {
			seq++
		}
	}
	o.eventSeq = seq
	o.relationSeq = o.eventSeq + int32(len(c.Events))
	o.sourceSeq = o.relationSeq + int32(len(c.Relations))
	o.docSeq = o.sourceSeq + int32(len(c.Sources))
	missing := o.gatherDocs()
	seq = o.docSeq + int32(len(o.docs))
	o.claimSeq = make([]int32, len(c.Claims))
	for i, cl := range c.Claims {
		o.claimSeq[i] = seq
		seq += 1 + int32(len(cl.Responses))
	}
	for l, n := range [...]int{len(c.People), len(c.Organizations), len(c.Events), len(c.Sources), len(c.Claims)} {
		o.start(&ftmCursor{list: l, n: int32(n)})
	}
	o.start(&ftmCursor{list: listRelations, n: int32(len(c.Relations)), walk: newDecimalWalk(len(c.Relations))})
	if len(missing) > 0 {
		slices.SortFunc(missing, func(x, y ftmRef) int { return cmpRef(&x, &y) })
		o.start(&ftmCursor{list: listRefs, n: int32(len(missing)), refs: missing})
	}
	return o
}

// permutation returns nil when the n records are in order (cmp of their
// positions), or else their positions sorted, stably.
func permutation(n int, cmp func(i, j int) int) []int32 {
	i := 1
	for i < n && cmp(i-1, i) <= 0 {
		i++
	}
	if i >= n {
		return nil
	}
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	slices.SortStableFunc(p, func(x, y int32) int { return cmp(int(x), int(y)) })
	return p
}

// gatherDocs sorts the Documentation entities by source, keeping the
// order of making within each (a counting sort by the source's position
// in c.Sources), and returns those of sources the case lacks (only in a
// case put together by hand) in full.
func (o *ftmOrder) gatherDocs() (missing []ftmRef) {
	c := o.c
	var by numChunks // the source of each, in the order of making
	count := make([]int32, len(c.Sources)+2)
	size := make([]int32, len(c.Sources)+2) // of their records' IDs
	// The sources are looked up a batch at a time, warmed first
	// (idTable.warm), with the length of their records' IDs.
	ids := make([]string, 0, ftmWarmBatch)
	lens := make([]int32, 0, ftmWarmBatch)
	find := func() {
		o.src.t.warm(ids)
		for i, id := range ids {
			s, ok := o.src.at(id)
			if !ok {
				s = int32(len(c.Sources))
			}
			by.add(s)
			count[s+1]++
			size[s+1] += lens[i]
		}
		ids, lens = ids[:0], lens[:0]
	}
	eachDoc(c, func(source string, _ uint8, record string, response int) {
		ids = append(ids, source)
		if lens = append(lens, int32(len(record)+responseSuffix(response))); len(ids) == ftmWarmBatch {
			find()
		}
	})
	find()
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
		size[i] += size[i-1]
	}
	o.docAt, o.recordAt = count[:len(c.Sources)+1], size[:len(c.Sources)+1]
	next, end := slices.Clone(count[:len(count)-1]), slices.Clone(size[:len(size)-1])
	o.docs = make([]ftmDoc, by.n)
	o.records = make([]byte, size[len(size)-1])
	made := int32(0)
	eachDoc(c, func(source string, kind uint8, record string, response int) {
		s := by.at(made)
		at := end[s]
		end[s] += int32(copy(o.records[at:], record))
		if response >= 0 {
			var b [len("--response-") + 20]byte
			end[s] += int32(copy(o.records[end[s]:], appendResponseSuffix(b[:0], response)))
		}
		o.docs[next[s]] = ftmDoc{end: end[s], made: made, kind: kind}
		next[s]++
		if s == int32(len(c.Sources)) {
			id := append(append([]byte(source), documents...), o.records[at:end[s]]...)
			missing = append(missing, ftmRef{id: id, kind: kind, a: int32(len(source)), seq: o.docSeq + made})
		}
		made++
	})
	return missing
}

// numChunks is a list of numbers grown a chunk at a time: growing it copies
// nothing and leaves no garbage, where append, for the millions of
// Documentation entities of a large case, copies the list again and again
// and leaves about as much behind.
type numChunks struct {
	c [][]int32
	n int32
}

const numChunkBits = 14

func (l *numChunks) add(v int32) {
	if l.n>>numChunkBits == int32(len(l.c)) {
		l.c = append(l.c, make([]int32, 1<<numChunkBits))
	}
	l.c[l.n>>numChunkBits][l.n&(1<<numChunkBits-1)] = v
	l.n++
}

// at returns the i-th number added.
func (l *numChunks) at(i int32) int32 { return l.c[i>>numChunkBits][i&(1<<numChunkBits-1)] }

// eachDoc calls f with the source of each Documentation entity of c, its
// kind and its record's ID (a claim's and the response's position in it,
// -1 for an event or a claim), in the order of making.
func eachDoc(c *casefile.Case, f func(source string, kind uint8, record string, response int)) {
	for _, e := range c.Events {
		for _, s := range e.Sources {
			f(s, ftmDocEvent, e.ID, -1)
		}
	}
	for _, cl := range c.Claims {
		for _, s := range cl.Sources {
			f(s, ftmDocClaim, cl.ID, -1)
		}
		for k, r := range cl.Responses {
			for _, s := range r.Sources {
				f(s, ftmDocResponse, cl.ID, k)
			}
		}
	}
}

// responseSuffix is the length of what a response's ID adds to its
// claim's (responseID), 0 for no response (-1).
func responseSuffix(i int) int {
	if i < 0 {
		return 0
	}
	var b [len("--response-") + 20]byte
	return len(appendResponseSuffix(b[:0], i))
}

// cmpRef orders entities by ID, then in the order of making.
func cmpRef(x, y *ftmRef) int {
	if d := bytes.Compare(x.id, y.id); d != 0 {
		return d
	}
	return cmp.Compare(x.seq, y.seq)
}

// start moves a new cursor to its first entity and puts it among the
// heads, unless its list is empty.
func (o *ftmOrder) start(h *ftmCursor) {
	if !o.next(h) {
		o.free = append(o.free, h)
		return
	}
	i := len(o.heads)
	o.heads = append(o.heads, h)
	for i > 0 && cmpRef(&o.heads[i-1].ref, &h.ref) > 0 {
		o.heads[i] = o.heads[i-1]
		i--
	}
	o.heads[i] = h
}

// cursor returns a cursor for a derived list, reusing one whose list
// ended.
func (o *ftmOrder) cursor(list int, rec, n int32) *ftmCursor {
	var h *ftmCursor
	if k := len(o.free); k > 0 {
		h = o.free[k-1]
		o.free = o.free[:k-1]
	} else {
		h = new(ftmCursor)
	}
	h.list, h.rec, h.i, h.n = list, rec, 0, n
	return h
}

// each calls f with every entity of the export, in order. The entity and
// its ID hold until f returns.
func (o *ftmOrder) each(f func(*ftmRef)) {
	for len(o.heads) > 0 {
		h := o.heads[0]
		f(&h.ref)
		d := o.derived(&h.ref)
		if o.next(h) {
			// move it back to where its next entity belongs; while a list
			// runs on, one comparison
			i := 0
			for i+1 < len(o.heads) && cmpRef(&o.heads[i+1].ref, &h.ref) < 0 {
				o.heads[i] = o.heads[i+1]
				i++
			}
			o.heads[i] = h
		} else {
			o.heads = o.heads[:copy(o.heads, o.heads[1:])]
			o.free = append(o.free, h)
		}
		if d != nil {
			o.start(d)
		}
	}
}

// derived returns the list of what the record r brings after it, not
// yet moved to its first entity; nil when none.
func (o *ftmOrder) derived(r *ftmRef) *ftmCursor {
	c := o.c
	switch r.kind {
	case ftmOrganization:
		if c.Organizations[r.a].Parent != "" {
			return o.cursor(listPartOf, r.a, 1)
		}
	case ftmClaim:
		if n := len(c.Claims[r.a].Responses); n > 0 {
			h := o.cursor(listResponses, r.a, int32(n))
			h.walk = newDecimalWalk(n)
			return h
		}
	case ftmSource:
		if n := o.docAt[r.a+1] - o.docAt[r.a]; n > 0 {
			return o.sourceDocs(o.cursor(listDocs, r.a, n))
		}
	}
	return nil
}

// sourceDocs readies h to walk the Documentation entities of source
// h.rec in ID order: sorted by record, then in the order of making.
func (o *ftmOrder) sourceDocs(h *ftmCursor) *ftmCursor {
	docs := o.docs[o.docAt[h.rec]:o.docAt[h.rec+1]]
	h.at, h.order = h.at[:0], h.order[:0]
	h.at = append(h.at, o.recordAt[h.rec])
	for i, d := range docs {
		h.at = append(h.at, d.end)
		h.order = append(h.order, int32(i))
	}
	id := func(i int32) []byte { return o.records[h.at[i]:h.at[i+1]] }
	by := func(x, y int32) int {
		if d := bytes.Compare(id(x), id(y)); d != 0 {
			return d
		}
		return cmp.Compare(docs[x].made, docs[y].made)
	}
	if !slices.IsSortedFunc(h.order, by) {
		slices.SortFunc(h.order, by)
	}
	return h
}

// next moves h to its next entity, false at the end of its list.
func (o *ftmOrder) next(h *ftmCursor) bool {
	if h.i >= h.n {
		return false
	}
	if (h.list == listSources || h.list == listClaims || h.list == listRelations) && h.i%ftmWarmBatch == 0 {
		o.warm(h)
	}
	c, r := o.c, &h.ref
	k := h.i
	if h.list < len(o.perm) && o.perm[h.list] != nil {
		k = o.perm[h.list][k]
	}
	h.i++
	r.id = r.id[:0]
	switch h.list {
	case listPeople:
		*r = ftmRef{id: append(r.id, c.People[k].ID...), kind: ftmPerson, a: k, seq: k}
	case listOrganizations:
		*r = ftmRef{id: append(r.id, c.Organizations[k].ID...), kind: ftmOrganization, a: k, seq: o.orgSeq[k]}
	case listEvents:
		*r = ftmRef{id: append(r.id, c.Events[k].ID...), kind: ftmEvent, a: k, seq: o.eventSeq + k}
	case listSources:
		*r = ftmRef{id: append(r.id, c.Sources[k].ID...), kind: ftmSource, a: k, seq: o.sourceSeq + k}
	case listClaims:
		*r = ftmRef{id: append(r.id, c.Claims[k].ID...), kind: ftmClaim, a: k, seq: o.claimSeq[k]}
	case listRelations:
		i, _ := h.walk.next()
		*r = ftmRef{id: appendRelationID(r.id, i, c.Relations[i]), kind: ftmRelation, a: int32(i), seq: o.relationSeq + int32(i)}
	case listPartOf:
		org := c.Organizations[h.rec]
		id := append(append(append(r.id, org.ID...), partOf...), org.Parent...)
		*r = ftmRef{id: id, kind: ftmPartOf, a: h.rec, seq: o.orgSeq[h.rec] + 1}
	case listResponses:
		i, _ := h.walk.next()
		*r = ftmRef{id: appendResponseID(r.id, c.Claims[h.rec], i), kind: ftmResponse, a: h.rec, b: int32(i), seq: o.claimSeq[h.rec] + 1 + int32(i)}
	case listDocs:
		j := h.order[k]
		d := o.docs[o.docAt[h.rec]+j]
		source := c.Sources[h.rec].ID
		id := append(append(append(r.id, source...), documents...), o.records[h.at[j]:h.at[j+1]]...)
		*r = ftmRef{id: id, kind: d.kind, a: int32(len(source)), seq: o.docSeq + d.made}
	case listRefs:
		*r = h.refs[k]
	}
	return true
}

// ftmWarmBatch is how many records of a list warm reads ahead for.
const ftmWarmBatch = 64

// warm reads ahead what writing the next ftmWarmBatch records of h's
// list will look up: the names of a source's publisher and authors, of a
// claim's claimants and respondents, of a relation's ends and its
// sources (idTable.warm). Those lookups go anywhere in tables of hundreds
// of thousands of records; made one at a time, as the entities are
// written, each waits for memory.
func (o *ftmOrder) warm(h *ftmCursor) {
	c := o.c
	names, srcs := o.warmNames[:0], o.warmSources[:0]
	end := min(h.i+ftmWarmBatch, h.n)
	var perm []int32
	if h.list < len(o.perm) {
		perm = o.perm[h.list]
	}
	at := func(i int32) int32 {
		if perm != nil {
			return perm[i]
		}
		return i
	}
	switch h.list {
	case listSources:
		for i := h.i; i < end; i++ {
			s := c.Sources[at(i)]
			if s.Publisher != "" {
				names = append(names, s.Publisher)
			}
			names = append(names, s.Authors...)
		}
	case listClaims:
		for i := h.i; i < end; i++ {
			cl := c.Claims[at(i)]
			for _, a := range cl.Claimants {
				if id := claimantID(a); id != "" {
					names = append(names, id)
				}
			}
			for _, r := range cl.Responses {
				names = append(names, r.Who)
			}
		}
	case listRelations:
		w := h.walk
		for i := h.i; i < end; i++ {
			j, _ := w.next()
			r := c.Relations[j]
			names = append(names, r.To, r.From)
			srcs = append(srcs, r.Sources...)
		}
	}
	o.names.t.warm(names)
	o.src.t.warm(srcs)
	o.warmNames, o.warmSources = names, srcs
}

// decimalWalk gives 0 to n-1, i in the order of the decimal text of i+1:
// 0, 9, 10, 11, 1, 2, ... for n = 12 (1, 10, 11, 12, 2, 3, ...). It walks
// the tree of decimal prefixes depth first.
type decimalWalk struct{ x, n, left int }

func newDecimalWalk(n int) decimalWalk { return decimalWalk{x: 1, n: n, left: n} }

// next returns the next i, false after the last.
func (d *decimalWalk) next() (int, bool) {
	if d.left == 0 {
		return 0, false
	}
	d.left--
	i := d.x - 1
	if d.x*10 <= d.n {
		d.x *= 10
	} else {
		for d.x%10 == 9 || d.x+1 > d.n {
			d.x /= 10
		}
		d.x++
	}
	return i, true
}

// decimalOrder calls f with 0 to n-1 in the order of decimalWalk.
func decimalOrder(n int, f func(i int)) {
	for d := newDecimalWalk(n); ; {
		i, ok := d.next()
		if !ok {
			return
		}
		f(i)
	}
}
