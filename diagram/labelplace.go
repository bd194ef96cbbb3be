package diagram

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/scene"
)

// maxLabelGap is how far, in pixels, an edge's label may stand from its
// line and still be read as on it.
const maxLabelGap = 8.0

// Where placeEdgeLabels puts a label it moves.
const (
	// labelGap is the distance, in pixels, between a label set beside its
	// line and the line.
	labelGap = 2.0
	// pillPad is the room, in pixels, between a label set on its line and
	// the edge of the background ("pill") that hides the line under it.
	pillPad = 2.0
	// pillCost is how many pixels farther from Graphviz's place a label
	// beside its line may go before a label on its line is preferred.
	pillCost = 24.0
	// labelStep is the distance, in pixels along the line, between two
	// places tried.
	labelStep = 4.0
	// labelEnd is the length, in pixels, at each end of a line where no
	// label is put (arrowheads, the node's own outline).
	labelEnd = 10.0
	// labelNudge is how far, in pixels, a label is moved across and
	// along from Graphviz's place when looking for a place near it.
	labelNudge = 12.0
	// labelReach is how far, in pixels, from Graphviz's place a label
	// may go (a place on its line counting pillCost more).
	labelReach = 480.0
	// labelClear is the room, in pixels, a moved label keeps from other
	// texts and shapes.
	labelClear = 1.0
)

// placeEdgeLabels moves each edge label that Graphviz left more than
// maxLabelGap pixels from its own line (dot reserves a label's room
// beside the middle of its edge, but the spline is routed afterwards and
// may pass well away from it) onto its line: a reader takes a label for
// the line it touches. Along the line, every labelStep pixels, it tries
// the label beside the line (labelGap from it, on either side) and on it,
// over a background pill the colour of the picture's; it keeps the place
// nearest Graphviz's (one on the line counting pillCost more) where the
// label overlaps no other text or shape, no other line passes through it,
// and, beside the line, its own line does not either; failing that, the
// place beside the line with the fewest such conflicts, if no more than
// where it stands. A label no more than maxLabelGap from its line that
// another line crosses, or that overlaps another text, moves likewise,
// but only to a place with no conflict. A label with no such place stays
// where it is.
func placeEdgeLabels(s *scene.Scene) {
	p := newPlacer(s)
	for i := range p.edges {
		p.place(i)
	}
}

// placed is an obstacle: a box of a text line or shape, and the edge
// group it belongs to (nil for none).
type placed struct {
	box   scene.Box
	owner *scene.Element
	text  bool // a text line (or a label's pill)
	dead  bool // moved away since
}

// chunk is a run of up to chunkSegments straight pieces of a drawn line
// (points sampled along it, see sampled), with their box and the line's
// edge group: the placer indexes chunks rather than each piece, and looks
// at the pieces of a chunk only when a box meets the chunk's.
type chunk struct {
	pts   []scene.Point
	box   scene.Box // the box of pts
	owner *scene.Element
}

// chunkSegments is the number of straight pieces in a chunk: those
// sampled along one cubic curve.
const chunkSegments = 16

// chunked appends to dst the chunks of the line through pts.
func chunked(dst []chunk, pts []scene.Point, owner *scene.Element) []chunk {
	for i := 0; i+1 < len(pts); i += chunkSegments {
		c := chunk{pts: pts[i:min(i+chunkSegments+1, len(pts))], owner: owner}
		c.box = scene.Box{X0: c.pts[0].X, Y0: c.pts[0].Y, X1: c.pts[0].X, Y1: c.pts[0].Y}
		for _, q := range c.pts[1:] {
			c.box = scene.Box{X0: min(c.box.X0, q.X), Y0: min(c.box.Y0, q.Y), X1: max(c.box.X1, q.X), Y1: max(c.box.Y1, q.Y)}
		}
		dst = append(dst, c)
	}
	return dst
}

// crosses reports whether a piece of chunk c passes through box b.
func (c *chunk) crosses(b scene.Box) bool {
	if boxApart(c.box, b) {
		return false
	}
	for i := 0; i+1 < len(c.pts); i++ {
		a, d := c.pts[i], c.pts[i+1]
		if !segmentApart(a, d, b) && segmentInBox(a, d, b) {
			return true
		}
	}
	return false
}

