package export

import (
	"io"
	"strconv"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/xmltext"
)

// xmlBuf writes XML to a sink without the intermediate strings
// fmt.Fprintf would make: the exports of large cases allocate little more
// than the records they describe.
type xmlBuf struct{ sink }

func newXMLBuf(w io.Writer) *xmlBuf { return &xmlBuf{newSink(w)} }

// s writes raw strings.
func (b *xmlBuf) s(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}

// esc writes text escaped for XML.
func (b *xmlBuf) esc(text string) { b.b = xmltext.Append(b.b, text) }

// attr writes ` name="value"` with the value escaped.
func (b *xmlBuf) attr(name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	b.esc(value)
	b.WriteByte('"')
}

// day writes t's date as bounds does (t's year is not 0): nothing in it
// needs escaping.
func (b *xmlBuf) day(t time.Time) { b.b = appendDay(b.b, t.Year(), t) }

// edtf writes a date's EDTF text, which needs no escaping.
func (b *xmlBuf) edtf(v edtf.Value) { b.b = v.AppendString(b.b) }

// list writes values escaped, sep between them.
func (b *xmlBuf) list(values []string, sep string) {
	for i, v := range values {
		if i > 0 {
			b.WriteString(sep)
		}
		b.esc(v)
	}
}

// int writes a number.
func (b *xmlBuf) int(n int) { b.b = strconv.AppendInt(b.b, int64(n), 10) }
