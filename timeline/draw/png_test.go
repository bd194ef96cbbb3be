package draw_test

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	draw2 "image/draw"
	stdpng "image/png"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/scene/png"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/draw"
)

var update = flag.Bool("update", false, "rewrite golden files")

// drawPNG lays out c and draws it as a PNG at the default scale (2×),
// returning the scene and the decoded image.
func drawPNG(t *testing.T, c *casefile.Case, o timeline.Options, th theme.Theme) (*timeline.Scene, image.Image, []byte) {
	t.Helper()
	s, err := timeline.Layout(c, o)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := draw.Scene(s, th)
	if err != nil {
		t.Fatal(err)
	}
	pic, err := png.Draw(sc, png.Options{})
	if err != nil {
		t.Fatal(err)
	}
	img, err := stdpng.Decode(bytes.NewReader(pic.PNG))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if pic.Scale != 2 {
		t.Errorf("drawn at %g×, want 2×", pic.Scale)
	}
	want := image.Rect(0, 0, int(math.Ceil(2*s.Width-1e-6)), int(math.Ceil(2*s.Height-1e-6)))
	if img.Bounds() != want {
		t.Errorf("the PNG is %v, want the scene's %g×%g at 2× = %v", img.Bounds(), s.Width, s.Height, want)
	}
	return s, img, pic.PNG
}

// stats are a picture's pixel statistics: its size, the share of its
// pixels that are the background, that are ink (far from the background),
// and that are each of a theme's colours.
type stats struct {
	w, h       int
	background float64
	ink        float64
	colours    map[string]float64 // name -> share of pixels within a small distance
}

// themeColours names the colours a timeline draws in, in a fixed order.
func themeColours(th theme.Theme) [][2]string {
	out := [][2]string{{"text", th.Text}, {"muted", th.Muted}, {"grid", th.Grid}, {"axis", th.Axis},
		{"event", th.Event.Stroke}, {"event-fill", th.Event.Fill},
		{"person", th.Person.Stroke}, {"organization", th.Organization.Stroke}}
	for _, st := range casefile.Statuses {
		s, _ := th.Status(string(st))
		out = append(out, [2]string{string(st), s.Stroke})
	}
	return out
}

// measure computes the statistics of img drawn in th.
func measure(img image.Image, th theme.Theme) stats {
	bg, _ := scene.ParseColour(th.Background)
	named := themeColours(th)
	want := make([]color.NRGBA, len(named))
	for i, n := range named {
		want[i], _ = scene.ParseColour(n[1])
	}
	counts := make([]int, len(named))
	r := img.Bounds()
	rgba, ok := img.(*image.RGBA)
	if !ok {
		rgba = image.NewRGBA(r)
		draw2.Draw(rgba, r, img, r.Min, draw2.Src)
	}
	nbg, nink := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := rgba.Pix[(y-r.Min.Y)*rgba.Stride:]
		for x := 0; x < r.Dx(); x++ {
			p := row[4*x : 4*x+4]
			c := color.NRGBA{p[0], p[1], p[2], p[3]} // opaque: the picture has a background
			if c == bg {
				nbg++
				continue
			}
			if dist(c, bg) > 96 {
				nink++
			}
			for i, w := range want {
				if dist(c, w) <= 8 {
					counts[i]++
				}
			}
		}
	}
	n := float64(r.Dx() * r.Dy())
	st := stats{w: r.Dx(), h: r.Dy(), background: float64(nbg) / n, ink: float64(nink) / n, colours: map[string]float64{}}
	for i, nm := range named {
		if counts[i] >= 20 {
			st.colours[nm[0]] += float64(counts[i]) / n
		}
	}
	return st
}

// dist is the largest difference of two colours' channels.
func dist(a, b color.NRGBA) int {
	d := 0
	for _, p := range [][2]uint8{{a.R, b.R}, {a.G, b.G}, {a.B, b.B}} {
		d = max(d, int(math.Abs(float64(p[0])-float64(p[1]))))
	}
	return d
}

// String writes the statistics as the golden files hold them.
func (s stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "size %dx%d\nbackground %.4f\nink %.4f\n", s.w, s.h, s.background, s.ink)
	names := make([]string, 0, len(s.colours))
	for n := range s.colours {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "colour %s %.5f\n", n, s.colours[n])
	}
	return b.String()
}

// parseStats reads what String writes.
func parseStats(t *testing.T, text string) stats {
	st := stats{colours: map[string]float64{}}
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		f := strings.Fields(l)
		var err error
		switch {
		case len(f) == 2 && f[0] == "size":
			_, err = fmt.Sscanf(f[1], "%dx%d", &st.w, &st.h)
		case len(f) == 2 && f[0] == "background":
			st.background, err = strconv.ParseFloat(f[1], 64)
		case len(f) == 2 && f[0] == "ink":
			st.ink, err = strconv.ParseFloat(f[1], 64)
		case len(f) == 3 && f[0] == "colour":
			st.colours[f[1]], err = strconv.ParseFloat(f[2], 64)
		default:
			t.Fatalf("bad golden line %q", l)
		}
		if err != nil {
			t.Fatalf("bad golden line %q: %v", l, err)
		}
	}
	return st
}

