// Package strblock copies strings side by side into one block of memory,
// so that code reading many of them in the order they were copied reads
// memory in order (the graph's edge text, the exports' tables of names).
package strblock

import "strings"

// Block holds copies of strings one after the other. Its size is set when
// it is made and it never grows past it, so a copy is never moved.
type Block struct{ b strings.Builder }

// New returns a Block for size bytes of copies.
func New(size int) *Block {
	s := &Block{}
	s.b.Grow(size)
	return s
}

// Copy returns a copy of v beside the copies before it. Copying more than
// the Block's size in all is allowed but starts a new block, so later
// copies no longer lie beside earlier ones.
func (s *Block) Copy(v string) string {
	s.b.WriteString(v)
	all := s.b.String()
	return all[len(all)-len(v):]
}
