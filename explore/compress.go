package explore

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
)

// CompressAbove is the size in bytes of the case's JSON above which the
// page holds it gzip-compressed and in base64, which the page inflates with
// the browser's DecompressionStream. The HTML parser then reads about a
// fifth of the bytes, which matters from a few megabytes on (a 10,000-event
// case is about 9 MB of JSON); below, the data stay readable JSON.
const CompressAbove = 256 << 10

// compress returns data gzip-compressed (no name, no time, so the same
// bytes give the same output) and in standard base64.
func compress(data []byte) ([]byte, error) {
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.DefaultCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	out := make([]byte, base64.StdEncoding.EncodedLen(z.Len()))
	base64.StdEncoding.Encode(out, z.Bytes())
	return out, nil
}
