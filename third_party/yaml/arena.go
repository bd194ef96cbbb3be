// Arena: not in upstream go.yaml.in/yaml/v3; see PATCHES.md.

package yaml

import "unsafe"

// Arena holds the nodes that a Decoder builds, their lists of children and
// the text of their scalars in a few large chunks, which Reset hands out
// again: a program that decodes many documents one after the other, and is
// done with each tree before it decodes the next, then reuses the same
// memory for every tree instead of leaving each one to the garbage
// collector.
//
// A Decoder given an Arena (Decoder.SetArena) also leaves the Tag of a
// plain scalar that has no tag empty instead of resolving it while it
// decodes: Node.ShortTag resolves it when asked, with the same result.
//
// After Reset every Node, every Content slice and every Value string
// handed out before is reused: nothing of the trees decoded before may be
// kept, not even a Value (copy it with strings.Clone). An Arena is not
// safe for concurrent use; give each goroutine its own.
type Arena struct {
	nodes slab[Node]
	ptrs  slab[*Node]
	text  slab[byte]
	// kids holds the children of the mappings and sequences being built,
	// innermost last, until each is complete.
	kids []*Node
}

// Chunk sizes, in items.
const (
	arenaNodes = 256
	arenaPtrs  = 2048
	arenaText  = 32 << 10
	// arenaTextMin is the least room a scalar starts with in the current
	// text chunk; with less it starts a new chunk. A longer scalar grows
	// out of the arena into memory of its own.
	arenaTextMin = 1 << 10
)

// Reset makes the whole arena free to be handed out again.
func (a *Arena) Reset() {
	a.nodes.reset()
	a.ptrs.reset()
	a.text.reset()
	a.kids = a.kids[:0]
}

// Poison overwrites the text of every scalar handed out since the last
// Reset with 0xff bytes and then resets the arena, as the decoding of the
// next documents will: for tests that check that a program keeps nothing
// of a tree it let go.
func (a *Arena) Poison() {
	for _, c := range a.text.chunks {
		for j := range c {
			c[j] = 0xff
		}
	}
	a.Reset()
}

// node returns a Node to fill in: every field of it must be set.
func (a *Arena) node() *Node {
	return &a.nodes.take(1, arenaNodes)[0]
}

// content returns a copy of the children in a.kids[from:] and drops them
// from a.kids.
func (a *Arena) content(from int) []*Node {
	kids := a.kids[from:]
	if len(kids) == 0 {
		a.kids = a.kids[:from]
		return nil
	}
	out := a.ptrs.take(len(kids), arenaPtrs)
	copy(out, kids)
	clear(kids)
	a.kids = a.kids[:from]
	return out[:len(out):len(out)]
}

// textStart returns an empty slice at the free end of the current text
// chunk, for a scalar to be appended to; textEnd keeps what was appended.
func (a *Arena) textStart() []byte {
	t := &a.text
	if t.i >= len(t.chunks) || len(t.chunks[t.i])-t.n < arenaTextMin {
		t.next(arenaText)
	}
	return t.chunks[t.i][t.n:t.n]
}

// textEnd takes the scalar s appended to the slice textStart returned out
// of the free part of the chunk, unless it outgrew the chunk.
func (a *Arena) textEnd(s []byte) {
	t := &a.text
	c := t.chunks[t.i]
	if len(s) > 0 && t.n < len(c) && unsafe.SliceData(s) == &c[t.n] {
		t.n += len(s)
	}
}

// str returns b, appended to a slice from textStart, as a string without a
// copy: nothing writes to the bytes of a scalar once it is scanned.
func str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// slab hands out runs of items from chunks that reset makes free again.
type slab[T any] struct {
	chunks [][]T
	i, n   int // the current chunk, and how many of its items are taken
}

// take returns n items from the current chunk, or from the next one when
// they do not fit; a run longer than a chunk gets memory of its own.
func (s *slab[T]) take(n, size int) []T {
	if n > size {
		return make([]T, n)
	}
	if s.i >= len(s.chunks) || len(s.chunks[s.i])-s.n < n {
		s.next(size)
	}
	out := s.chunks[s.i][s.n : s.n+n]
	s.n += n
	return out
}

// next moves to the next chunk, making it when there is none.
func (s *slab[T]) next(size int) {
	if s.i < len(s.chunks) && s.n > 0 {
		s.i++
	}
	if s.i >= len(s.chunks) {
		s.chunks = append(s.chunks, make([]T, size))
	}
	s.n = 0
}

// reset makes every chunk free.
func (s *slab[T]) reset() {
	s.i, s.n = 0, 0
}
