package timeline

import (
	"sort"

	"github.com/eventgraph/eventgraph/casefile"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

// legendKey names one kind of mark the legend can explain.
type legendKey int

// The legend keys, in the order the legend lists them.
const (
	keyPoint legendKey = iota
	keySpan
	keyApproximate
	keyUncertain
	keyOpen
	keyUnknown
	keyCut
	keyAggregate
	keyHigh
	keyLanePerson
	keyLaneOrganization
	keyBreak
	keyAlleged
	keyDisputed
	keyConfirmed
	keyPartly
	keyStated
	keyContested
	keyRetracted
	keySourceRef
	keyTextUncertain
	keyTextApproximate
	numKeys
)

// legendText says what each key's mark means.
var legendText = [numKeys]string{
	keyPoint:            "Event on a known day",
	keySpan:             "Date known only to the month, season or year, or a period: the bar covers all of it",
	keyApproximate:      "Approximate date (~): whiskers, and “approx.” in the date",
	keyUncertain:        "Uncertain date (?): dashed outline, and “?” in the date",
	keyOpen:             "Open end (..): goes on, fading out",
	keyUnknown:          "End or start not known: dotted tail",
	keyCut:              "Goes on beyond the edge of the chart",
	keyAggregate:        "Several events drawn as one: count and dates in the label",
	keyHigh:             "Key event: heavier mark and larger title",
	keyLanePerson:       "Person taking part (on their lane)",
	keyLaneOrganization: "Organization taking part (on its lane)",
	keyBreak:            "Axis break: a stretch of time with no events left out",
	keyAlleged:          statusText(casefile.StatusAlleged),
	keyDisputed:         statusText(casefile.StatusDisputed),
	keyConfirmed:        statusText(casefile.StatusConfirmed),
	keyPartly:           statusText(casefile.StatusPartlyConfirmed),
	keyStated:           statusText(casefile.StatusStated),
	keyContested:        statusText(casefile.StatusContested),
	keyRetracted:        statusText(casefile.StatusRetracted),
	keySourceRef:        "Numbers in brackets: sources, listed below",
	keyTextUncertain:    "A date ending in “?”: uncertain (the source says so, or it is inferred)",
	keyTextApproximate:  "“(approx.)” after a date: approximate",
}

// statusText explains a claim status in the legend in the words of
// casefile.Status.Meaning, which every picture shares: "DISPUTED: claim
// denied or disputed".
func statusText(s casefile.Status) string {
	return badgeText(s) + ": " + s.Meaning()
}

// keySet records which keys a scene uses.
type keySet [numKeys]bool

func (k *keySet) add(keys ...legendKey) {
	for _, x := range keys {
		k[x] = true
	}
}

func sortKeys(ks []legendKey) []legendKey {
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	out := ks[:0]
	for i, k := range ks {
		if i == 0 || k != ks[i-1] {
			out = append(out, k)
		}
	}
	return out
}

// Legend swatch size in px.
const (
	swatchW = 36.0
	swatchH = 16.0
)

// legendBlock lays out the legend for the keys used, in as many columns
// as maxW holds at about 300 px each, filling down the first and then the
// next, as the claims and sources below it are. It returns an empty block
// when no key is used.
func legendBlock(keys keySet, maxW float64) block {
	var b block
	var used []legendKey
	for k := legendKey(0); k < numKeys; k++ {
		if keys[k] {
			used = append(used, k)
		}
	}
	if len(used) == 0 {
		return b
	}
	head := textItem(RoleText, "eg-legend-title", []string{"Key"}, 0, 0, sizeHeading, true)
	b.add(head)
	const gapX, gapY = 20.0, 6.0
	n := max(1, min(3, int((maxW+gapX)/(300+gapX))))
	colW := (maxW - float64(n-1)*gapX) / float64(n)
	entries := make([]block, 0, len(used))
	for _, k := range used {
		var e block
		lines := textmetrics.Wrap(legendText[k], sizeSmall, false, colW-swatchW-6)
		t := textItem(RoleMuted, "eg-legend-text", lines, 0, 0, sizeSmall, false)
		h := max(swatchH, t.H)
		for _, it := range swatch(k) {
			e.add(moved(it, 0, (h-swatchH)/2))
		}
		e.add(moved(t, swatchW+6, (h-t.H)/2))
		entries = append(entries, e)
	}
	body := columns(entries, n, colW, gapX, gapY)
	for _, it := range body.items {
		b.add(moved(it, 0, head.H+6))
	}
	return b
}

// swatch draws the sample of a key in a swatchW × swatchH box at 0, 0.
func swatch(k legendKey) []Item {
	f := frame{}
	v := swatchH / 2
	class := "eg-legend-swatch"
	spec := func(e extent) markSpec {
		return markSpec{ext: e, role: RoleEvent, class: class, axisU0: 2, axisU1: swatchW - 2,
			u0: 12, u1: swatchW - 12, at: swatchW / 2}
	}
	mark := func(s markSpec) []Item {
		items := drawMark(f, s, v).items
		for i := range items {
			items[i].Mark = false
		}
		return items
	}
	switch k {
	case keyPoint:
		return mark(spec(extent{Point: true}))
	case keySpan:
		s := spec(extent{})
		s.u0, s.u1 = 6, swatchW-6
		return mark(s)
	case keyApproximate:
		return mark(spec(extent{Point: true, Approximate: true}))
	case keyUncertain:
		return mark(spec(extent{Point: true, Uncertain: true}))
	case keyOpen:
		s := spec(extent{End: EndOpen})
		s.u0 = 4
		return mark(s)
	case keyUnknown:
		s := spec(extent{End: EndUnknown})
		s.u0, s.u1 = 2, 12
		return mark(s)
	case keyCut:
		s := spec(extent{})
		s.cutEnd, s.u0 = true, 8
		return mark(s)
	case keyAggregate:
		s := spec(extent{})
		s.aggregate, s.role, s.u0, s.u1 = true, RoleAggregate, 4, swatchW-4
		return mark(s)
	case keyHigh:
		s := spec(extent{Point: true})
		s.high = true
		return mark(s)
	case keyLanePerson, keyLaneOrganization:
		role := RolePerson
		if k == keyLaneOrganization {
			role = RoleOrganization
		}
		ln := f.line(0, v, swatchW, v)
		ln.Role, ln.Class, ln.Stroke = role, class, StrokeSolid
		ln.Width = 1
		ln.Opacity = 0.5
		c := f.circle(swatchW/2, v, 3.5)
		if k == keyLaneOrganization {
			c = f.rect(swatchW/2-3.5, v-3.5, 7, 7)
		}
		c.Role, c.Class, c.Fill, c.Stroke = role, class, PaintSolid, StrokeSolid
		c.Solid = true
		return []Item{ln, c}
	case keyBreak:
		items := breakMark(f, 2, swatchW-2, v, class)
		return items
	case keyAlleged, keyDisputed, keyConfirmed, keyPartly, keyStated, keyContested, keyRetracted:
		st := map[legendKey]string{keyAlleged: "alleged", keyDisputed: "disputed", keyConfirmed: "confirmed", keyPartly: "partly-confirmed",
			keyStated: "stated", keyContested: "contested", keyRetracted: "retracted"}[k]
		return statusSwatch(st, 0, 0)
	case keySourceRef:
		t := textItem(RoleMuted, class, []string{"[1]"}, 6, (swatchH-textmetrics.LineHeight(sizeSmall))/2, sizeSmall, false)
		return []Item{t}
	case keyTextUncertain:
		t := textItem(RoleMuted, class, []string{"2021?"}, 0, (swatchH-textmetrics.LineHeight(sizeSmall))/2, sizeSmall, false)
		return []Item{t}

	}
	return nil
}
