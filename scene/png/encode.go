package png

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
	"math"
)

// encodePNG writes img as an 8-bit PNG: RGB when every pixel is opaque,
// RGBA otherwise. Every row uses the Up filter (the Sub filter for the
// first): a diagram is mostly flat colour, which Up turns into runs of
// zeros, and skipping the standard encoder's per-row trial of all five
// filters makes encoding several times faster for a few per cent more
// bytes.
//
// A pHYs chunk gives the resolution, dpi dots per inch, so that word
// processors place the image at its size in points; each text is written
// as an iTXt chunk. Both come before the image data.
func encodePNG(w io.Writer, img *image.RGBA, dpi float64, texts ...textChunk) error {
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	opaque := img.Opaque()
	bpp := 4
	colourType := byte(6)
	if opaque {
		bpp, colourType = 3, 2
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString("\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, colourType // bit depth, colour type; compression, filter, interlace 0
	if err := writeChunk(bw, "IHDR", ihdr[:]); err != nil {
		return err
	}
	if dpi > 0 {
		var phys [9]byte
		ppm := uint32(math.Round(dpi / 0.0254))
		binary.BigEndian.PutUint32(phys[0:], ppm)
		binary.BigEndian.PutUint32(phys[4:], ppm)
		phys[8] = 1 // the unit is the metre
		if err := writeChunk(bw, "pHYs", phys[:]); err != nil {
			return err
		}
	}
	for _, t := range texts {
		if t.text == "" {
			continue
		}
		// keyword, NUL, uncompressed, method 0, no language, NUL, no
		// translated keyword, NUL, UTF-8 text
		data := append([]byte(t.keyword), 0, 0, 0, 0, 0)
		if err := writeChunk(bw, "iTXt", append(data, t.text...)); err != nil {
			return err
		}
	}
	cw := &chunkWriter{w: bw, kind: "IDAT", buf: make([]byte, 0, 256<<10)}
	z, err := zlib.NewWriterLevel(cw, zlib.BestSpeed)
	if err != nil {
		return err
	}
	prev := make([]byte, width*bpp)
	cur := make([]byte, width*bpp)
	line := make([]byte, 1+width*bpp)
	for y := range height {
		off := img.PixOffset(b.Min.X, b.Min.Y+y)
		row := img.Pix[off : off+width*4]
		for x := range width {
			p := row[x*4 : x*4+4]
			if opaque {
				copy(cur[x*3:x*3+3], p[:3])
				continue
			}
			r, g, bl, a := p[0], p[1], p[2], p[3]
			if a != 0 && a != 0xff {
				r, g, bl = unpremultiply(r, a), unpremultiply(g, a), unpremultiply(bl, a)
			}
			cur[x*4], cur[x*4+1], cur[x*4+2], cur[x*4+3] = r, g, bl, a
		}
		if y == 0 {
			line[0] = 1 // Sub
			for i, v := range cur {
				left := byte(0)
				if i >= bpp {
					left = cur[i-bpp]
				}
				line[1+i] = v - left
			}
		} else {
			line[0] = 2 // Up
			for i, v := range cur {
				line[1+i] = v - prev[i]
			}
		}
		if _, err := z.Write(line); err != nil {
			return err
		}
		prev, cur = cur, prev
	}
	if err := z.Close(); err != nil {
		return err
	}
	if err := cw.flush(); err != nil {
		return err
	}
	if err := writeChunk(bw, "IEND", nil); err != nil {
		return err
	}
	return bw.Flush()
}

// textChunk is a text of the PNG with its keyword ("Title",
// "Description").
type textChunk struct{ keyword, text string }

// unpremultiply turns an alpha-premultiplied component into a straight
// one.
func unpremultiply(c, a uint8) uint8 {
	return uint8((uint32(c)*0xff + uint32(a)/2) / uint32(a))
}

// writeChunk writes one PNG chunk: length, type, data, CRC.
func writeChunk(w io.Writer, kind string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], kind)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, b := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// chunkWriter collects compressed data into chunks of up to 256 KB.
type chunkWriter struct {
	w    io.Writer
	kind string
	buf  []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), cap(c.buf)-len(c.buf))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == cap(c.buf) {
			if err := c.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func (c *chunkWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	err := writeChunk(c.w, c.kind, c.buf)
	c.buf = c.buf[:0]
	return err
}
