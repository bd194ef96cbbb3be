package timeline

import (
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
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

// claimCard writes a claim in full, no wider than maxW: its badge, its
// statement, who made it and who answered it how.
func claimCard(c *casefile.Claim, num int, a actors, src *sourceList, maxW float64, about string) card {
	var cc card
	cc.add(badgeRow(num, c.Status, maxW))
	st := cleanText(c.Statement)
	if refs := src.refs(c.Sources); refs != "" {
		st += " " + refs
	}
	cc.text(RoleText, "eg-claim-statement", st, sizeBody, false, maxW, 0, 4)
	if about != "" {
		cc.text(RoleMuted, "eg-claim-about", "About: "+about, sizeSmall, false, maxW, 2, 2)
	}
	cc.text(RoleMuted, "eg-claimants", claimedLine(c, a), sizeSmall, false, maxW, 0, 2)
	for _, r := range c.Responses {
		t := responseText(r, a)
		if q := cleanText(r.Quote); q != "" {
			t += ": “" + q + "”"
		}
		if refs := src.refs(r.Sources); refs != "" {
			t += " " + refs
		}
		cc.text(stanceRole(r.Stance), "eg-response eg-"+string(r.Stance), t, sizeSmall, false, maxW, 0, 2)
	}
	return cc
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