// segmentApart is boxApart for the box of segment ad and box b.
func segmentApart(a, d scene.Point, b scene.Box) bool {
	x0, y0, x1, y1 := b.X0-apartSlack, b.Y0-apartSlack, b.X1+apartSlack, b.Y1+apartSlack
	return a.X < x0 && d.X < x0 || a.X > x1 && d.X > x1 || a.Y < y0 && d.Y < y0 || a.Y > y1 && d.Y > y1
}

// apartSlack is how far apart, in pixels, boxApart wants two boxes: far
// more than rounding, so that no segment it sets apart from a box could
// be found in it by segmentInBox.
const apartSlack = 1e-6

// boxApart reports whether boxes a and b are more than apartSlack apart
// along x or y: a segment whose box is a cannot pass through b.
func boxApart(a, b scene.Box) bool {
	return a.X1 < b.X0-apartSlack || a.X0 > b.X1+apartSlack || a.Y1 < b.Y0-apartSlack || a.Y0 > b.Y1+apartSlack
}

// compareCandidates orders candidates: by cost, then in the order tried.
func compareCandidates(a, b candidate) int {
	return cmp.Or(cmp.Compare(a.cost, b.cost), cmp.Compare(a.order, b.order))
}

// before reports whether candidate a comes before b (compareCandidates).
func before(a, b candidate) bool {
	return a.cost < b.cost || a.cost == b.cost && a.order < b.order
}

// heapify makes cs a heap whose first element comes before the others.
func heapify(cs []candidate) {
	for i := len(cs)/2 - 1; i >= 0; i-- {
		siftDown(cs, i)
	}
}

// popMin moves the first candidate of heap cs to its end, makes the rest
// a heap again, and returns it.
func popMin(cs []candidate) candidate {
	n := len(cs) - 1
	cs[0], cs[n] = cs[n], cs[0]
	siftDown(cs[:n], 0)
	return cs[n]
}

// siftDown moves cs[i] down heap cs to its place.
func siftDown(cs []candidate, i int) {
	for {
		k := 2*i + 1
		if k >= len(cs) {
			return
		}
		if k+1 < len(cs) && before(cs[k+1], cs[k]) {
			k++
		}
		if !before(cs[k], cs[i]) {
			return
		}
		cs[i], cs[k] = cs[k], cs[i]
		i = k
	}
}

// nudgeDistance holds the distance of each nudge (see place) from
// Graphviz's place, by dx and dy.
var nudgeDistance = func() (d [int(labelNudge) + 1][int(labelNudge) + 1]float64) {
	for i := range d {
		for j := range d[i] {
			d[i][j] = math.Hypot(-labelNudge+2*float64(i), -labelNudge+2*float64(j))
		}
	}
	return d
}()

// firstWindow is the range of costs, in pixels, of the first window of
// candidates place sorts and tries (see place); each next one is twice
// as wide.
const firstWindow = 16.0

// candidate is a place tried for a label: its centre, whether on its
// line over a pill, and its cost (distance from Graphviz's place, plus
// pillCost on the line).
type candidate struct {
	at    scene.Point
	cost  float64
	order int32 // the order tried in, which breaks ties of cost
	pill  bool
}

// placer holds what placeEdgeLabels avoids, indexed by a grid.
type placer struct {
	cands      []candidate // reused between labels
	scratch    []scene.Box // reused between candidates
	moved      []scene.Box // reused between candidates
	w, h       float64
	background string
	edges      []*scene.Element
	lines      []edgeLines // per edge: its lines
	boxes      []placed
	chunks     []chunk
	boxGrid    grid
	segGrid    grid  // indexes chunks
	stamp      []int // per box or chunk: the query that last saw it
	segStamp   []int
	query      int
	samples    []scene.Point // the block the lines' points are sampled into
}

// edgeLines are the lines an edge group draws (its Path and Polyline
// children, sampled): their points, and their chunks.
type edgeLines struct {
	pts    [][]scene.Point
	chunks []chunk
}

