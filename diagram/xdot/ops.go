package xdot

import (
	"fmt"
	"strconv"
)

// Point is a point in points, y up as in Graphviz.
type Point struct{ X, Y float64 }

// Op is one xdot drawing operation. Which fields are set depends on Code:
//
//	E, e  filled and unfilled ellipse: Points[0] the centre, Points[1] the radii
//	P, p  filled and unfilled polygon: Points
//	L     polyline: Points
//	B, b  unfilled and filled B-spline (cubic Bézier): Points (3n+1)
//	T     text: Points[0] the baseline anchor, Just, Width, Text
//	F     font: Size, Text (the font name)
//	C, c  fill and pen colour: Text
//	S     style (dashed, dotted, bold, setlinewidth(n), ...): Text
//	t     font characteristics: Flags (1 bold, 2 italic, 4 underline,
//	      8 superscript, 16 subscript, 32 strike-through)
//	I     image: Points[0] the lower-left corner, Points[1] the size, Text the file
type Op struct {
	Code   byte
	Just   int8  // -1 left, 0 centre, 1 right
	Flags  uint8 // up to 127
	Points []Point
	Text   string
	Size   float64
	Width  float64
}

// Font characteristics of the t operation.
const (
	FlagBold      = 1
	FlagItalic    = 2
	FlagUnderline = 4
	FlagSuper     = 8
	FlagSub       = 16
	FlagStrike    = 32
)

// ParseOps parses one xdot drawing attribute (the value of _draw_, _ldraw_
// and the like, already unquoted). Text operands are byte-counted, as
// Graphviz writes them, so they may hold any bytes, spaces and quotes
// included. A malformed string gives an error wrapping ErrXDOT with the
// byte offset, never a panic.
func ParseOps(s string) ([]Op, error) {
	return parseOps(s, nil)
}

// slab hands out the operations and points of a document from a few
// blocks instead of one allocation per operation, each block twice the
// size of the one before (up to a limit), so that a small document takes
// little memory and a large one few blocks. Each slice it returns has no
// room beyond its length, so that an append to it copies.
type slab struct {
	ops []Op    // scratch for the operations of one attribute
	out []Op    // the block the next attribute's operations are copied to
	pts []Point // the block the next operation's points are taken from
}

// Sizes of the slab's first and largest blocks.
const (
	firstOps, maxOps       = 64, 2048
	firstPoints, maxPoints = 256, 8192
)

// points returns n points from the block.
func (b *slab) points(n int) []Point {
	if b == nil {
		return make([]Point, n)
	}
	if cap(b.pts)-len(b.pts) < n {
		b.pts = make([]Point, 0, max(n, min(2*cap(b.pts), maxPoints), firstPoints))
	}
	b.pts = b.pts[:len(b.pts)+n]
	return b.pts[len(b.pts)-n : len(b.pts) : len(b.pts)]
}

// keep copies ops into the block.
func (b *slab) keep(ops []Op) []Op {
	if cap(b.out)-len(b.out) < len(ops) {
		b.out = make([]Op, 0, max(len(ops), min(2*cap(b.out), maxOps), firstOps))
	}
	at := len(b.out)
	b.out = append(b.out, ops...)
	return b.out[at:len(b.out):len(b.out)]
}

