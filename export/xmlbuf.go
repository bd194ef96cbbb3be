package export

import (
	"bytes"
	"strconv"

	"github.com/eventgraph/eventgraph/internal/xmltext"
)

// xmlBuf writes XML into a buffer without the intermediate strings
// fmt.Fprintf would make: the exports of large cases allocate little more
// than their output.
type xmlBuf struct{ bytes.Buffer }

// s writes raw strings.
func (b *xmlBuf) s(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}

// esc writes text escaped for XML (xmltext.Escape returns a string that
// needs no change without allocating).
func (b *xmlBuf) esc(text string) { b.WriteString(xmltext.Escape(text)) }

// attr writes ` name="value"` with the value escaped.
func (b *xmlBuf) attr(name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	b.esc(value)
	b.WriteByte('"')
}

// int writes a number.
func (b *xmlBuf) int(n int) {
	var a [20]byte
	b.Write(strconv.AppendInt(a[:0], int64(n), 10))
}