// newPlacer collects the edges, texts, shapes and lines of s.
func newPlacer(s *scene.Scene) *placer {
	p := &placer{w: s.Width, h: s.Height, background: s.Background, boxGrid: newGrid(s.Width, s.Height), segGrid: newGrid(s.Width, s.Height)}
	if p.background == "" {
		p.background = "#ffffff"
	}
	// Room for the points sampled along every path, their chunks, and
	// the boxes of texts and shapes (and a few labels moved).
	n, boxes := 0, 16
	s.Walk(func(e *scene.Element, _ []*scene.Element) {
		switch e.Kind {
		case scene.Path:
			for _, sg := range e.Segments {
				switch sg.Op {
				case scene.MoveTo, scene.LineTo:
					n++
				case scene.CubicTo:
					n += 16
				}
			}
		case scene.Text:
			boxes += len(e.Lines)
		case scene.Rect, scene.Ellipse, scene.Polygon:
			boxes++
		}
	})
	p.samples = make([]scene.Point, 0, n)
	p.boxes = make([]placed, 0, boxes)
	p.stamp = make([]int, 0, boxes)
	p.chunks = make([]chunk, 0, n/chunkSegments+64)
	p.segStamp = make([]int, 0, cap(p.chunks))
	p.collect(s.Elements, nil, -1, false)
	return p
}

// collect adds the edges, texts, shapes and lines of es, elements inside
// the edge group owner (nil for none; edge its index in p.edges, or -1)
// and, if inCluster, inside a cluster.
func (p *placer) collect(es []scene.Element, owner *scene.Element, edge int, inCluster bool) {
	for i := range es {
		e := &es[i]
		switch e.Kind {
		case scene.Group:
			if isEdgeGroup(e) {
				p.edges = append(p.edges, e)
				p.lines = append(p.lines, edgeLines{})
			}
		case scene.Text:
			for _, b := range inkBoxes(e) {
				p.addBox(b, owner, true)
			}
		case scene.Path, scene.Polyline:
			pts := p.sample(e)
			at := len(p.chunks)
			p.chunks = chunked(p.chunks, pts, owner)
			for i := at; i < len(p.chunks); i++ {
				p.segStamp = append(p.segStamp, 0)
				p.segGrid.add(i, p.chunks[i].box)
			}
			if edge >= 0 && len(pts) > 1 {
				l := &p.lines[edge]
				l.pts = append(l.pts, pts)
				l.chunks = append(l.chunks, p.chunks[at:]...)
			}
		case scene.Rect, scene.Ellipse, scene.Polygon:
			// A cluster's box holds the records and ties inside it.
			if !inCluster || owner != nil {
				p.addBox(e.Bounds(), owner, false)
			}
		}
		if len(e.Children) > 0 {
			o, k := owner, -1 // only an edge group's own children are its lines
			if isEdgeGroup(e) {
				o, k = e, len(p.edges)-1
			}
			p.collect(e.Children, o, k, inCluster || hasClass(e, "eg-cluster"))
		}
	}
}

// addBox adds an obstacle box.
func (p *placer) addBox(b scene.Box, owner *scene.Element, text bool) {
	p.boxes = append(p.boxes, placed{box: b, owner: owner, text: text})
	p.stamp = append(p.stamp, 0)
	p.boxGrid.add(len(p.boxes)-1, b)
}

// sample returns the points sampled along a path or polyline (see
// sampled), a path's in the placer's block.
func (p *placer) sample(e *scene.Element) []scene.Point {
	if e.Kind == scene.Polyline {
		return e.Points
	}
	at := len(p.samples)
	p.samples = appendSamples(p.samples, e)
	return p.samples[at:len(p.samples):len(p.samples)]
}

// label is an edge's label: its text elements and the box of each line.
type label struct {
	texts []*scene.Element
	lines []scene.Box
	ink   []scene.Box // the lines' ink (see inkBoxes)
	block scene.Box   // the lines' union
}

// edgeLabel returns the label of edge group g.
func edgeLabel(g *scene.Element) label {
	var l label
	for i := range g.Children {
		ch := &g.Children[i]
		switch ch.Kind {
		case scene.Text:
			l.texts = append(l.texts, ch)
			l.ink = append(l.ink, inkBoxes(ch)...)
			for _, b := range ch.LineBoxes() {
				if len(l.lines) == 0 {
					l.block = b
				}
				l.block = union(l.block, b)
				l.lines = append(l.lines, b)
			}
		}
	}
	return l
}

