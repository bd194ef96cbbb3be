package timeline

import (
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// statusRole returns the style role of a claim status.
func statusRole(s casefile.Status) Role {
	switch s {
	case casefile.StatusDisputed:
		return RoleDisputed
	case casefile.StatusConfirmed:
		return RoleConfirmed
	case casefile.StatusPartlyConfirmed:
		return RolePartly
	case casefile.StatusStated:
		return RoleStated
	case casefile.StatusContested:
		return RoleContested
	case casefile.StatusRetracted:
		return RoleRetracted
	}
	return RoleAlleged
}

// statusKey returns the legend key of a claim status.
func statusKey(s casefile.Status) legendKey {
	switch s {
	case casefile.StatusDisputed:
		return keyDisputed
	case casefile.StatusConfirmed:
		return keyConfirmed
	case casefile.StatusPartlyConfirmed:
		return keyPartly
	case casefile.StatusStated:
		return keyStated
	case casefile.StatusContested:
		return keyContested
	case casefile.StatusRetracted:
		return keyRetracted
	}
	return keyAlleged
}

// badgeText returns the text that tells a status without colour, from
// casefile's wording table: "ALLEGED", "ON RECORD", "PARTLY CONFIRMED".
func badgeText(s casefile.Status) string {
	if b := s.Words().Badge; b != "" {
		return b
	}
	return casefile.StatusAlleged.Words().Badge
}

// statusClass returns the CSS classes of a claim with status s.
func statusClass(s casefile.Status) string {
	return "eg-claim eg-" + string(s)
}

// stanceRole returns the style role of a response stance.
func stanceRole(s casefile.Stance) Role {
	switch s {
	case casefile.StanceDenies:
		return RoleDenies
	case casefile.StanceDisputes:
		return RoleDisputes
	case casefile.StanceConfirms:
		return RoleConfirms
	case casefile.StancePartlyConfirms:
		return RolePartlyConf
	case casefile.StanceSupports:
		return RoleSupports
	case casefile.StanceRetracts:
		return RoleRetracts
	}
	return RoleDeclines
}

// claimantsText writes who made a claim: "2 national security sources",
// "Global News and Sam Cooper"; "" when nobody is named.
func claimantsText(c *casefile.Claim, a actors) string {
	var parts []string
	for _, cl := range c.Claimants {
		switch {
		case cl.Who != "":
			parts = append(parts, nameOf(a, cl.Who))
		case cl.Source != "":
			parts = append(parts, "a document ("+cl.Source+")")
		case cl.Count > 0:
			parts = append(parts, strconv.Itoa(cl.Count)+" "+cleanText(cl.Anonymous))
		case cl.Anonymous != "":
			parts = append(parts, cleanText(cl.Anonymous))
		}
	}
	return joinAnd(parts)
}

// claimedLine says who made a claim and when: "Claimed by Global News, 22
// Mar 2023"; "Claim made 15 Feb 2021 (claimant not named)" when the case
// names nobody.
func claimedLine(c *casefile.Claim, a actors) string {
	who := claimantsText(c, a)
	switch {
	case who != "" && !c.Made.IsZero():
		return "Claimed by " + who + ", " + c.Made.Label()
	case who != "":
		return "Claimed by " + who
	case !c.Made.IsZero():
		return "Claim made " + c.Made.Label() + " (claimant not named)"
	}
	return "Claimant not named"
}

// joinAnd joins "a", "a and b", "a, b and c".
func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// nameOf returns an actor's name, or its ID when the case lacks it.
func nameOf(a actors, id string) string {
	if n, ok := a.name[id]; ok && n != "" {
		return cleanText(n)
	}
	return id
}

// responseText writes a response: "Han Dong denies (21 Mar 2023)".
func responseText(r casefile.Response, a actors) string {
	who := nameOf(a, r.Who)
	if r.Who == "" {
		who = cleanText(r.Anonymous)
		if r.Count > 0 {
			who = strconv.Itoa(r.Count) + " " + who
		}
	}
	s := who + " " + r.Verb()
	if !r.Date.IsZero() {
		s += " (" + r.Date.Label() + ")"
	}
	return s
}

// Badge sizes in px.
const (
	badgeH    = 17.0
	badgePad  = 4.0
	badgeSwat = 9.0
)

// fittedBadge draws a claim's numbered callout at 0, 0: a box with the
// status pattern and the text "1 ALLEGED" (num 0 leaves out the number),
// no wider than maxW (0: no limit) where it can be: a badge too wide
// gives the status its first word ("5 PARTLY").
func fittedBadge(num int, s casefile.Status, group string, maxW float64) block {
	var b block
	text := badgeText(s)
	if num > 0 {
		text = strconv.Itoa(num) + " " + text
	}
	if full := badgePad*3 + badgeSwat + textmetrics.Width(text, sizeBadge, true) + 1; maxW > 0 && full > maxW {
		if i := strings.LastIndex(text, " "); i > 0 && (num == 0 || strings.Count(text, " ") > 1) {
			text = text[:i]
		}
	}
	role, class := statusRole(s), statusClass(s)+" eg-badge"
	tw := textmetrics.Width(text, sizeBadge, true)
	w := badgePad + badgeSwat + badgePad + tw + badgePad + 1
	box := Item{Shape: ShapeRect, Role: role, Class: class, Group: group, W: w, H: badgeH, R: 2,
		Fill: PaintSoft, Stroke: StrokeDashed, Solid: true}
	sw := Item{Shape: ShapeRect, Role: role, Class: class, Group: group,
		X: badgePad, Y: (badgeH - badgeSwat) / 2, W: badgeSwat, H: badgeSwat, Fill: PaintHatch, Stroke: StrokeSolid, Width: 1}
	if s == casefile.StatusConfirmed {
		// A confirmed claim alone is drawn with solid lines and fill.
		box.Stroke, sw.Fill = StrokeSolid, PaintSolid
	}
	t := textItem(role, class, []string{text}, badgePad*2+badgeSwat, 0, sizeBadge, true)
	t.Y = (badgeH - t.H) / 2
	t.Lines[0].Y += t.Y
	t.Solid = false
	b.add(box)
	b.add(sw)
	b.add(t)
	return b
}

// countBadge draws the combined callout of the claims about a group of
// events numbered nums at 0, 0, in the muted style: "3 claims: 14–16"
// when the numbers run on, "3 claims" otherwise; the claims panel lists
// each with its status.
func countBadge(nums []int, group string) block {
	var b block
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
	box := Item{Shape: ShapeRect, Role: RoleMuted, Class: "eg-claim-count eg-badge", Group: group,
		W: badgePad + tw + badgePad + 1, H: badgeH, R: 2, Fill: PaintNone, Stroke: StrokeSolid, Width: 1, Solid: true}
	t := textItem(RoleMuted, "eg-claim-count eg-badge", []string{text}, badgePad, 0, sizeBadge, true)
	t.Y = (badgeH - t.H) / 2
	t.Lines[0].Y += t.Y
	t.Solid = false
	b.add(box)
	b.add(t)
	return b
}

// statusSwatch draws the legend sample of a claim status at x, y.
func statusSwatch(status string, x, y float64) []Item {
	s := casefile.Status(status)
	role, class := statusRole(s), statusClass(s)+" eg-legend-swatch"
	box := Item{Shape: ShapeRect, Role: role, Class: class, X: x + 1, Y: y + 1, W: swatchW - 2, H: swatchH - 2, R: 2,
		Fill: PaintHatch, Stroke: StrokeDashed}
	if s == casefile.StatusConfirmed {
		box.Fill, box.Stroke = PaintSoft, StrokeSolid
	}
	return []Item{box}
}

// claimBlock writes a claim in full, no wider than maxW: its badge, its
// statement, who made it and who answered it how.
func claimBlock(c *casefile.Claim, num int, a actors, src *sourceList, maxW float64, group string, about string) block {
	var b block
	bd := fittedBadge(num, c.Status, group, maxW)
	for _, it := range bd.items {
		b.add(it)
	}
	st := cleanText(c.Statement)
	if refs := src.refs(c.Sources); refs != "" {
		st += " " + refs
	}
	b.text(RoleText, "eg-claim-statement", st, sizeBody, false, maxW, 0, 4)
	if about != "" {
		b.text(RoleMuted, "eg-claim-about", "About: "+about, sizeSmall, false, maxW, 2, 2)
	}
	b.text(RoleMuted, "eg-claimants", claimedLine(c, a), sizeSmall, false, maxW, 0, 2)
	for _, r := range c.Responses {
		t := responseText(r, a)
		if q := cleanText(r.Quote); q != "" {
			t += ": “" + q + "”"
		}
		if refs := src.refs(r.Sources); refs != "" {
			t += " " + refs
		}
		b.text(stanceRole(r.Stance), "eg-response eg-"+string(r.Stance), t, sizeSmall, false, maxW, 0, 2)
	}
	for i := range b.items {
		b.items[i].Group = group
	}
	return b
}

// moreClaims writes the line that stands for the claims numbered nums
// that are not written beside their event: "+5 more claims (6–10)
// below" (listed false: the claims panel is left out, and "below" too); the numbers are left out where they do not run on.
func moreClaims(nums []int, listed bool) string {
	n := len(nums)
	s := "+" + strconv.Itoa(n) + " more " + plural(n, "claim", "claims")
	run := true
	for i := 1; i < n; i++ {
		run = run && nums[i] == nums[i-1]+1
	}
	switch {
	case n == 1:
		s += " (" + strconv.Itoa(nums[0]) + ")"
	case run:
		s += " (" + strconv.Itoa(nums[0]) + "–" + strconv.Itoa(nums[n-1]) + ")"
	}
	if listed {
		s += " below"
	}
	return s
}

// claimLines returns how many lines each of n claims takes beside its
// event: two for a few, one when there are many.
func claimLines(n int) int {
	if n > 3 {
		return 1
	}
	return 2
}

// claimLine draws a claim beside its event at 0, 0: a swatch with its
// status pattern, then "4 DISPUTED: Dong advised Han Tao…" in the
// status's colour, in at most lines lines of maxW px, shortened at a word.
func claimLine(num int, c *casefile.Claim, maxW float64, lines int, size float64) block {
	var b block
	role, class := statusRole(c.Status), statusClass(c.Status)+" eg-claim-line"
	lh := textmetrics.LineHeight(size)
	sw := Item{Shape: ShapeRect, Role: role, Class: class, X: 0, Y: (lh - badgeSwat) / 2, W: badgeSwat, H: badgeSwat,
		Fill: PaintHatch, Stroke: StrokeSolid, Width: 1}
	if c.Status == casefile.StatusConfirmed {
		sw.Fill = PaintSolid
	}
	text := strconv.Itoa(num) + " " + badgeText(c.Status) + ": " + cleanText(c.Statement)
	x := badgeSwat + 4
	ls := shortenAtWord(text, size, false, maxW-x, lines)
	// The statement keeps at least a word beside its status.
	for len(ls) == lines && !saysSomething(strings.Join(ls, " ")) && lines < 4 {
		lines++
		ls = shortenAtWord(text, size, false, maxW-x, lines)
	}
	t := textItem(role, class, ls, x, 0, size, false)
	t.Halo = true
	b.add(sw)
	b.add(t)
	return b
}

// saysSomething reports whether a claim line "4 DISPUTED: Dong advised…"
// shows a word of the statement after its status.
func saysSomething(line string) bool {
	_, st, ok := strings.Cut(line, ": ")
	return ok && strings.TrimSpace(strings.TrimSuffix(st, textmetrics.Ellipsis)) != ""
}
