package export

import (
	"encoding/binary"
	"hash/maphash"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// idTable finds a case's records by ID for the exports that look up every
// participant, claimant, respondent and cited source. The case's own
// lookups (c.Name, c.Source) read a map of every record of the case, then
// the record, then its fields, each somewhere else in a heap of gigabytes
// for a large case: several cache and address-translation misses a
// lookup. An idTable holds the records of one or two kinds only, as one
// array of slots and one string: a slot holds a tag of the ID's hash and
// where the record's entry begins in the string, and an entry holds, side
// by side, a small header (a kind, a position, lengths), the ID and the
// fields the exports write (a name; a URL and a title). A lookup reads a
// slot and, most often, one entry, which mostly lies in one or two cache
// lines: two misses where a map, a record and its strings took four or
// five.
type idTable struct {
	seed  maphash.Seed
	slots []uint64 // hash tag << 40 | entry + 1; 0 when empty
	mask  uint64
	text  strings.Builder
	// hashes and warmed hold warm's hashes and slots between its passes,
	// and sum what it read, so that the reads are kept.
	hashes []uint64
	warmed []uint64
	sum    byte
}

// Where a slot keeps the tag and the entry.
const (
	tagShift  = 40
	entryBits = 1<<tagShift - 1
)

// record is an entry of an idTable.
type record struct {
	id     string
	kind   byte
	pos    int32 // its position in the case's list
	fields [2]string
}

// newIDTable makes a table for n records whose entries take size bytes
// (entrySize each).
func newIDTable(n, size int) *idTable {
	slots := 16
	for slots < 2*n {
		slots *= 2
	}
	t := &idTable{seed: maphash.MakeSeed(), slots: make([]uint64, slots), mask: uint64(slots - 1)}
	t.text.Grow(size)
	return t
}

// entrySize is the size of the entry of a record with this ID and these
// fields.
func entrySize(id string, fields ...string) int {
	n := 1 + 4 + binary.MaxVarintLen32 + len(id)
	for _, f := range fields {
		n += binary.MaxVarintLen32 + len(f)
	}
	return n
}

// add adds r unless a record with its ID is there already: the first
// record of an ID wins, as in the case's lookups.
func (t *idTable) add(r record) { t.insert(r, maphash.String(t.seed, r.id)) }

// insert adds r, whose ID hashes to h, as add does.
func (t *idTable) insert(r record, h uint64) {
	i := h & t.mask
	for ; t.slots[i] != 0; i = (i + 1) & t.mask {
		if t.slots[i]>>tagShift == h>>tagShift && t.entry(t.slots[i]).id == r.id {
			return
		}
	}
	at := t.text.Len()
	var head [1 + 4 + 3*binary.MaxVarintLen32]byte
	b := append(head[:0], r.kind)
	b = binary.LittleEndian.AppendUint32(b, uint32(r.pos))
	b = binary.AppendUvarint(b, uint64(len(r.id)))
	b = binary.AppendUvarint(b, uint64(len(r.fields[0])))
	b = binary.AppendUvarint(b, uint64(len(r.fields[1])))
	t.text.Write(b)
	t.text.WriteString(r.id)
	t.text.WriteString(r.fields[0])
	t.text.WriteString(r.fields[1])
	t.slots[i] = h>>tagShift<<tagShift | uint64(at+1)
}

// filler adds records to a table a batch at a time, in the order given:
// the slots of a batch, and the entries they point to, are read first,
// each read independent of the others, so that the processor fetches them
// from memory side by side (idTable.warmHashed), and are then filled in
// from its cache.
type filler struct {
	t    *idTable
	recs []record
	hs   []uint64
}

// fillBatch is how many records a filler adds together.
const fillBatch = 64

func newFiller(t *idTable) *filler {
	return &filler{t: t, recs: make([]record, 0, fillBatch), hs: make([]uint64, 0, fillBatch)}
}

// add adds r, as idTable.add does, once its batch is full or done.
func (f *filler) add(r record) {
	if f.recs = append(f.recs, r); len(f.recs) == fillBatch {
		f.done()
	}
}

// done adds the records of the last batch.
func (f *filler) done() {
	t := f.t
	f.hs = f.hs[:0]
	for _, r := range f.recs {
		f.hs = append(f.hs, maphash.String(t.seed, r.id))
	}
	t.warmHashed(f.hs)
	for i, r := range f.recs {
		t.insert(r, f.hs[i])
	}
	f.recs = f.recs[:0]
}

// entry reads the entry a slot points to.
func (t *idTable) entry(slot uint64) record {
	s := t.text.String()[slot&entryBits-1:]
	r := record{kind: s[0], pos: int32(uint32(s[1]) | uint32(s[2])<<8 | uint32(s[3])<<16 | uint32(s[4])<<24)}
	s = s[5:]
	var n [3]int
	for k := range n {
		v, w := uvarint(s)
		n[k], s = int(v), s[w:]
	}
	r.id, s = s[:n[0]], s[n[0]:]
	r.fields[0], r.fields[1] = s[:n[1]], s[n[1]:n[1]+n[2]]
	return r
}

// uvarint is binary.Uvarint for a string.
func uvarint(s string) (uint64, int) {
	var v uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			return v | uint64(c)<<(7*i), i + 1
		}
		v |= uint64(c&0x7f) << (7 * i)
	}
	return 0, 0
}

