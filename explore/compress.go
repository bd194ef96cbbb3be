package explore

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
)

// CompressAbove is the size in bytes of the case's JSON above which the
// page holds it gzip-compressed and in base64, which the page inflates with
// the browser's DecompressionStream. The HTML parser then reads about a
// fifth of the bytes, which matters from a few megabytes on (a 10,000-event
// case is about 9 MB of JSON); below, the data stay readable JSON.
const CompressAbove = 256 << 10

// compressed returns the data of a large case's page and the attributes
// of the element holding them: three parts one after the other,
// gzip-compressed and in base64 (data-encoding="gzip+base64"), their
// lengths in bytes in data-parts: the case's JSON without the search
// text and with each view of an aggregate given as the length of its JSON
// (see Timeline.MarshalJSON), both in ASCII; the search text (searchText,
// UTF-8); the views' JSON, one after the other. The page decodes the
// search text and the views apart from the JSON, which it parses: made
// in the page, a large case's search text was work and garbage in the
// reader's first actions, and as strings in the JSON the two were 3.8 MB
// of a 10,000-event case's 12 MB to unescape.
func compressed(d Data) (data []byte, attrs string, err error) {
	var views []byte
	tl := *d.Timeline
	tl.aside = &views
	d.Timeline = &tl
	if data, err = json.Marshal(d); err != nil {
		return nil, "", fmt.Errorf("explore: encoding the case: %w", err)
	}
	data = asciiJS(data)
	search := []byte(searchText(d.Nodes))
	attrs = fmt.Sprintf(` data-encoding="gzip+base64" data-parts="%d %d %d"`, len(data), len(search), len(views))
	if data, err = compress(data, search, views); err != nil {
		return nil, "", fmt.Errorf("explore: compressing the case: %w", err)
	}
	return data, attrs, nil
}

// compress returns the parts one after the other, gzip-compressed (no
// name, no time, so the same bytes give the same output) and in standard
// base64.
func compress(parts ...[]byte) ([]byte, error) {
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.DefaultCompression)
	if err != nil {
		return nil, err
	}
	for _, p := range parts {
		if _, err := w.Write(p); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	out := make([]byte, base64.StdEncoding.EncodedLen(z.Len()))
	base64.StdEncoding.Encode(out, z.Bytes())
	return out, nil
}
