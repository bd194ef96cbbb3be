package explore

import "math"

// quadtree is a Barnes-Hut tree over points: each cell holds the number of
// points inside it and their centre, so that the repulsion of a far cell is
// computed once for all its points.
type quadtree struct {
	cells []qcell
}

type qcell struct {
	x0, y0, size float64 // the square the cell covers
	cx, cy, mass float64 // centre of the points inside, and how many
	child        [4]int32
	body         int32 // the one point of a leaf, -1 when none or several
}

// maxDepth bounds the tree when points coincide: past it, points share a leaf.
const maxDepth = 48

// build rebuilds the tree over pos.
func (q *quadtree) build(pos [][2]float64) {
	q.cells = q.cells[:0]
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		x0, y0, x1, y1 = math.Min(x0, p[0]), math.Min(y0, p[1]), math.Max(x1, p[0]), math.Max(y1, p[1])
	}
	size := math.Max(x1-x0, y1-y0) + 1e-6
	q.cells = append(q.cells, qcell{x0: x0, y0: y0, size: size, child: [4]int32{-1, -1, -1, -1}, body: -1})
	for i := range pos {
		q.insert(0, int32(i), pos, 0)
	}
}

func (q *quadtree) insert(c int32, i int32, pos [][2]float64, depth int) {
	for {
		cell := &q.cells[c]
		px, py := pos[i][0], pos[i][1]
		m := cell.mass
		cell.cx = (cell.cx*m + px) / (m + 1)
		cell.cy = (cell.cy*m + py) / (m + 1)
		cell.mass = m + 1
		if m == 0 {
			cell.body = i
			return
		}
		if depth >= maxDepth {
			cell.body = -1
			return
		}
		if cell.body >= 0 || cell.child == [4]int32{-1, -1, -1, -1} {
			// A leaf holding one point: push that point down first.
			old := cell.body
			cell.body = -1
			if old >= 0 {
				q.descend(c, old, pos, depth)
			}
		}
		c = q.childFor(c, i, pos)
		depth++
	}
}

// descend puts point i, already counted in cell c, into the right child.
func (q *quadtree) descend(c, i int32, pos [][2]float64, depth int) {
	ch := q.childFor(c, i, pos)
	q.insert(ch, i, pos, depth+1)
}

// childFor returns the child of c that contains point i, creating it.
func (q *quadtree) childFor(c, i int32, pos [][2]float64) int32 {
	cell := q.cells[c]
	half := cell.size / 2
	k, x0, y0 := 0, cell.x0, cell.y0
	if pos[i][0] >= cell.x0+half {
		k |= 1
		x0 += half
	}
	if pos[i][1] >= cell.y0+half {
		k |= 2
		y0 += half
	}
	if cell.child[k] < 0 {
		q.cells = append(q.cells, qcell{x0: x0, y0: y0, size: half, child: [4]int32{-1, -1, -1, -1}, body: -1})
		q.cells[c].child[k] = int32(len(q.cells) - 1)
	}
	return q.cells[c].child[k]
}

// repel adds to d the repulsion k²·mass/dist on point i from every other
// point, approximating cells seen under an angle below theta.
func (q *quadtree) repel(i int32, pos [][2]float64, k2, theta float64, d *[2]float64, stack []int32) []int32 {
	px, py := pos[i][0], pos[i][1]
	stack = append(stack[:0], 0)
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		cell := &q.cells[c]
		if cell.mass == 0 || cell.body == i && cell.mass == 1 {
			continue
		}
		dx, dy := px-cell.cx, py-cell.cy
		d2 := dx*dx + dy*dy
		leaf := cell.child == [4]int32{-1, -1, -1, -1}
		if leaf || cell.size*cell.size < theta*theta*d2 {
			mass := cell.mass
			if leaf && cell.body < 0 && cell.mass > 1 {
				// Coincident points at the depth limit: i may be among them.
				if math.Abs(dx) < 1e-12 && math.Abs(dy) < 1e-12 {
					mass--
					dx, dy, d2 = 1e-3*float64(i%7+1), 1e-3*float64(i%5+1), 1e-6*float64((i%7+1)*(i%7+1)+(i%5+1)*(i%5+1))
				}
			}
			if d2 < 1e-9 {
				dx, dy, d2 = 1e-3*float64(i%7+1), 1e-3*float64(i%5+1), 1e-6*float64((i%7+1)*(i%7+1)+(i%5+1)*(i%5+1))
			}
			f := k2 * mass / d2
			d[0] += dx * f
			d[1] += dy * f
			continue
		}
		for _, ch := range cell.child {
			if ch >= 0 {
				stack = append(stack, ch)
			}
		}
	}
	return stack
}