// TestPNGGolden draws the bundled case's timelines as PNGs and compares
// their pixel statistics, not their bytes, with testdata/*.stats: the
// same size, the shares of background and ink within a hundredth (of the
// picture), and the same theme colours present, each within a quarter of
// its share. Rewrite them with go test ./timeline/draw -update and read
// the diff.
func TestPNGGolden(t *testing.T) {
	c := testcase.Seed(t)
	for _, g := range []struct {
		name string
		o    timeline.Options
		th   theme.Theme
	}{
		{"horizontal-light", timeline.Options{}, theme.Light()},
		{"horizontal-dark", timeline.Options{}, theme.Dark()},
		{"horizontal-print", timeline.Options{}, theme.Print()},
		{"vertical-light", timeline.Options{Orientation: timeline.Vertical}, theme.Light()},
	} {
		t.Run(g.name, func(t *testing.T) {
			_, img, b := drawPNG(t, c, g.o, g.th)
			if g.name == "horizontal-light" {
				if _, _, again := drawPNG(t, c, g.o, g.th); !bytes.Equal(b, again) {
					t.Error("two drawings of the same timeline differ")
				}
			}
			got := measure(img, g.th)
			path := filepath.Join("testdata", g.name+".stats")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v: write it with go test ./timeline/draw -update", err)
			}
			want := parseStats(t, string(text))
			if got.w != want.w || got.h != want.h {
				t.Errorf("size %dx%d, want %dx%d", got.w, got.h, want.w, want.h)
			}
			if math.Abs(got.background-want.background) > 0.01 || math.Abs(got.ink-want.ink) > 0.01 {
				t.Errorf("background %.4f ink %.4f, want %.4f and %.4f", got.background, got.ink, want.background, want.ink)
			}
			for n, w := range want.colours {
				if g, ok := got.colours[n]; !ok || math.Abs(g-w) > w/4+1e-4 {
					t.Errorf("colour %s covers %.5f of the picture, want %.5f", n, g, w)
				}
			}
			for n := range got.colours {
				if _, ok := want.colours[n]; !ok {
					t.Errorf("colour %s is drawn (%.5f), the golden has none", n, got.colours[n])
				}
			}
			if t.Failed() {
				t.Logf("got:\n%s", got)
			}
		})
	}
}

// TestEveryCasePNG draws every case of the repository in both
// orientations as a PNG: it decodes, is the scene's size at 2×, has the
// background in its corners, ink between 1% and 40% of its pixels, and
// the theme's text and event colours; and every item of the scene is
// drawn by an element of the drawing model.
func TestEveryCasePNG(t *testing.T) {
	th := theme.Light()
	bg, _ := scene.ParseColour(th.Background)
	cases := testcase.RepoCases(t)
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, o := range []timeline.Orientation{timeline.Horizontal, timeline.Vertical} {
			t.Run(name+"/"+string(o), func(t *testing.T) {
				t.Parallel()
				s, img, _ := drawPNG(t, cases[name], timeline.Options{Orientation: o}, th)
				checkCovered(t, s, th)
				r := img.Bounds()
				for _, p := range []image.Point{{0, 0}, {r.Dx() - 1, 0}, {0, r.Dy() - 1}, {r.Dx() - 1, r.Dy() - 1}} {
					if got := color.NRGBAModel.Convert(img.At(p.X, p.Y)); got != bg {
						t.Errorf("corner %v is %v, want the background %v", p, got, bg)
					}
				}
				st := measure(img, th)
				if st.ink < 0.01 || st.ink > 0.4 {
					t.Errorf("ink covers %.3f of the picture", st.ink)
				}
				for _, n := range []string{"text", "event"} {
					if st.colours[n] == 0 {
						t.Errorf("no pixel in the %s colour", n)
					}
				}
				t.Logf("%dx%d px, background %.3f, ink %.3f", st.w, st.h, st.background, st.ink)
			})
		}
	}
}

// checkCovered checks that every item of s that draws something becomes
// one element of the drawing model, in order, of the kind its shape
// draws.
func checkCovered(t *testing.T, s *timeline.Scene, th theme.Theme) {
	t.Helper()
	sc, err := draw.Scene(s, th)
	if err != nil {
		t.Fatal(err)
	}
	var got []scene.Kind
	sc.Walk(func(e *scene.Element, _ []*scene.Element) {
		if e.Kind != scene.Group {
			got = append(got, e.Kind)
		}
	})
	var want []scene.Kind
	for _, it := range s.Items {
		switch {
		case it.Shape == timeline.ShapeText && len(it.Lines) == 0,
			(it.Shape == timeline.ShapeLine || it.Shape == timeline.ShapePolygon) && len(it.Points) < 2:
			continue
		}
		want = append(want, shapes[it.Shape])
	}
	if len(got) != len(want) {
		t.Fatalf("%d elements drawn for %d items", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("element %d is a %s, want a %s", i, got[i], want[i])
		}
	}
}
