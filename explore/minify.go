package explore

import (
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

// pageAssets are the page's own style and scripts as the page holds them:
// minified (tdewolff/minify: whitespace and comments out, local names
// shortened), which halves them; the vendored libraries are minified
// already and are held as they are.
type pageAssets struct {
	css, timeline, app string
	err                error
}

var (
	minifiedOnce sync.Once
	minified     pageAssets
)

// ownAssets returns the page's own style and scripts, minified once per
// process: the same sources give the same bytes.
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
			return strings.TrimSpace(out)
		}
		minified.css = one("text/css", "explorer.css")
		minified.timeline = one("application/javascript", "timeline.js")
		minified.app = one("application/javascript", "explorer.js")
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
