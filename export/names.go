package export

import (
	"hash/maphash"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/strblock"
)

// idTable finds a case's records by ID for the exports that look up every
// participant, claimant, respondent and cited source. The case's own
// lookups (c.Name, c.Source) read a map of every record of the case, then
// the record, then its fields, each somewhere else in a heap of gigabytes
// for a large case: several cache and address-translation misses a
// lookup. An idTable holds the records of one or two kinds only, as one
// array of slots (a tag of the ID's hash and a position) and one of
// entries, whose IDs (and names) are copied side by side into one string:
// a lookup reads a slot and, most often, one entry and the text it points
// to.
type idTable[E keyed] struct {
	seed    maphash.Seed
	slots   []uint64 // hash tag << 32 | entry + 1; 0 when empty
	mask    uint64
	entries []E
}

// keyed is an entry of an idTable.
type keyed interface{ key() string }

func newIDTable[E keyed](n int) *idTable[E] {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &idTable[E]{seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1), entries: make([]E, 0, n)}
}

// add adds e unless an entry with its ID is there already: the first
// record of an ID wins, as in the case's lookups.
func (t *idTable[E]) add(e E) {
	id := e.key()
	h := maphash.String(t.seed, id)
	i := h & t.mask
	for ; t.slots[i] != 0; i = (i + 1) & t.mask {
		if t.slots[i]>>32 == h>>32 && t.entries[uint32(t.slots[i])-1].key() == id {
			return
		}
	}
	t.entries = append(t.entries, e)
	t.slots[i] = h>>32<<32 | uint64(len(t.entries))
}

// find returns the entry of id, or nil.
func (t *idTable[E]) find(id string) *E {
	h := maphash.String(t.seed, id)
	for i := h & t.mask; t.slots[i] != 0; i = (i + 1) & t.mask {
		if s := t.slots[i]; s>>32 == h>>32 {
			if e := &t.entries[uint32(s)-1]; (*e).key() == id {
				return e
			}
		}
	}
	return nil
}

// names looks up the names and kinds of a case's people and
// organizations, as c.Name and c.Kind do.
type names struct {
	c *casefile.Case
	t *idTable[nameEntry]
}

type nameEntry struct {
	id, name string
	kind     casefile.Kind
}

func (e nameEntry) key() string { return e.id }

// newNames makes the table of c's people and organizations.
func newNames(c *casefile.Case) *names {
	size := 0
	for _, p := range c.People {
		size += len(p.ID) + len(p.Name)
	}
	for _, o := range c.Organizations {
		size += len(o.ID) + len(o.Name)
	}
	text := strblock.New(size)
	t := newIDTable[nameEntry](len(c.People) + len(c.Organizations))
	for _, p := range c.People {
		t.add(nameEntry{id: text.Copy(p.ID), name: text.Copy(p.Name), kind: casefile.KindPerson})
	}
	for _, o := range c.Organizations {
		t.add(nameEntry{id: text.Copy(o.ID), name: text.Copy(o.Name), kind: casefile.KindOrganization})
	}
	return &names{c: c, t: t}
}

// name returns c.Name(id).
func (n *names) name(id string) string {
	if e := n.t.find(id); e != nil {
		return e.name
	}
	return n.c.Name(id) // not a person or organization
}

// kind returns c.Kind(id).
func (n *names) kind(id string) casefile.Kind {
	if e := n.t.find(id); e != nil {
		return e.kind
	}
	return n.c.Kind(id)
}

// sources looks up a case's sources, as c.Source does, and their
// positions in c.Sources.
type sources struct {
	t *idTable[sourceEntry]
}

type sourceEntry struct {
	id string
	s  *casefile.Source
	at int32 // position in c.Sources
}

func (e sourceEntry) key() string { return e.id }

func newSources(c *casefile.Case) *sources {
	size := 0
	for _, s := range c.Sources {
		size += len(s.ID)
	}
	text := strblock.New(size)
	t := newIDTable[sourceEntry](len(c.Sources))
	for i, s := range c.Sources {
		t.add(sourceEntry{id: text.Copy(s.ID), s: s, at: int32(i)})
	}
	return &sources{t: t}
}

// source returns c.Source(id).
func (s *sources) source(id string) *casefile.Source {
	if e := s.t.find(id); e != nil {
		return e.s
	}
	return nil
}

// at returns the position of the source id in c.Sources, and false when
// c has no such source.
func (s *sources) at(id string) (int32, bool) {
	if e := s.t.find(id); e != nil {
		return e.at, true
	}
	return 0, false
}