// place moves the label of edge group g onto its line if it stands
// farther than maxLabelGap from it.
func (p *placer) place(k int) {
	g, lines := p.edges[k], p.lines[k]
	if len(lines.pts) == 0 {
		return
	}
	l := edgeLabel(g)
	if len(l.lines) == 0 {
		return
	}
	gap := gapTo(l.lines, lines.pts)
	near := gap <= maxLabelGap
	was, _ := p.conflicts(g, l, edgeLines{}, 0, 0, false, 0, math.MaxInt)
	if near && was == 0 {
		return
	}
	oc := centre(l.block)
	// The nearest place with no conflicts (see conflicts) labelClear
	// pixels around the label is best; failing one, the nearest place
	// beside the line with the fewest conflicts at no distance, no more
	// than the label has where it stands (so that no text is drawn over
	// or crossed more than before). A label on its line but crossed by
	// another line or over another text moves only to a place with no
	// conflicts.
	//
	// The candidates are taken nearest first (by cost, then in the order
	// tried) a window of costs at a time: those of the first firstWindow
	// pixels of cost, made and taken from a heap; then those of the next
	// window, twice as wide, and so on. A label placed at one of its
	// first places costs neither a sort of all of them nor their memory.
	var best candidate
	found := false
	for lo, width := 0.0, firstWindow; !found && lo <= labelReach; lo, width = lo+width, 2*width {
		win := p.candidates(p.cands[:0], l, lines, oc, gap, lo, lo+width)
		p.cands = win
		heapify(win)
		for left := len(win); left > 0; left-- {
			c := popMin(win[:left])
			if n, ok := p.conflicts(g, l, lines, c.at.X-oc.X, c.at.Y-oc.Y, c.pill, labelClear, 0); ok && n == 0 {
				best, found = c, true
				break
			}
		}
	}
	if !found && !near {
		// Every candidate was tried: they are tried again, nearest first.
		cands := p.candidates(p.cands[:0], l, lines, oc, gap, 0, math.Inf(1))
		p.cands = cands
		slices.SortFunc(cands, compareCandidates)
		bestScore := 2*was + 1
		for _, c := range cands {
			if c.pill {
				continue
			}
			n, ok := p.conflicts(g, l, lines, c.at.X-oc.X, c.at.Y-oc.Y, false, 0, bestScore/2)
			if score := 2*n + 1; ok && (score < bestScore || !found && score == bestScore) {
				best, found, bestScore = c, true, score
				if score == 1 {
					break // no conflict at no distance: none is better
				}
			}
		}
	}
	if !found {
		return
	}
	bestPill := best.pill
	dx, dy := best.at.X-oc.X, best.at.Y-oc.Y
	for _, t := range l.texts {
		for i := range t.Lines {
			t.Lines[i].X = round2(t.Lines[i].X + dx)
			t.Lines[i].Y = round2(t.Lines[i].Y + dy)
		}
	}
	for i := range p.boxes {
		if p.boxes[i].owner == g && p.boxes[i].text {
			p.boxes[i].dead = true
		}
	}
	var boxes []scene.Box
	if bestPill {
		pill := pillBox(l.block, dx, dy)
		boxes = append(boxes, pill)
		at := 0
		for at < len(g.Children) && g.Children[at].Kind != scene.Text {
			at++
		}
		r := scene.Element{Kind: scene.Rect, Class: "eg-label-pill",
			X: round2(pill.X0), Y: round2(pill.Y0), W: round2(pill.X1 - pill.X0), H: round2(pill.Y1 - pill.Y0),
			RX: 3, RY: 3, Fill: scene.Fill{Colour: p.background}}
		g.Children = append(g.Children[:at], append([]scene.Element{r}, g.Children[at:]...)...)
	} else {
		for _, b := range l.ink {
			boxes = append(boxes, moved(b, dx, dy))
		}
	}
	for _, b := range boxes {
		p.addBox(b, g, true)
	}
}

