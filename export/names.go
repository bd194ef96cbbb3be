package export

import (
	"hash/maphash"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// names looks up the names of a case's people and organizations, as
// c.Name does, for the exports that name every participant, claimant and
// respondent. c.Name reads a map of every record of the case, then the
// record, then its name, each somewhere else in a heap of gigabytes for a
// large case: several cache and address-translation misses a lookup. This
// table is one array of slots (a tag of the ID's hash and a position)
// and one of entries whose IDs and names are copied side by side into
// one string: a lookup reads a slot and, most often, one entry and the
// text it points to.
type names struct {
	c       *casefile.Case
	seed    maphash.Seed
	slots   []uint64 // hash tag << 32 | entry + 1; 0 when empty
	mask    uint64
	entries []nameEntry
}

type nameEntry struct{ id, name string }

// newNames makes the table of c's people and organizations.
func newNames(c *casefile.Case) *names {
	n := len(c.People) + len(c.Organizations)
	size := 16
	for size < 2*n {
		size *= 2
	}
	t := &names{c: c, seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1),
		entries: make([]nameEntry, 0, n)}
	size = 0
	for _, p := range c.People {
		size += len(p.ID) + len(p.Name)
	}
	for _, o := range c.Organizations {
		size += len(o.ID) + len(o.Name)
	}
	var text strings.Builder
	text.Grow(size)
	// add copies id and name into the text, which never outgrows what
	// was reserved, so the copies lie side by side.
	add := func(id, name string) {
		h := maphash.String(t.seed, id)
		i := h & t.mask
		for ; t.slots[i] != 0; i = (i + 1) & t.mask {
			if t.slots[i]>>32 == h>>32 && t.entries[uint32(t.slots[i])-1].id == id {
				return // the first record of an ID wins, as in c.Name
			}
		}
		text.WriteString(id)
		text.WriteString(name)
		all := text.String()
		rec := all[len(all)-len(id)-len(name):]
		t.entries = append(t.entries, nameEntry{id: rec[:len(id)], name: rec[len(id):]})
		t.slots[i] = h>>32<<32 | uint64(len(t.entries))
	}
	for _, p := range c.People {
		add(p.ID, p.Name)
	}
	for _, o := range c.Organizations {
		add(o.ID, o.Name)
	}
	return t
}

// name returns c.Name(id).
func (t *names) name(id string) string {
	h := maphash.String(t.seed, id)
	for i := h & t.mask; t.slots[i] != 0; i = (i + 1) & t.mask {
		if s := t.slots[i]; s>>32 == h>>32 {
			if e := &t.entries[uint32(s)-1]; e.id == id {
				return e.name
			}
		}
	}
	return t.c.Name(id) // not a person or organization
}
