package cli

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Every relationship diagram that render draws as SVG, of every case in
// data/ and examples/, draws as PNG too: the same view through diagram
// --format png, at two pixels per point of the SVG's size (or scaled down
// to the pixel budget, never refused), with ink on it.
func TestEveryDiagramAsPNG(t *testing.T) {
	titleRE := regexp.MustCompile(`<title id="[^"]*-title">([^<]*)</title>`)
	sizeRE := regexp.MustCompile(`<svg [^>]*width="([0-9.]+)" height="([0-9.]+)"`)
	for _, dir := range repoCases(t) {
		out := t.TempDir()
		if r := runCLI(t, "render", dir, "-o", out); r.code != ExitOK {
			t.Fatalf("%s: render: exit %d: %s", dir, r.code, r.stderr)
		}
		svgs, _ := filepath.Glob(filepath.Join(out, "*.svg"))
		drawn := 0
		for _, f := range svgs {
			name := strings.TrimSuffix(filepath.Base(f), ".svg")
			var args []string
			switch {
			case name == "relations":
				args = []string{"diagram", dir, "--kinds", "people,organizations", "--cluster", "--max-nodes", "30"}
			case strings.HasPrefix(name, "focus-"):
				svg, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				m := titleRE.FindSubmatch(svg)
				if m == nil {
					t.Fatalf("%s: no <title>", f)
				}
				title := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&#39;", "'").Replace(string(m[1]))
				args = []string{"diagram", dir, "--focus", strings.TrimPrefix(name, "focus-"), "--title", title}
			default:
				continue // timelines: see TestTimelinePNG
			}
			drawn++
			svg, _ := os.ReadFile(f)
			sz := sizeRE.FindSubmatch(svg)
			if sz == nil {
				t.Fatalf("%s: no intrinsic size", f)
			}
			w, _ := strconv.ParseFloat(string(sz[1]), 64)
			h, _ := strconv.ParseFloat(string(sz[2]), 64)
			r := runCLI(t, append(args, "--format", "png", "-o", "-")...)
			if r.code != ExitOK {
				t.Errorf("%s %s: exit %d: %s", dir, name, r.code, r.stderr)
				continue
			}
			img, err := png.Decode(bytes.NewReader([]byte(r.stdout)))
			if err != nil {
				t.Errorf("%s %s: %v", dir, name, err)
				continue
			}
			b := img.Bounds()
			if b.Dx() < int(2*w)-2 || b.Dx() > int(2*w)+2 || b.Dy() < int(2*h)-2 || b.Dy() > int(2*h)+2 {
				t.Errorf("%s %s: PNG %d×%d, want twice the SVG's %g×%g", dir, name, b.Dx(), b.Dy(), w, h)
			}
			if ink := inkShare(img); ink < 0.01 {
				t.Errorf("%s %s: only %.2f%% of the PNG differs from its background", dir, name, 100*ink)
			}
		}
		if drawn == 0 {
			t.Errorf("%s: render drew no diagram", dir)
		}
	}
}

// inkShare returns the share of pixels of img that differ from its top
// left pixel (the background).
func inkShare(img image.Image) float64 {
	b := img.Bounds()
	br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r != br || g != bg || bl != bb {
				ink++
			}
		}
	}
	return float64(ink) / float64((b.Dx()+1)/2*((b.Dy()+1)/2))
}
