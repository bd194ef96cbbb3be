package svg_test

import (
	"bytes"
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/svg"
)

var update = flag.Bool("update", false, "rewrite golden files")

// render lays out c with opts and draws it with the named theme.
func render(t testing.TB, c *casefile.Case, opts timeline.Options, themeName string) []byte {
	t.Helper()
	s, err := timeline.Layout(c, opts)
	if err != nil {
		t.Fatal(err)
	}
	th, err := theme.ByName(themeName)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := svg.Render(&b, s, th); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// compareGolden compares got with testdata/name, or rewrites it with -update.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	testcase.Golden(t, filepath.Join("testdata", name), got, *update)
}

// goldens are the seed case drawings kept as golden files.
var goldens = []struct {
	name  string
	opts  timeline.Options
	theme string
}{
	{"horizontal-light", timeline.Options{}, "light"},
	{"horizontal-dark", timeline.Options{}, "dark"},
	{"horizontal-print", timeline.Options{}, "print"},
	{"vertical-light", timeline.Options{Orientation: timeline.Vertical}, "light"},
	{"vertical-dark", timeline.Options{Orientation: timeline.Vertical}, "dark"},
	{"vertical-print", timeline.Options{Orientation: timeline.Vertical}, "print"},
	{"horizontal-claims-full", timeline.Options{Claims: timeline.ClaimsFull}, "light"},
	{"vertical-claims-full", timeline.Options{Orientation: timeline.Vertical, Claims: timeline.ClaimsFull}, "light"},
	{"horizontal-as-of", timeline.Options{AsOf: edtf.MustParse("2023-03-21")}, "light"},
}

func TestGoldenSVG(t *testing.T) {
	c := testcase.Seed(t)
	for _, g := range goldens {
		t.Run(g.name, func(t *testing.T) {
			got := render(t, c, g.opts, g.theme)
			compareGolden(t, g.name+".svg", got)
			again := render(t, c, g.opts, g.theme)
			if !bytes.Equal(got, again) {
				t.Error("two renderings of the same input differ")
			}
		})
	}
}

func TestThemesAndClasses(t *testing.T) {
	c := testcase.Seed(t)
	for _, th := range []string{"light", "dark", "auto", "print"} {
		doc := string(render(t, c, timeline.Options{}, th))
		// Only auto follows the reader's scheme: light stays light in a
		// dark-mode browser, on the white page it was made for.
		dark := strings.Contains(doc, "@media (prefers-color-scheme:dark){")
		if dark != (th == "auto") {
			t.Errorf("%s: dark-scheme block present = %v", th, dark)
		}
		for _, want := range []string{
			`class="eg-event eg-point"`, `class="eg-claim eg-disputed"`, `eg-claim eg-partly-confirmed eg-badge`,
			`class="eg-lane eg-person"`, `class="eg-lane eg-organization"`, `class="eg-legend"`, `class="eg-sources"`,
			`<pattern id="`, `-hatch-disputed"`, `font-family="Arial`,
		} {
			if !strings.Contains(doc, want) {
				t.Errorf("%s: the SVG lacks %s", th, want)
			}
		}
		th2, _ := theme.ByName(th)
		if !strings.Contains(doc, "{fill:"+th2.Background+"}") {
			t.Errorf("%s: the background %s is not drawn", th, th2.Background)
		}
	}
}

func TestRenderNilScene(t *testing.T) {
	if err := svg.Render(&bytes.Buffer{}, nil, theme.Light()); !errors.Is(err, svg.ErrNoScene) {
		t.Errorf("Render(nil) error = %v", err)
	}
	if err := svg.Render(&bytes.Buffer{}, &timeline.Scene{}, theme.Theme{}); err == nil {
		t.Error("Render with an empty theme: want an error")
	}
}
