package timeline

import (
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// Badge sizes in px.
const (
	badgeH    = 17.0
	badgePad  = 4.0
	badgeSwat = 9.0
)

// badgeRow is a claim's numbered callout: a box with the status pattern
// and the text "1 ALLEGED" (num 0 leaves out the number), no wider than
// maxW (0: no limit) where it can be: a badge too wide gives the status
// its first word ("5 PARTLY").
func badgeRow(num int, s casefile.Status, maxW float64) cardRow {
	text := badgeText(s)
	if num > 0 {
		text = strconv.Itoa(num) + " " + text
	}
	if full := badgePad*3 + badgeSwat + textmetrics.Width(text, sizeBadge, true) + 1; maxW > 0 && full > maxW {
		if i := strings.LastIndex(text, " "); i > 0 && (num == 0 || strings.Count(text, " ") > 1) {
			text = text[:i]
		}
	}
	tw := textmetrics.Width(text, sizeBadge, true)
	return cardRow{kind: rowBadge, w: badgePad + badgeSwat + badgePad + tw + badgePad + 1, h: boxedTextH(),
		lines: []string{text}, status: s}
}

// boxedTextH returns the height of a badge with its text centred in it.
func boxedTextH() float64 {
	lh := textmetrics.LineHeight(sizeBadge)
	return max(badgeH, (badgeH-lh)/2+lh)
}

// badgeItems draws a badge w px wide saying text at 0, 0 (see badgeRow).
func badgeItems(s casefile.Status, text string, w float64) []Item {
	role, class := statusRole(s), statusClass(s)+" eg-badge"
	box := Item{Shape: ShapeRect, Role: role, Class: class, W: w, H: badgeH, R: 2,
		Fill: PaintSoft, Stroke: StrokeDashed, Solid: true}
	sw := Item{Shape: ShapeRect, Role: role, Class: class,
		X: badgePad, Y: (badgeH - badgeSwat) / 2, W: badgeSwat, H: badgeSwat, Fill: PaintHatch, Stroke: StrokeSolid, Width: 1}
	if s == casefile.StatusConfirmed {
		// A confirmed claim alone is drawn with solid lines and fill.
		box.Stroke, sw.Fill = StrokeSolid, PaintSolid
	}
	t := textItem(role, class, []string{text}, badgePad*2+badgeSwat, 0, sizeBadge, true)
	t.Y = (badgeH - t.H) / 2
	t.Lines[0].Y += t.Y
	t.Solid = false
	return []Item{box, sw, t}
}

// countRow is the combined callout of the claims about a group of events
// numbered nums, in the muted style: "3 claims: 14–16" when the numbers
// run on, "3 claims" otherwise; the claims panel lists each with its
// status.
func countRow(nums []int) cardRow {
	n := len(nums)
	text := strconv.Itoa(n) + " " + plural(n, "claim", "claims")
	run := true
	for i := 1; i < n; i++ {
		run = run && nums[i] == nums[i-1]+1
	}
	switch {
	case n == 1:
		text += ": " + strconv.Itoa(nums[0])
	case run:
		text += ": " + strconv.Itoa(nums[0]) + "–" + strconv.Itoa(nums[n-1])
	}
	tw := textmetrics.Width(text, sizeBadge, true)
	return cardRow{kind: rowCount, w: badgePad + tw + badgePad + 1, h: boxedTextH(), lines: []string{text}}
}

// countItems draws a claim count w px wide saying text at 0, 0 (see
// countRow).
func countItems(text string, w float64) []Item {
	box := Item{Shape: ShapeRect, Role: RoleMuted, Class: "eg-claim-count eg-badge",
		W: w, H: badgeH, R: 2, Fill: PaintNone, Stroke: StrokeSolid, Width: 1, Solid: true}
	t := textItem(RoleMuted, "eg-claim-count eg-badge", []string{text}, badgePad, 0, sizeBadge, true)
	t.Y = (badgeH - t.H) / 2
	t.Lines[0].Y += t.Y
	t.Solid = false
	return []Item{box, t}
}

// claimLineX is where the text of a claim beside its event starts, right
// of its status swatch.
const claimLineX = badgeSwat + 4

// claimLineRow is a claim beside its event: a swatch with its status
// pattern, then "4 DISPUTED: Dong advised Han Tao…" in the status's
// colour, in at most lines lines of maxW px, shortened at a word.
func claimLineRow(num int, c *casefile.Claim, maxW float64, lines int, size float64) cardRow {
	text := strconv.Itoa(num) + " " + badgeText(c.Status) + ": " + cleanText(c.Statement)
	ls := shortenAtWord(text, size, false, maxW-claimLineX, lines)
	// The statement keeps at least a word beside its status.
	for len(ls) == lines && !saysSomething(strings.Join(ls, " ")) && lines < 4 {
		lines++
		ls = shortenAtWord(text, size, false, maxW-claimLineX, lines)
	}
	lh := textmetrics.LineHeight(size)
	return cardRow{kind: rowClaim, w: max(badgeSwat, claimLineX+linesWidth(ls, size, false)),
		h: max((lh-badgeSwat)/2+badgeSwat, float64(len(ls))*lh), size: size, lines: ls, status: c.Status, cut: len(ls) >= lines}
}

// claimLineItems draws a claim beside its event at 0, 0 (see
// claimLineRow).
func claimLineItems(s casefile.Status, lines []string, size float64) []Item {
	role, class := statusRole(s), statusClass(s)+" eg-claim-line"
	lh := textmetrics.LineHeight(size)
	sw := Item{Shape: ShapeRect, Role: role, Class: class, X: 0, Y: (lh - badgeSwat) / 2, W: badgeSwat, H: badgeSwat,
		Fill: PaintHatch, Stroke: StrokeSolid, Width: 1}
	if s == casefile.StatusConfirmed {
		sw.Fill = PaintSolid
	}
	t := textItem(role, class, lines, claimLineX, 0, size, false)
	t.Halo = true
	return []Item{sw, t}
}

// saysSomething reports whether a claim line "4 DISPUTED: Dong advised…"
// shows a word of the statement after its status.
func saysSomething(line string) bool {
	_, st, ok := strings.Cut(line, ": ")
	return ok && strings.TrimSpace(strings.TrimSuffix(st, textmetrics.Ellipsis)) != ""
}

// claimLines returns how many lines each of n claims takes beside its
// event: two for a few, one when there are many.
func claimLines(n int) int {
	if n > 3 {
		return 1
	}
	return 2
}
