package explore

// glyphsMax caps the sample of characters glyphSample returns.
const glyphsMax = 128

// glyphSample returns the characters of the case's texts (title,
// labels, descriptions, places, aliases, tags, quotes) outside Latin-1,
// each once, in the order first met, at most glyphsMax. The page lays
// them out off-screen while it loads, so that the browser looks for the
// fonts that draw them then, not when a search, a selection or the list
// first shows such a text: a freshly started Chromium took 70-110 ms
// over the first CJK characters it laid out (looking through every
// installed font for one that has them), 10-40 ms more in bold or
// another size, and up to some 15 ms over each later character that no
// font it had looked at draws.
func glyphSample(d *Data) string {
	seen := map[rune]bool{}
	var out []rune
	add := func(s string) {
		for _, r := range s {
			if len(out) == glyphsMax {
				return
			}
			if r < 0x100 || seen[r] {
				continue
			}
			seen[r] = true
			out = append(out, r)
		}
	}
	add(d.Title)
	for i := range d.Nodes {
		eachText(&d.Nodes[i], add)
	}
	return string(out)
}
