package timeline

import "sort"

// crossCost is how many rows higher a label may go to spare one crossing
// of a connector and a label, less one.
const crossCost = 3

// packRows assigns each card, taken in order, a row: its box x0[i]..x1[i]
// must lie at least gap from every box already in that row. Among the rows
// where it fits (a new one included) it takes the lowest, unless a higher
// one spares crossings of connectors and text worth the climb
// (crossCost rows each): its own connector, which runs down from cx[i]
// through the rows below, through boxes there; and the connectors of cards
// in higher rows through its box. It returns the row of each card, the
// number of rows and of crossings, or ok false when a card fits in none of
// maxRows rows (maxRows <= 0: no limit).
func packRows(x0, x1, cx []float64, gap float64, maxRows int) (rows []int, n, crossings int, ok bool) {
	rows = make([]int, len(x0))
	type placed struct {
		x0, x1, cx float64
		row        int
	}
	var done []placed
	for i := range x0 {
		best, bestCross, bestScore := -1, 0, 0
		limit := n + 1
		if maxRows > 0 {
			limit = min(limit, maxRows)
		}
		for r := 0; r < limit; r++ {
			if best >= 0 && r >= bestScore {
				break // no higher row can score better
			}
			fits, cross := true, 0
			for _, p := range done {
				switch {
				case p.row == r:
					if p.x0 < x1[i]+gap && x0[i] < p.x1+gap {
						fits = false
					}
				case p.row < r:
					if p.x0-1 <= cx[i] && cx[i] <= p.x1+1 {
						cross++
					}
				default:
					if x0[i]-1 <= p.cx && p.cx <= x1[i]+1 {
						cross++
					}
				}
				if !fits {
					break
				}
			}
			if score := crossCost*cross + r; fits && (best < 0 || score < bestScore) {
				best, bestCross, bestScore = r, cross, score
			}
		}
		if best < 0 {
			return nil, 0, 0, false
		}
		crossings += bestCross
		rows[i] = best
		n = max(n, best+1)
		done = append(done, placed{x0[i], x1[i], cx[i], best})
	}
	return rows, n, crossings, true
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

// sortByKey sorts idx by key[idx[i]], keeping the order of equal keys.
func sortByKey(idx []int, key []float64) {
	sort.SliceStable(idx, func(a, b int) bool { return key[idx[a]] < key[idx[b]] })
}
