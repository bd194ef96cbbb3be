package explore

import (
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

// pageAssets are the page's style and scripts as the page holds them: its
// own minified (tdewolff/minify: whitespace and comments out, local names
// shortened), which halves them, the vendored libraries as they are
// (minified already); all in ASCII (see asciiJS).
type pageAssets struct {
	css, timeline, app string
	graphology, sigma  string
	err                error
}

var (
	minifiedOnce sync.Once
	minified     pageAssets
)

// ownAssets returns the page's style and scripts, made once per process:
// the same sources give the same bytes.
func ownAssets() pageAssets {
	minifiedOnce.Do(func() {
		m := minify.New()
		m.AddFunc("text/css", css.Minify)
		m.AddFunc("application/javascript", js.Minify)
		one := func(mediatype, name string) string {
			if minified.err != nil {
				return ""
			}
			var out string
			out, minified.err = m.String(mediatype, readAsset(name))
			if mediatype == "text/css" {
				return string(asciiCSS([]byte(strings.TrimSpace(out))))
			}
			return string(asciiJS([]byte(strings.TrimSpace(out))))
		}
		minified.css = one("text/css", "explorer.css")
		minified.timeline = one("application/javascript", "timeline.js")
		minified.app = one("application/javascript", "explorer.js")
		minified.graphology = string(asciiJS([]byte(readAsset("vendor/graphology.umd.min.js"))))
		minified.sigma = string(asciiJS([]byte(readAsset("vendor/sigma.min.js"))))
	})
	return minified
}

// readAsset returns an embedded asset.
func readAsset(name string) string {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		panic("explore: embedded asset missing: " + name) // the build embeds them all
	}
	return string(b)
}
