package diagram

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/browsertest"
)

// TestReadableInChromium embeds, in Chromium, each focus diagram render
// writes (of the bundled case and the examples) in a 700-pixel column and
// each overview (render's relations.svg) in a 1200-pixel page, as
// <img style="max-width:100%">: the image must be shown at most as wide
// as its column, and its smallest text, the smallest font size of the
// SVG (read by Chromium from the same SVG inlined) times the scale the
// image is shown at, at least 11 pixels in a focus diagram and 9 in an
// overview.
func TestReadableInChromium(t *testing.T) {
	type picture struct {
		name          string
		column, least float64
	}
	var pics []picture
	var body strings.Builder
	for _, c := range qualityCases(t) {
		p := picture{c.name, 700, 11}
		switch {
		case strings.Contains(c.name, "/focus-") && c.o.Depth == 1:
		case strings.HasSuffix(c.name, "/overview"):
			p.column, p.least = 1200, 9
		default:
			continue
		}
		svg, err := svgOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatal(err)
		}
		i := len(pics)
		pics = append(pics, p)
		fmt.Fprintf(&body, `<div style="width:%gpx"><img id="img%d" src="data:image/svg+xml;base64,%s" style="max-width:100%%" alt=""></div>
<div id="inline%d" style="position:absolute;left:-99999px">%s</div>
`, p.column, i, base64.StdEncoding.EncodeToString(svg), i, svg)
	}
	html := `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">` + body.String() + `<script>
Promise.all([...document.images].map(i => i.decode())).then(() => {
  window.measured = [...document.images].map((img, i) => {
    let least = Infinity;
    for (const t of document.querySelectorAll("#inline" + i + " text")) {
      least = Math.min(least, parseFloat(getComputedStyle(t).fontSize));
    }
    const w = img.getBoundingClientRect().width;
    return {shown: w, natural: img.naturalWidth, least: least, px: least * w / img.naturalWidth};
  });
  document.documentElement.dataset.ready = "true";
});
</script></body></html>`
	tb := browsertest.Open(t, browsertest.WritePage(t, []byte(html)), 1240)
	ms := browsertest.Eval[[]struct {
		Shown, Natural, Least, Px float64
	}](t, tb, `window.measured`)
	if len(ms) != len(pics) || len(pics) < 15 {
		t.Fatalf("measured %d pictures, want %d (at least 15)", len(ms), len(pics))
	}
	for i, m := range ms {
		p := pics[i]
		if m.Shown > p.column || m.Natural == 0 {
			t.Errorf("%s: shown %g px wide (natural %g) in a %g px column", p.name, m.Shown, m.Natural, p.column)
		}
		if m.Px < p.least {
			t.Errorf("%s: smallest text %g px, shown at %.2f px (%g of %g px) in %g px, want at least %g", p.name, m.Least, m.Px, m.Shown, m.Natural, p.column, p.least)
		}
		t.Logf("%s: %g px wide, smallest text shown at %.2f px in %g px", p.name, m.Natural, m.Px, p.column)
	}
	tb.Check(t)
}