// candidates appends to cands the places place tries for label l of an
// edge with lines, centred at oc and gap pixels from its lines, whose
// cost is at least lo and less than hi: the label nudged from where
// Graphviz put it, then every labelStep pixels along each line, beside
// it on either side and on it. Each has its order among all the places
// tried, whatever their cost.
func (p *placer) candidates(cands []candidate, l label, lines edgeLines, oc scene.Point, gap, lo, hi float64) []candidate {
	hw, hh := (l.block.X1-l.block.X0)/2, (l.block.Y1-l.block.Y0)/2
	order := int32(0)
	try := func(c scene.Point, pill bool) {
		dx, dy := c.X-oc.X, c.Y-oc.Y
		cost := math.Sqrt(dx*dx + dy*dy)
		if pill {
			cost += pillCost
		}
		if cost <= labelReach {
			if cost >= lo && cost < hi {
				cands = append(cands, candidate{c, cost, order, pill})
			}
			order++
		}
	}
	// Near misses: the label nudged from where Graphviz put it (those that
	// cannot bring it near enough to its line left out).
	for i, dx := 0, -labelNudge; dx <= labelNudge; i, dx = i+1, dx+2 {
		for j, dy := 0, -labelNudge; dy <= labelNudge; j, dy = j+1, dy+2 {
			if gap-nudgeDistance[i][j] <= maxLabelGap-1 {
				try(scene.Point{X: oc.X + dx, Y: oc.Y + dy}, false)
			}
		}
	}
	for _, pts := range lines.pts {
		along := 0.0
		total := length(pts)
		next := labelEnd
		for i := 1; i < len(pts); i++ {
			a, b := pts[i-1], pts[i]
			seg := math.Hypot(b.X-a.X, b.Y-a.Y)
			for next <= along+seg && next <= total-labelEnd {
				u := (next - along) / seg
				at := scene.Point{X: a.X + u*(b.X-a.X), Y: a.Y + u*(b.Y-a.Y)}
				nx, ny := -(b.Y-a.Y)/seg, (b.X-a.X)/seg
				support := hw*math.Abs(nx) + hh*math.Abs(ny)
				for _, gap := range []float64{labelGap, labelGap + 3} {
					d := support + gap
					try(scene.Point{X: at.X + nx*d, Y: at.Y + ny*d}, false)
					try(scene.Point{X: at.X - nx*d, Y: at.Y - ny*d}, false)
				}
				for _, k := range []float64{0, 0.4, -0.4} {
					d := support * k
					try(scene.Point{X: at.X + nx*d, Y: at.Y + ny*d}, true)
				}
				next += labelStep
			}
			along += seg
		}
	}
	return cands
}

// conflicts returns, for the label of g moved by dx, dy, the number of
// other texts it overlaps and of its lines other lines pass through, each
// box kept room pixels from the others; ok is false where the label may
// not go at all: out of the picture, over a shape, farther than
// maxLabelGap from its line or, beside its line, crossed by it. It stops
// counting beyond limit.
func (p *placer) conflicts(g *scene.Element, l label, lines edgeLines, dx, dy float64, pill bool, room float64, limit int) (n int, ok bool) {
	block := moved(l.block, dx, dy)
	if block.X0 < 0 || block.Y0 < 0 || block.X1 > p.w || block.Y1 > p.h {
		return 0, false
	}
	// Beside its line, the label's own line is looked at first: a caller
	// reads n only where ok, and it is cheaper than the others. (Without
	// lines, as for where a label stands, the label is never near them
	// but its conflicts are counted.)
	if !pill && len(lines.chunks) > 0 && !p.besideLine(l, lines, block, dx, dy) {
		return 0, false
	}
	boxes := p.scratch[:0]
	if pill {
		boxes = append(boxes, pillBox(l.block, dx, dy))
	} else {
		for _, b := range l.ink {
			boxes = append(boxes, moved(b, dx, dy))
		}
	}
	p.scratch = boxes
	ok = true
	for _, b := range boxes {
		r := scene.Box{X0: b.X0 - room, Y0: b.Y0 - room, X1: b.X1 + room, Y1: b.Y1 + room}
		p.query++
		p.boxGrid.each(r, func(i int) bool {
			o := &p.boxes[i]
			if p.stamp[i] == p.query || o.dead || o.owner == g {
				return true
			}
			p.stamp[i] = p.query
			if r.Overlaps(o.box) {
				if !o.text {
					ok = false
				}
				n++
			}
			return ok && n <= limit
		})
		if !ok || n > limit {
			return n, false
		}
		crossed := false
		p.segGrid.each(b, func(i int) bool {
			c := &p.chunks[i]
			if p.segStamp[i] == p.query || c.owner == g {
				return true
			}
			p.segStamp[i] = p.query
			crossed = c.crosses(b)
			return !crossed
		})
		if crossed {
			n++
			if n > limit {
				return n, false
			}
		}
	}
	// Beside its line, besideLine has passed; without lines, the label
	// is near none.
	return n, pill || len(lines.chunks) > 0
}

