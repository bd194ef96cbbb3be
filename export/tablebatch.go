package export

import "hash/maphash"

// tableBatch looks up many IDs in an idTable at once: it hashes them,
// reads ahead the slots and entries their lookups will read (warmHashed,
// the reads of all of them in flight together instead of two cache misses
// one after the other per lookup in a table that, for a case of 1,000,000
// events, is tens of megabytes), then makes each lookup from memory now in
// the caches.
type tableBatch struct {
	ids   []string
	hash  []uint64
	recs  []record
	found []bool
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
	b.recs = grow(b.recs, n)
	b.found = grow(b.found, n)
	for i, id := range b.ids {
		b.hash[i] = maphash.String(t.seed, id)
	}
	t.warmHashed(b.hash)
	for i, id := range b.ids {
		b.recs[i], b.found[i] = t.findHashed(id, b.hash[i])
	}
}

// grow returns s resliced to n elements, reallocated when it holds fewer.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, 2*n)
	}
	return s[:n]
}