// parseOps is ParseOps taking the operations and points from b, if not
// nil.
func parseOps(s string, b *slab) ([]Op, error) {
	r := opReader{s: s, slab: b}
	var ops []Op
	if b != nil {
		ops = b.ops[:0]
		defer func() { b.ops = ops[:0] }()
	}
	for {
		r.space()
		if r.pos >= len(s) {
			if b != nil {
				if len(ops) == 0 {
					return nil, nil
				}
				return b.keep(ops), nil
			}
			return ops, nil
		}
		start := r.pos
		code := s[r.pos]
		r.pos++
		if r.pos < len(s) && s[r.pos] != ' ' {
			return nil, fmt.Errorf("%w: unknown operation %q at byte %d", ErrXDOT, s[start:min(len(s), start+8)], start)
		}
		op := Op{Code: code}
		var err error
		switch code {
		case 'E', 'e':
			op.Points, err = r.points(2)
		case 'P', 'p', 'L', 'B', 'b':
			var n int
			if n, err = r.count(); err == nil {
				if code == 'B' || code == 'b' {
					if n < 4 || (n-1)%3 != 0 {
						err = fmt.Errorf("%w: B-spline at byte %d has %d points, not 3n+1", ErrXDOT, start, n)
						break
					}
				} else if n < 1 {
					err = fmt.Errorf("%w: %c at byte %d has no points", ErrXDOT, code, start)
					break
				}
				op.Points, err = r.points(n)
			}
		case 'T':
			if op.Points, err = r.points(1); err != nil {
				break
			}
			var j float64
			if j, err = r.num(); err != nil {
				break
			}
			if j != -1 && j != 0 && j != 1 {
				err = fmt.Errorf("%w: text justification %g at byte %d is not -1, 0 or 1", ErrXDOT, j, start)
				break
			}
			op.Just = int8(j)
			if op.Width, err = r.num(); err != nil {
				break
			}
			op.Text, err = r.text()
		case 'F':
			if op.Size, err = r.num(); err == nil {
				op.Text, err = r.text()
			}
		case 'C', 'c', 'S':
			op.Text, err = r.text()
		case 't':
			var f float64
			if f, err = r.num(); err == nil {
				if f < 0 || f > 127 || f != float64(int(f)) {
					err = fmt.Errorf("%w: font flags %g at byte %d", ErrXDOT, f, start)
				}
				op.Flags = uint8(f)
			}
		case 'I':
			if op.Points, err = r.points(2); err == nil {
				op.Text, err = r.text()
			}
		default:
			return nil, fmt.Errorf("%w: unknown operation %q at byte %d", ErrXDOT, code, start)
		}
		if err != nil {
			return nil, err
		}
		ops = append(ops, op)
	}
}

// opReader reads the operands of xdot operations.
type opReader struct {
	s    string
	pos  int
	slab *slab
}

func (r *opReader) space() {
	for r.pos < len(r.s) && (r.s[r.pos] == ' ' || r.s[r.pos] == '\n' || r.s[r.pos] == '\t' || r.s[r.pos] == '\r') {
		r.pos++
	}
}

// word returns the next run of non-space bytes.
func (r *opReader) word() string {
	r.space()
	start := r.pos
	for r.pos < len(r.s) && r.s[r.pos] != ' ' && r.s[r.pos] != '\n' && r.s[r.pos] != '\t' && r.s[r.pos] != '\r' {
		r.pos++
	}
	return r.s[start:r.pos]
}

// num reads a finite number.
func (r *opReader) num() (float64, error) {
	r.space()
	at := r.pos
	w := r.word()
	if w == "" {
		return 0, fmt.Errorf("%w: a number is missing at byte %d", ErrXDOT, at)
	}
	x, err := parseNum(w)
	if err != nil {
		return 0, fmt.Errorf("%w: %q at byte %d is not a number", ErrXDOT, w, at)
	}
	return x, nil
}

// count reads a non-negative count that the rest of the string can hold.
func (r *opReader) count() (int, error) {
	r.space()
	at := r.pos
	w := r.word()
	n, err := strconv.Atoi(w)
	if err != nil || n < 0 || n > len(r.s) {
		return 0, fmt.Errorf("%w: %q at byte %d is not a count", ErrXDOT, w, at)
	}
	return n, nil
}

// points reads n points.
func (r *opReader) points(n int) ([]Point, error) {
	if n > (len(r.s)-r.pos)/2+1 {
		return nil, fmt.Errorf("%w: %d points at byte %d run past the end", ErrXDOT, n, r.pos)
	}
	pts := r.slab.points(n)
	for i := range pts {
		x, err := r.num()
		if err != nil {
			return nil, err
		}
		y, err := r.num()
		if err != nil {
			return nil, err
		}
		pts[i] = Point{x, y}
	}
	return pts, nil
}

// text reads "n -bytes": a byte count, a dash, then that many bytes.
func (r *opReader) text() (string, error) {
	n, err := r.count()
	if err != nil {
		return "", err
	}
	r.space()
	if r.pos >= len(r.s) || r.s[r.pos] != '-' {
		return "", fmt.Errorf("%w: text at byte %d does not start with -", ErrXDOT, r.pos)
	}
	r.pos++
	if n > len(r.s)-r.pos {
		return "", fmt.Errorf("%w: text of %d bytes at byte %d runs past the end", ErrXDOT, n, r.pos)
	}
	t := r.s[r.pos : r.pos+n]
	r.pos += n
	return t, nil
}
