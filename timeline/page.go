package timeline

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// introLines caps the lines of the subtitle under the title.
const introLines = 3

// header lays out the title and subtitle from y down, returning the
// bottom.
func (b *builder) header(y float64) float64 {
	b.title = cleanText(b.opts.Title)
	if b.title == "" {
		b.title = cleanText(b.c.Meta.Title)
	}
	if b.title == "" {
		b.title = "Timeline"
	}
	b.subtitle = cleanText(b.opts.Subtitle)
	asOf := casefile.AsOfNote(b.opts.AsOf)
	if b.subtitle == "" && asOf == "" {
		// The case's description tells the story to its end: an as-of
		// view leaves it out, lest it tell what was not yet known.
		b.subtitle = cleanText(b.c.Meta.Description)
	}
	maxW := b.width - 2*b.m
	size := sizeTitle
	if b.f.vertical {
		size = 19
	}
	var bl block
	bl.text(RoleTitle, "eg-title", b.title, size, true, maxW, 0, 0)
	if asOf != "" {
		bl.text(RoleText, "eg-as-of", asOf, sizeSubtitle, true, maxW, 0, 6)
	}
	// The intro is at most introLines lines, shortened at a word: the
	// whole text stays in the drawing's description.
	bl.text(RoleMuted, "eg-subtitle", b.subtitle, sizeSubtitle, false, min(maxW, 760), introLines, 6)
	for _, it := range bl.placed(b.m, y, "") {
		it.Halo = false
		b.items = append(b.items, it)
	}
	if asOf != "" {
		b.subtitle = strings.TrimSpace(asOf + ". " + b.subtitle)
	}
	return y + bl.h
}

// MaxListedClaims caps the claims the claims panel lists; a note under
// its heading says how many more there are and how to list them.
const MaxListedClaims = 500

// footer lays out the legend, the claims panel and the source list from y
// down, returning the bottom.
func (b *builder) footer(y float64) float64 {
	maxW := b.width - 2*b.m
	// The claims panel and the source list are laid out first: the
	// statuses and the dates they draw belong in the legend above them.
	cp := b.claimsPanel()
	var sb block
	if !b.opts.hideSources() {
		sb = b.num.src.block(b.act, b.colW(), b.ncols())
	}
	b.dateKeys(b.items, cp.items, sb.items)
	if !b.opts.HideLegend {
		lg := legendBlock(b.keys, maxW)
		if len(lg.items) > 0 {
			y += panelGap
			b.put(lg, b.m, y, "legend", "eg-legend")
			y += lg.h
		}
	}
	if len(cp.items) > 0 {
		y += panelGap
		b.put(cp, b.m, y, "claims", "eg-claims")
		y += cp.h
	}
	if len(sb.items) > 0 {
		y += panelGap
		b.put(sb, b.m, y, "sources", "eg-sources")
		y += sb.h
	}
	return y
}

// uncertainDate finds a date written as uncertain: a "?" after a digit.
var uncertainDate = regexp.MustCompile(`[0-9]\?`)

// sourceNumbers finds source numbers written after a text: " [2]",
// " [1, 3]".
var sourceNumbers = regexp.MustCompile(` \[[0-9]+(, [0-9]+)*\]`)

// dateKeys adds the legend keys for the way dates and sources are
// written in the text drawn: "?" after an uncertain date, "(approx.)"
// after an approximate one, source numbers in brackets (after an event's
// title, or a claim's statement in the list).
func (b *builder) dateKeys(lists ...[]Item) {
	for _, items := range lists {
		for _, it := range items {
			for _, l := range it.Lines {
				if uncertainDate.MatchString(l.Text) {
					b.keys.add(keyTextUncertain)
				}
				if strings.Contains(l.Text, "(approx.)") {
					b.keys.add(keyTextApproximate)
				}
				if sourceNumbers.MatchString(l.Text) {
					b.keys.add(keySourceRef)
				}
			}
		}
	}
}

