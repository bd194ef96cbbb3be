package svg_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/eventgraph/eventgraph/internal/browsertest"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
)

// TestThemesInChromium puts the bundled case's timeline on a white
// article page in every theme, as an <img> and inline, and screenshots
// each in Chromium with the reader's colour scheme emulated light and
// then dark: the light theme stays light on both (it was made for that
// white page), the auto theme follows the scheme, dark and print never
// change. The picture's background is read from the screenshot's pixels.
func TestThemesInChromium(t *testing.T) {
	c := testcase.Seed(t)
	names := []string{"light", "auto", "dark", "print"}
	var body strings.Builder
	for i, name := range names {
		doc := render(t, c, timeline.Options{Orientation: timeline.Vertical}, name)
		fmt.Fprintf(&body, `<div id="img%d" style="width:360px;height:120px;overflow:hidden;margin:8px 0"><img src="data:image/svg+xml;base64,%s" style="max-width:100%%" alt=""></div>
<div id="inline%d" style="width:360px;height:120px;overflow:hidden;margin:8px 0">%s</div>
`, i, base64.StdEncoding.EncodeToString(doc), i, doc)
	}
	html := `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff">` + body.String() + `<script>
Promise.all([...document.images].map(i => i.decode())).then(() => { document.documentElement.dataset.ready = "true"; });
</script></body></html>`
	tb := browsertest.Open(t, browsertest.WritePage(t, []byte(html)), 400)
	light, dark := theme.Light().Background, theme.Dark().Background
	for _, scheme := range []string{"light", "dark"} {
		_, err := chromedp.Call(tb.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		if err != nil {
			t.Fatal(err)
		}
		tb.Do(t, chromedp.Reload())
		tb.WaitReady(t)
		if got := browsertest.Eval[bool](t, tb, `matchMedia("(prefers-color-scheme: dark)").matches`); got != (scheme == "dark") {
			t.Fatalf("the page does not see the %s scheme", scheme)
		}
		for i, name := range names {
			want := map[string]string{"light": light, "auto": light, "dark": dark, "print": theme.Print().Background}[name]
			if name == "auto" && scheme == "dark" {
				want = dark
			}
			for _, how := range []string{"img", "inline"} {
				shot, err := chromedp.Run(tb.Ctx, chromedp.Screenshot(fmt.Sprintf("#%s%d", how, i)))
				if err != nil {
					t.Fatal(err)
				}
				img, err := png.Decode(bytes.NewReader(shot))
				if err != nil {
					t.Fatal(err)
				}
				got := corner(img)
				t.Logf("%s %s %s: %v", name, how, scheme, got)
				w, _ := scene.ParseColour(want)
				if !near(got, w) {
					t.Errorf("%s theme, %s, reader's scheme %s: background %v, want %s", name, how, scheme, got, want)
				}
			}
		}
	}
	tb.Check(t)
}

// corner returns the most common colour of the top-left 12×12 pixels of
// img (the picture's margin).
func corner(img image.Image) color.NRGBA {
	counts := map[color.NRGBA]int{}
	var best color.NRGBA
	for y := 2; y < 14; y++ {
		for x := 2; x < 14; x++ {
			c := color.NRGBAModel.Convert(img.At(img.Bounds().Min.X+x, img.Bounds().Min.Y+y)).(color.NRGBA)
			counts[c]++
			if counts[c] > counts[best] {
				best = c
			}
		}
	}
	return best
}

// near reports whether two colours differ by at most 3 in each channel.
func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) bool { return x-y <= 3 || y-x <= 3 }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}
