package textmetrics

import (
	"os"
	"testing"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// fontFiles are the TTFs the tables were generated from, as installed by
// Debian's fonts-liberation2. TestTablesMatchFont is skipped without them.
var fontFiles = [2]string{
	"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
	"/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
}

// loadFont parses a TTF, skipping the test when the file is absent.
func loadFont(t *testing.T, path string) *sfnt.Font {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not installed (apt-get install fonts-liberation2)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestTablesMatchFont checks the embedded advance of every code point the
// font covers against the font itself, and the vertical metrics.
func TestTablesMatchFont(t *testing.T) {
	for style, path := range fontFiles {
		f := loadFont(t, path)
		var buf sfnt.Buffer
		if got := int(f.UnitsPerEm()); got != unitsPerEm {
			t.Fatalf("%s: units per em %d, table has %d", path, got, unitsPerEm)
		}
		ppem := fixed.I(unitsPerEm)
		m, err := f.Metrics(&buf, ppem, font.HintingNone)
		if err != nil {
			t.Fatal(err)
		}
		if m.Ascent.Round() != ascentUnits || m.Descent.Round() != descentUnits || m.CapHeight.Round() != capHeightUnits {
			t.Errorf("%s: ascent %d descent %d cap height %d, tables have %d %d %d", path,
				m.Ascent.Round(), m.Descent.Round(), m.CapHeight.Round(), ascentUnits, descentUnits, capHeightUnits)
		}
		checked := 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			gi, err := f.GlyphIndex(&buf, r)
			if err != nil {
				t.Fatal(err)
			}
			if gi == 0 || unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc, unicode.Co) {
				continue // not in the font, or zero by the package's policy
			}
			a, err := f.GlyphAdvance(&buf, gi, ppem, font.HintingNone)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := advance(r, style), int64(a.Round()); got != want {
				t.Errorf("%s: %U advance %d in the table, %d in the font", path, r, got, want)
			}
			checked++
		}
		t.Logf("%s: %d code points checked", path, checked)
		if checked < 2000 {
			t.Errorf("%s: only %d code points checked", path, checked)
		}
	}
}