// besideLine reports whether the label l moved by dx, dy (its lines'
// union then block) is beside its own lines: none passes through it, and
// one comes within maxLabelGap-1 pixels of one of its lines.
func (p *placer) besideLine(l label, lines edgeLines, block scene.Box, dx, dy float64) bool {
	inner := scene.Box{X0: block.X0 + 0.5, Y0: block.Y0 + 0.5, X1: block.X1 - 0.5, Y1: block.Y1 - 0.5}
	for i := range lines.chunks {
		if lines.chunks[i].crosses(inner) {
			return false
		}
	}
	movedLines := p.moved[:0]
	for _, b := range l.lines {
		movedLines = append(movedLines, moved(b, dx, dy))
	}
	p.moved = movedLines
	return within(movedLines, lines.chunks, maxLabelGap-1)
}

// within reports whether gapTo(boxes, the chunks' points) <= d, stopping
// at the first point near enough and skipping without math.Hypot each
// chunk and point farther than d from a box along x or y.
func within(boxes []scene.Box, chunks []chunk, d float64) bool {
	for _, b := range boxes {
		for i := range chunks {
			c := &chunks[i]
			if max(b.X0-c.box.X1, c.box.X0-b.X1) > d || max(b.Y0-c.box.Y1, c.box.Y0-b.Y1) > d {
				continue
			}
			for _, pt := range c.pts {
				dx := max(b.X0-pt.X, 0, pt.X-b.X1)
				dy := max(b.Y0-pt.Y, 0, pt.Y-b.Y1)
				if dx <= d && dy <= d && math.Hypot(dx, dy) <= d {
					return true
				}
			}
		}
	}
	return false
}

// inkBoxes returns the boxes of a text's lines from 0.8 em above the
// baseline to 0.15 em below it, as scene.Quality measures overlaps: the
// ink of capitals, ascenders and descenders, without the font's whole
// ascent and descent.
func inkBoxes(e *scene.Element) []scene.Box {
	out := e.LineBoxes()
	for i, l := range e.Lines {
		out[i].Y0, out[i].Y1 = l.Y-0.8*e.Font.Size, l.Y+0.15*e.Font.Size
	}
	return out
}

// pillBox is the background of a label set on its line.
func pillBox(block scene.Box, dx, dy float64) scene.Box {
	return scene.Box{X0: block.X0 + dx - pillPad, Y0: block.Y0 + dy - pillPad, X1: block.X1 + dx + pillPad, Y1: block.Y1 + dy + pillPad}
}

// gapTo returns the distance from the nearest of boxes to the nearest
// point of lines.
func gapTo(boxes []scene.Box, lines [][]scene.Point) float64 {
	gap := math.Inf(1)
	for _, b := range boxes {
		for _, pts := range lines {
			for _, pt := range pts {
				gap = min(gap, boxDistance(b, pt))
			}
		}
	}
	return gap
}

// length returns a polyline's length.
func length(pts []scene.Point) float64 {
	n := 0.0
	for i := 1; i < len(pts); i++ {
		n += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
	}
	return n
}

