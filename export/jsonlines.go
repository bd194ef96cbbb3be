package export

import (
	"bytes"
	"encoding/json"
	"io"
)

// jsonDoc writes a JSON object whose fields are small values or lists of
// records, one record per line:
//
//	{
//	  "case": {"title": "..."},
//	  "events": [
//	    {"id": "a", ...},
//	    {"id": "b", ...}
//	  ]
//	}
//
// Each record is encoded on its own, compact, as it is made, so a large
// case is written without first holding a tree of the whole document and
// without re-indenting it afterwards (which took most of the time at
// 100,000 events); the lines still diff and grep well. HTML characters are
// not escaped.
type jsonDoc struct {
	out     sink
	scratch bytes.Buffer
	enc     *json.Encoder
	fields  int // fields written so far
	items   int // records written in the open list; -1 when none is open
}

func newJSONDoc(w io.Writer) *jsonDoc {
	d := &jsonDoc{out: newSink(w), items: -1}
	d.enc = json.NewEncoder(&d.scratch)
	d.enc.SetEscapeHTML(false)
	d.out.WriteString("{")
	return d
}

// value writes v, compact.
func (d *jsonDoc) value(v any) {
	d.scratch.Reset()
	d.enc.Encode(v) // the records of this package always encode
	d.out.Write(bytes.TrimSuffix(d.scratch.Bytes(), []byte("\n")))
}

// key starts a field.
func (d *jsonDoc) key(k string) {
	if d.fields > 0 {
		d.out.WriteByte(',')
	}
	d.fields++
	d.out.WriteString("\n  ")
	d.value(k)
	d.out.WriteString(": ")
}

// field writes a field with a small value on one line.
func (d *jsonDoc) field(k string, v any) {
	d.key(k)
	d.value(v)
}

// list opens a field holding a list of records.
func (d *jsonDoc) list(k string) {
	d.key(k)
	d.out.WriteByte('[')
	d.items = 0
}

// rawItem starts a record of the open list on its own line, for the
// caller to append to d.out.b as compact JSON, then to spill.
func (d *jsonDoc) rawItem() {
	if d.items > 0 {
		d.out.WriteByte(',')
	}
	d.items++
	d.out.WriteString("\n    ")
}

// end closes the open list.
func (d *jsonDoc) end() {
	if d.items > 0 {
		d.out.WriteString("\n  ")
	}
	d.out.WriteByte(']')
	d.items = -1
}

// close closes the object, ending the document in a newline, and returns
// the first write error.
func (d *jsonDoc) close() error {
	d.out.WriteString("\n}\n")
	return d.out.flush()
}
