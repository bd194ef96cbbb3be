package export

import "hash/maphash"

// tableBatch looks up many IDs in an idTable at once. find reads a slot,
// then the entry the slot points to: two reads anywhere in a table that,
// for a case of 1,000,000 events, is tens of megabytes, each a cache miss
// (and often an address-translation miss) that the processor waits for
// before the next lookup, whose reads depend on nothing of this one, has
// begun. A batch makes its lookups in passes instead: the hashes of all
// its IDs, then the slots they point to, then the entries those slots
// point to, each pass a short loop of reads independent of one another,
// which the processor has in flight together; then each lookup as find
// makes it, from memory now in the caches.
type tableBatch struct {
	ids   []string
	hash  []uint64
	slot  []uint64
	recs  []record
	found []bool
	sink  byte // what the passes read, kept so that the reads are made
}

// reset empties b for the next block of lookups.
func (b *tableBatch) reset() {
	b.ids = b.ids[:0]
}

// add adds a lookup of id and returns its place in b.recs and b.found.
func (b *tableBatch) add(id string) int {
	b.ids = append(b.ids, id)
	return len(b.ids) - 1
}

// run makes the lookups added since reset in t.
func (b *tableBatch) run(t *idTable) {
	n := len(b.ids)
	b.hash = grow(b.hash, n)
	b.slot = grow(b.slot, n)
	b.recs = grow(b.recs, n)
	b.found = grow(b.found, n)
	for i, id := range b.ids {
		b.hash[i] = maphash.String(t.seed, id)
	}
	for i, h := range b.hash {
		b.slot[i] = t.slots[h&t.mask]
	}
	text := t.text.String()
	var sink byte
	for _, s := range b.slot {
		if s != 0 {
			sink += text[s&entryBits-1]
		}
	}
	b.sink = sink
	for i, id := range b.ids {
		b.recs[i], b.found[i] = t.findHashed(id, b.hash[i])
	}
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

// grow returns s resliced to n elements, reallocated when it holds fewer.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, 2*n)
	}
	return s[:n]
}