// find returns the record of id, false when there is none.
func (t *idTable) find(id string) (record, bool) {
	return t.findHashed(id, maphash.String(t.seed, id))
}

// findHashed is find of an ID whose hash is h.
func (t *idTable) findHashed(id string, h uint64) (record, bool) {
	for i := h & t.mask; t.slots[i] != 0; i = (i + 1) & t.mask {
		if s := t.slots[i]; s>>tagShift == h>>tagShift {
			if r := t.entry(s); r.id == id {
				return r, true
			}
		}
	}
	return record{}, false
}

// warmSpan is how far into an entry warm reads: most entries (a header,
// an ID and a name or URL) end within it.
const warmSpan = 48

// warm reads the slots and entries that finding ids would read, without
// finding them: the reads of different IDs do not wait for one another,
// so the processor fetches many of them from memory at once, and the
// lookups that follow find them in its cache. A lookup of a large table
// is otherwise two cache misses, one after the other.
func (t *idTable) warm(ids []string) {
	hs := t.hashes[:0]
	for _, id := range ids {
		hs = append(hs, maphash.String(t.seed, id))
	}
	t.hashes = hs
	t.warmHashed(hs)
}

// warmHashed is warm of the IDs whose hashes are hs.
func (t *idTable) warmHashed(hs []uint64) {
	slots := t.warmed[:0]
	for _, h := range hs {
		slots = append(slots, t.slots[h&t.mask])
	}
	text := t.text.String()
	x := t.sum
	for _, s := range slots {
		if s != 0 {
			at := int(s&entryBits) - 1
			x ^= text[at] ^ text[min(at+warmSpan, len(text)-1)]
		}
	}
	t.warmed, t.sum = slots, x
}

// names looks up the names and kinds of a case's people and
// organizations, as c.Name and c.Kind do.
type names struct {
	c *casefile.Case
	t *idTable
}

// The kinds of names' records.
const (
	namePerson byte = iota
	nameOrganization
)

// newNames makes the table of c's people and organizations.
func newNames(c *casefile.Case) *names {
	size := 0
	for _, p := range c.People {
		size += entrySize(p.ID, p.Name)
	}
	for _, o := range c.Organizations {
		size += entrySize(o.ID, o.Name)
	}
	t := newIDTable(len(c.People)+len(c.Organizations), size)
	f := newFiller(t)
	for i, p := range c.People {
		f.add(record{id: p.ID, kind: namePerson, pos: int32(i), fields: [2]string{p.Name}})
	}
	for i, o := range c.Organizations {
		f.add(record{id: o.ID, kind: nameOrganization, pos: int32(i), fields: [2]string{o.Name}})
	}
	f.done()
	return &names{c: c, t: t}
}

// name returns c.Name(id).
func (n *names) name(id string) string {
	if r, ok := n.t.find(id); ok {
		return r.fields[0]
	}
	return n.c.Name(id) // not a person or organization
}

// kind returns c.Kind(id).
func (n *names) kind(id string) casefile.Kind {
	if r, ok := n.t.find(id); ok {
		if r.kind == namePerson {
			return casefile.KindPerson
		}
		return casefile.KindOrganization
	}
	return n.c.Kind(id)
}

// sources looks up a case's sources, as c.Source does: their positions
// in c.Sources, URLs and titles.
type sources struct {
	t *idTable
}

// citedSource is what the exports write of a cited source.
type citedSource struct {
	at         int32  // position in c.Sources
	url, title string // the title "" in a table made without
}

// newSources makes the table of c's sources, with their titles or
// without.
func newSources(c *casefile.Case, titles bool) *sources {
	return sourceTable(c, func(s *casefile.Source) [2]string {
		if titles {
			return [2]string{s.URL, s.Title}
		}
		return [2]string{s.URL}
	})
}

// newSourcePositions makes a table of c's sources that holds their
// positions in c.Sources only (source gives no URL or title): its
// entries a quarter of the size of those with the URLs, for an export
// that reads a cited source's fields from the case seldom.
func newSourcePositions(c *casefile.Case) *sources {
	return sourceTable(c, func(*casefile.Source) [2]string { return [2]string{} })
}

// sourceTable makes a table of c's sources with the given fields.
func sourceTable(c *casefile.Case, fields func(*casefile.Source) [2]string) *sources {
	size := 0
	for _, s := range c.Sources {
		f := fields(s)
		size += entrySize(s.ID, f[0], f[1])
	}
	t := newIDTable(len(c.Sources), size)
	f := newFiller(t)
	for i, s := range c.Sources {
		f.add(record{id: s.ID, pos: int32(i), fields: fields(s)})
	}
	f.done()
	return &sources{t: t}
}

// source returns the source id, false when c has no such source.
func (s *sources) source(id string) (citedSource, bool) {
	r, ok := s.t.find(id)
	return citedSource{at: r.pos, url: r.fields[0], title: r.fields[1]}, ok
}

// at returns the position of the source id in c.Sources, and false when
// c has no such source.
func (s *sources) at(id string) (int32, bool) {
	r, ok := s.t.find(id)
	return r.pos, ok
}
