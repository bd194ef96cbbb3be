package explore

// glyphsMax caps the sample of characters glyphSample returns.
const glyphsMax = 64

// glyphSample returns some characters of the case's texts (title,
// labels, descriptions, places, aliases, tags, quotes) outside Latin-1:
// the first met (in record order) of each range of 128 code points, at
// most glyphsMax. The page lays them out off-screen while it loads, so
// that the browser looks for the fonts that draw them then, not when a
// search, a selection or the list first shows such a text: a freshly
// started Chromium took 70-110 ms over the first CJK characters it laid
// out (looking through every installed font for one that has them), and
// 10-40 ms more in bold or another size. One character of each range
// loads the font of the range; the other characters cost a millisecond
// or less each.
func glyphSample(d *Data) string {
	seen := map[rune]bool{}
	var out []rune
	add := func(s string) {
		for _, r := range s {
			if len(out) == glyphsMax {
				return
			}
			if r < 0x100 || seen[r>>7] {
				continue
			}
			seen[r>>7] = true
			out = append(out, r)
		}
	}
	add(d.Title)
	for i := range d.Nodes {
		n := &d.Nodes[i]
		add(n.Label)
		add(n.Desc)
		add(n.Place)
		for _, s := range n.Aliases {
			add(s)
		}
		for _, s := range n.Tags {
			add(s)
		}
		for _, r := range n.Responses {
			add(r.Quote)
		}
	}
	return string(out)
}
