package timeline

// pushDown places boxes of heights h, taken in order, as near as it can
// to their wanted tops: each starts at its wanted top or gap below the box
// before, whichever is lower. It returns the tops and the largest drift
// (top minus wanted top).
func pushDown(want, h []float64, gap float64) (tops []float64, drift float64) {
	tops = make([]float64, len(want))
	next := -1e18
	for i := range want {
		t := max(want[i], next)
		tops[i] = t
		drift = max(drift, t-want[i])
		next = t + h[i] + gap
	}
	return tops, drift
}

// packColumns gives each interval lo[i]..hi[i], taken in order, the first
// of at most maxCols columns that is free gap before it; when none is, the
// column that frees up first. It returns the columns and how many are used.
func packColumns(lo, hi []float64, gap float64, maxCols int) ([]int, int) {
	cols := make([]int, len(lo))
	var ends []float64
	for i := range lo {
		c := -1
		for j, e := range ends {
			if e+gap <= lo[i] {
				c = j
				break
			}
		}
		if c < 0 && len(ends) < maxCols {
			ends = append(ends, 0)
			c = len(ends) - 1
		}
		if c < 0 {
			c = 0
			for j, e := range ends {
				if e < ends[c] {
					c = j
				}
			}
		}
		ends[c] = max(ends[c], hi[i])
		cols[i] = c
	}
	return cols, len(ends)
}

// columns lays blocks out in n columns colW wide, gapX apart, filling
// down the first column and then the next, as a reader reads (1..6 left,
// 7..12 right), with the columns as even in height as the order allows.
func columns(blocks []block, n int, colW, gapX, gapY float64) block {
	var out block
	if len(blocks) == 0 {
		return out
	}
	n = max(1, min(n, len(blocks)))
	// The least column height at which the blocks fill at most n
	// columns.
	fits := func(limit float64) bool {
		cols, h := 1, -1.0
		for _, bl := range blocks {
			add := bl.h
			if h >= 0 {
				add += gapY
			}
			if h >= 0 && h+add > limit+1e-9 {
				cols, h, add = cols+1, -1, bl.h
			}
			if add > limit+1e-9 {
				return false
			}
			h = max(h, 0) + add
		}
		return cols <= n
	}
	lo, hi := 0.0, 0.0
	for i, bl := range blocks {
		lo = max(lo, bl.h)
		hi += bl.h
		if i > 0 {
			hi += gapY
		}
	}
	// Bisect to a tenth of a pixel: the least height that fits is a
	// height of a run of blocks, which fits when the guess reaches it.
	for hi-lo > 0.1 {
		if mid := (lo + hi) / 2; fits(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	limit := hi
	c, y := 0, 0.0
	for i, bl := range blocks {
		if i > 0 {
			if y+gapY+bl.h > limit+1e-9 && c < n-1 {
				c, y = c+1, 0
			} else {
				y += gapY
			}
		}
		for _, it := range bl.items {
			out.add(moved(it, float64(c)*(colW+gapX), y))
		}
		y += bl.h
	}
	return out
}
