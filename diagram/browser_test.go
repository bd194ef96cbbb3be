package diagram

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/browsertest"
)

// TestReadableInChromium embeds each focus diagram render writes (of the
// bundled case and the examples) in a 700-pixel column as
// <img style="max-width:100%"> in Chromium: the image must be shown at
// most as wide as the column, and its smallest text, the smallest font
// size of the SVG (read by Chromium from the same SVG inlined) times the
// scale the image is shown at, at least 11 pixels.
func TestReadableInChromium(t *testing.T) {
	var names []string
	var body strings.Builder
	for _, c := range qualityCases(t) {
		if !strings.Contains(c.name, "/focus-") || c.o.Depth != 1 {
			continue
		}
		svg, err := svgOf(context.Background(), c.g, c.o)
		if err != nil {
			t.Fatal(err)
		}
		i := len(names)
		names = append(names, c.name)
		fmt.Fprintf(&body, `<div style="width:700px"><img id="img%d" src="data:image/svg+xml;base64,%s" style="max-width:100%%" alt=""></div>
<div id="inline%d" style="position:absolute;left:-99999px">%s</div>
`, i, base64.StdEncoding.EncodeToString(svg), i, svg)
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
	tb := browsertest.Open(t, browsertest.WritePage(t, []byte(html)), 740)
	ms := browsertest.Eval[[]struct {
		Shown, Natural, Least, Px float64
	}](t, tb, `window.measured`)
	if len(ms) != len(names) {
		t.Fatalf("measured %d pictures, want %d", len(ms), len(names))
	}
	for i, m := range ms {
		if m.Shown > 700 || m.Natural == 0 {
			t.Errorf("%s: shown %g px wide (natural %g) in a 700 px column", names[i], m.Shown, m.Natural)
		}
		if m.Px < 11 {
			t.Errorf("%s: smallest text %g px, shown at %.2f px (%g of %g px), want at least 11", names[i], m.Least, m.Px, m.Shown, m.Natural)
		}
		t.Logf("%s: %g px wide, smallest text shown at %.2f px", names[i], m.Natural, m.Px)
	}
	tb.Check(t)
}
