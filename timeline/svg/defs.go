package svg

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/draw"
)

// paintDef is a pattern or gradient one role needs.
type paintDef struct {
	role  timeline.Role
	paint timeline.Paint
}

// usage records the roles and the patterns and gradients a scene uses.
type usage struct {
	roles map[timeline.Role]bool
	defs  []paintDef // sorted by role, then paint
}

// needsDef reports whether a paint is drawn with a <defs> entry.
func needsDef(p timeline.Paint) bool {
	switch p {
	case timeline.PaintHatch, timeline.PaintFadeStart, timeline.PaintFadeEnd, timeline.PaintFadeBoth:
		return true
	}
	return false
}

// scan finds what s uses.
func scan(s *timeline.Scene) *usage {
	u := &usage{roles: map[timeline.Role]bool{}}
	seen := map[paintDef]bool{}
	for i := range s.Items {
		it := &s.Items[i]
		u.roles[it.Role] = true
		if needsDef(it.Fill) {
			p := paintDef{it.Role, it.Fill}
			if !seen[p] {
				seen[p] = true
				u.defs = append(u.defs, p)
			}
		}
	}
	sort.Slice(u.defs, func(i, j int) bool {
		if u.defs[i].role != u.defs[j].role {
			return u.defs[i].role < u.defs[j].role
		}
		return u.defs[i].paint < u.defs[j].paint
	})
	return u
}

// defID returns the id of a pattern or gradient, derived from the
// drawing's id, the role and the paint.
func defID(root string, p paintDef) string {
	return root + "-" + string(p.paint) + "-" + string(p.role)
}

// writeDefs writes the <defs> element: a hatch pattern or a fading
// gradient for each (role, paint) the scene uses. Colours come from the
// style sheet's classes, so the dark scheme restyles them too.
func writeDefs(b *strings.Builder, root string, vertical bool, u *usage) {
	if len(u.defs) == 0 {
		return
	}
	b.WriteString("<defs>")
	for _, p := range u.defs {
		id := defID(root, p)
		r := "r-" + string(p.role)
		if p.paint == timeline.PaintHatch {
			b.WriteString(`<pattern id="` + id + `" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(` + hatchAngle(p.role) + `)">`)
			b.WriteString(`<rect width="5" height="5" class="` + r + ` f-soft"/>`)
			b.WriteString(`<line x1="0" y1="0" x2="0" y2="5" stroke-width="2" class="` + r + ` s-solid"/>`)
			b.WriteString(`</pattern>`)
			continue
		}
		dir := `x1="0" y1="0" x2="1" y2="0"`
		if vertical {
			dir = `x1="0" y1="0" x2="0" y2="1"`
		}
		b.WriteString(`<linearGradient id="` + id + `" ` + dir + `>`)
		var stops [][2]string // offset, opacity
		switch p.paint {
		case timeline.PaintFadeEnd:
			stops = [][2]string{{"0", "1"}, {"0.35", "1"}, {"1", "0"}}
		case timeline.PaintFadeStart:
			stops = [][2]string{{"0", "0"}, {"0.65", "1"}, {"1", "1"}}
		default:
			stops = [][2]string{{"0", "0"}, {"0.3", "1"}, {"0.7", "1"}, {"1", "0"}}
		}
		for _, s := range stops {
			b.WriteString(`<stop offset="` + s[0] + `" stop-opacity="` + s[1] + `" class="` + r + ` stop"/>`)
		}
		b.WriteString(`</linearGradient>`)
	}
	b.WriteString("</defs>")
}

// hatchAngle returns the rotation of a role's hatch pattern, whose tile
// holds a vertical line: draw.HatchAngle's direction, turned the way SVG
// turns (clockwise on screen).
func hatchAngle(r timeline.Role) string {
	a := math.Mod(90-draw.HatchAngle(r), 180)
	if a > 90 {
		a -= 180
	} else if a <= -90 {
		a += 180
	}
	return strconv.FormatFloat(a, 'f', -1, 64)
}
