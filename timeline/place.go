package timeline

import "sort"

// packRows assigns each interval x0[i]..x1[i], taken in order, to the
// lowest row whose last interval ends at least gap before x0[i], opening a
// new row when none has room. It returns the row of each interval and the
// number of rows, or ok false as soon as more than maxRows rows would be
// needed (maxRows <= 0: no limit). Intervals in one row never overlap.
func packRows(x0, x1 []float64, gap float64, maxRows int) (rows []int, n int, ok bool) {
	rows = make([]int, len(x0))
	var ends []float64
	for i := range x0 {
		r := -1
		for j, e := range ends {
			if e+gap <= x0[i] {
				r = j
				break
			}
		}
		if r < 0 {
			if maxRows > 0 && len(ends) == maxRows {
				return nil, 0, false
			}
			ends = append(ends, 0)
			r = len(ends) - 1
		}
		ends[r] = x1[i]
		rows[i] = r
	}
	return rows, len(ends), true
}

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

// columns flows blocks into n columns of width colW, gapX apart, each
// block going to the shortest column (the leftmost on a tie), gapY below
// the block before it. It returns one block holding them all.
func columns(blocks []block, n int, colW, gapX, gapY float64) block {
	var out block
	hs := make([]float64, n)
	for _, bl := range blocks {
		c := 0
		for j := range hs {
			if hs[j] < hs[c] {
				c = j
			}
		}
		y := hs[c]
		if y > 0 {
			y += gapY
		}
		for _, it := range bl.items {
			out.add(moved(it, float64(c)*(colW+gapX), y))
		}
		hs[c] = y + bl.h
	}
	return out
}

// sortByKey sorts idx by key[idx[i]], keeping the order of equal keys.
func sortByKey(idx []int, key []float64) {
	sort.SliceStable(idx, func(a, b int) bool { return key[idx[a]] < key[idx[b]] })
}
