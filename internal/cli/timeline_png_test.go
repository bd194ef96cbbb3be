package cli

import (
	"bytes"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/theme"
)

// TestTimelinePNG writes the bundled case's timelines as PNGs through the
// command line: twice the designed width (700 px horizontal, 360 px
// vertical) or --scale times it, the theme's background, and nothing
// written for a case with errors.
func TestTimelinePNG(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args  []string
		width int
		bg    string
	}{
		{[]string{"timeline"}, 1400, theme.Light().Background},
		{[]string{"timeline", "--orientation", "vertical", "--theme", "dark"}, 720, theme.Dark().Background},
		{[]string{"timeline", "--theme", "auto", "--width", "500"}, 1000, theme.Light().Background},
		{[]string{"timeline", "--scale", "1"}, 700, theme.Light().Background},
		{[]string{"timeline", "--orientation", "vertical", "--scale", "3", "--theme", "print"}, 1080, theme.Print().Background},
	}
	for _, tt := range tests {
		out := filepath.Join(dir, "t.png")
		r := runCLI(t, append(tt.args, "-o", out)...)
		if r.code != ExitOK || r.stderr != "" {
			t.Fatalf("%v: exit %d, %q", tt.args, r.code, r.stderr)
		}
		b, _ := os.ReadFile(out)
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if img.Bounds().Dx() != tt.width {
			t.Errorf("%v: %d px wide, want %d", tt.args, img.Bounds().Dx(), tt.width)
		}
		got := color.NRGBAModel.Convert(img.At(0, img.Bounds().Dy()-1)).(color.NRGBA)
		want, err := scene.ParseColour(tt.bg)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%v: corner %v, want the background %s", tt.args, got, tt.bg)
		}
	}
	bad := writeCase(t, map[string]string{"case.yaml": "events:\n  - id: a\n    title: A\n    date: not-a-date\n"})
	out := filepath.Join(dir, "bad.png")
	if r := runCLI(t, "timeline", bad, "-o", out); r.code != ExitInvalid {
		t.Errorf("bad case: exit %d, %q", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a PNG was written for a case with errors: %v", err)
	}
}