// ncols returns how many columns the panels below the chart use.
func (b *builder) ncols() int {
	if b.width-2*b.m >= 600 {
		return 2
	}
	return 1
}

// colW returns the width of a column of the panels below the chart.
func (b *builder) colW() float64 {
	n := float64(b.ncols())
	return (b.width - 2*b.m - (n-1)*colGap) / n
}

const colGap = 32.0

// panelGap is the room above the key and above each list under the chart.
const panelGap = 24.0

// put adds a block's items at x, y in a group (none when group is "").
func (b *builder) put(bl block, x, y float64, group, class string) {
	if group != "" {
		b.groups[group] = Group{ID: group, Class: class}
	}
	for _, it := range bl.items {
		it = moved(it, x, y)
		if it.Group == "" {
			it.Group = group
		}
		b.items = append(b.items, it)
	}
}

// claimsPanel lays out the numbered claims: in the badges mode those about
// drawn events (grouped ones too) in the order of their numbers; in the
// full mode those about events drawn as part of a group; in both, then,
// those about no event. It is empty in the none mode.
func (b *builder) claimsPanel() block {
	if !b.cs.shows() || b.opts.hideClaimsPanel() || len(b.num.claims) == 0 {
		return block{}
	}
	colW := b.colW()
	var blocks []block
	listed := b.num.claims[:b.num.listed]
	for _, cl := range listed {
		b.keys.add(statusKey(cl.Status))
		group := "claim-" + cl.ID
		b.groups[group] = Group{ID: group, Class: statusClass(cl.Status), Tooltip: badgeText(cl.Status) + ": " + cleanText(cl.Statement)}
		cc := claimCard(cl, b.num.claim[cl.ID], b.act, b.num.src, colW, b.aboutText(cl))
		blocks = append(blocks, cc.block(group))
	}
	var out block
	head := textItem(RoleText, "eg-claims-title", []string{"Claims"}, 0, 0, sizeHeading, true)
	out.add(head)
	if left := len(b.num.claims) - len(listed); left > 0 {
		var note block
		note.text(RoleText, "eg-claims-more", fmt.Sprintf("Claims 1 to %d of %d are listed; %d more are not. Crop the timeline to a shorter period (--from, --to) to list them.",
			len(listed), len(b.num.claims), left), sizeBody, true, b.width-2*b.m, 0, 0)
		for _, it := range note.items {
			out.add(moved(it, 0, head.H+6))
		}
	}
	body := columns(blocks, b.ncols(), colW, colGap, 10)
	top := out.h + 6
	for _, it := range body.items {
		out.add(moved(it, 0, top))
	}
	return out
}

// aboutText names what a claim is about: event titles with their dates,
// and people or organizations. Where claims stand beside their events
// (the badges style), the events go unnamed: the chart shows the claim's
// number and status beside each.
func (b *builder) aboutText(cl *casefile.Claim) string {
	beside := !b.cs.panelNamesEvents()
	var parts []string
	for _, id := range cl.About {
		if ev, ok := b.events[id]; ok {
			if beside {
				continue
			}
			part := cleanText(ev.Title)
			if d := ev.Date.Label(); d != "" {
				part += " (" + d + ")"
			}
			parts = append(parts, part)
			continue
		}
		parts = append(parts, nameOf(b.act, id))
	}
	return strings.Join(parts, "; ")
}

// empty lays out a page with no events to draw: the header and a note
// saying so, with no axis.
func (b *builder) empty() {
	y := b.header(b.m) + 28
	note := "No dated events to show."
	if b.cr.hasFrom || b.cr.hasTo {
		note = "No dated events in this period."
	}
	var bl block
	bl.text(RoleMuted, "eg-empty", note, sizeSubtitle, false, b.width-2*b.m, 0, 0)
	b.put(bl, b.m, y, "", "")
	b.height = b.footer(y+bl.h) + b.m
}
