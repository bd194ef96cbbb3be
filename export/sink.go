package export

import (
	"bytes"
	"io"
)

// sinkChunk is how much output a sink gathers before handing it on: small
// enough to stay in the processor's cache, large enough that a file is
// written in few system calls.
const sinkChunk = 64 << 10

// sink gathers an export's output in a small buffer and hands it to its
// writer a chunk at a time, so that a large case is written as it is made
// instead of first being held whole in memory (at 100,000 events the
// exports are hundreds of megabytes, and growing, clearing and faulting in
// one buffer that size cost more than writing it). The first write error
// is kept and later output dropped.
type sink struct {
	b   []byte
	w   io.Writer
	err error
}

func newSink(w io.Writer) sink { return sink{b: make([]byte, 0, sinkChunk+sinkChunk/4), w: w} }

// Write appends p; it never fails (the error is reported by flush).
func (s *sink) Write(p []byte) (int, error) {
	s.b = append(s.b, p...)
	return len(p), nil
}

// WriteString appends t.
func (s *sink) WriteString(t string) { s.b = append(s.b, t...) }

// WriteByte appends c.
func (s *sink) WriteByte(c byte) error {
	s.b = append(s.b, c)
	return nil
}

// spill hands the output on once a chunk is gathered; the exports call it
// after each record.
func (s *sink) spill() {
	if len(s.b) >= sinkChunk {
		s.flush()
	}
}

// flush hands on what is gathered and returns the first write error.
func (s *sink) flush() error {
	if len(s.b) > 0 && s.err == nil {
		_, s.err = s.w.Write(s.b)
	}
	s.b = s.b[:0]
	return s.err
}

// collect runs an export that writes to a writer and returns its bytes.
func collect(write func(io.Writer) error) []byte {
	var b bytes.Buffer
	write(&b) // a bytes.Buffer never fails
	return b.Bytes()
}