// segmentInBox reports whether the segment ab passes through box b.
func segmentInBox(a, c scene.Point, b scene.Box) bool {
	// Liang-Barsky clipping of ab against b.
	t0, t1 := 0.0, 1.0
	dx, dy := c.X-a.X, c.Y-a.Y
	for _, e := range [4][2]float64{{-dx, a.X - b.X0}, {dx, b.X1 - a.X}, {-dy, a.Y - b.Y0}, {dy, b.Y1 - a.Y}} {
		pv, q := e[0], e[1]
		if pv == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		r := q / pv
		if pv < 0 {
			t0 = max(t0, r)
		} else {
			t1 = min(t1, r)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// centre returns a box's centre.
func centre(b scene.Box) scene.Point {
	return scene.Point{X: (b.X0 + b.X1) / 2, Y: (b.Y0 + b.Y1) / 2}
}

// moved returns b moved by dx, dy.
func moved(b scene.Box, dx, dy float64) scene.Box {
	return scene.Box{X0: b.X0 + dx, Y0: b.Y0 + dy, X1: b.X1 + dx, Y1: b.Y1 + dy}
}

// union returns the smallest box holding a and b.
func union(a, b scene.Box) scene.Box {
	return scene.Box{X0: min(a.X0, b.X0), Y0: min(a.Y0, b.Y0), X1: max(a.X1, b.X1), Y1: max(a.Y1, b.Y1)}
}

// gridCell is the size, in pixels, of a cell of the placer's grids.
const gridCell = 64.0

// grid indexes boxes by the cells of gridCell pixels they cover, over a
// picture of cols x rows cells (a box beyond it is clamped to its edge).
type grid struct {
	cols, rows int
	cells      [][]int32
}

// newGrid returns a grid over a picture w x h pixels.
func newGrid(w, h float64) grid {
	cols, rows := int(w/gridCell)+1, int(h/gridCell)+1
	return grid{cols: cols, rows: rows, cells: make([][]int32, cols*rows)}
}

// add indexes item i under box b.
func (g grid) add(i int, b scene.Box) {
	x0, y0, x1, y1 := g.cellRange(b)
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			g.cells[y*g.cols+x] = append(g.cells[y*g.cols+x], int32(i))
		}
	}
}

// each calls f for every item in a cell that box b covers (an item in
// several cells more than once) until f returns false.
func (g grid) each(b scene.Box, f func(i int) bool) {
	x0, y0, x1, y1 := g.cellRange(b)
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			for _, i := range g.cells[y*g.cols+x] {
				if !f(int(i)) {
					return
				}
			}
		}
	}
}

// cellRange returns the cells a box covers, clamped to the grid.
func (g grid) cellRange(b scene.Box) (x0, y0, x1, y1 int) {
	cell := func(v float64, n int) int {
		return min(max(int(math.Floor(v/gridCell)), 0), n-1)
	}
	return cell(b.X0, g.cols), cell(b.Y0, g.rows), cell(b.X1, g.cols), cell(b.Y1, g.rows)
}

// isEdgeGroup reports whether e is the group of an edge.
func isEdgeGroup(e *scene.Element) bool {
	return e.Kind == scene.Group && hasClass(e, "eg-edge")
}

// hasClass reports whether e has the CSS class c.
func hasClass(e *scene.Element, c string) bool {
	// strings.Contains(" "+e.Class+" ", " "+c+" "), without building
	// either string.
	s := e.Class
	for {
		i := strings.Index(s, c)
		if i < 0 {
			return false
		}
		end := i + len(c)
		if (i == 0 || s[i-1] == ' ') && (end == len(s) || s[end] == ' ') {
			return true
		}
		s = s[i+1:]
	}
}

// sampled returns points along a path or polyline: its vertices, and 16
// points on each cubic curve.
func sampled(e *scene.Element) []scene.Point {
	if e.Kind == scene.Polyline {
		return e.Points
	}
	return appendSamples(nil, e)
}

// appendSamples appends to out the points sampled along path e (see
// sampled).
func appendSamples(out []scene.Point, e *scene.Element) []scene.Point {
	var cur scene.Point
	for _, sg := range e.Segments {
		switch sg.Op {
		case scene.MoveTo, scene.LineTo:
			if len(sg.Points) > 0 {
				cur = sg.Points[0]
				out = append(out, cur)
			}
		case scene.CubicTo:
			if len(sg.Points) < 3 {
				continue
			}
			p0, p1, p2, p3 := cur, sg.Points[0], sg.Points[1], sg.Points[2]
			for i := 1; i <= 16; i++ {
				u := float64(i) / 16
				a, b, c, d := (1-u)*(1-u)*(1-u), 3*(1-u)*(1-u)*u, 3*(1-u)*u*u, u*u*u
				out = append(out, scene.Point{X: a*p0.X + b*p1.X + c*p2.X + d*p3.X, Y: a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y})
			}
			cur = p3
		}
	}
	return out
}

// boxDistance returns the distance from p to box b (0 inside it).
func boxDistance(b scene.Box, p scene.Point) float64 {
	dx := max(b.X0-p.X, 0, p.X-b.X1)
	dy := max(b.Y0-p.Y, 0, p.Y-b.Y1)
	return math.Hypot(dx, dy)
}
