package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedTablesAreCurrent regenerates the tables from the installed
// fonts and compares them with the committed widths_gen.go, byte for byte.
// It is skipped where the fonts are not installed.
func TestCommittedTablesAreCurrent(t *testing.T) {
	regular := "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
	bold := "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
	for _, p := range []string{regular, bold} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not installed (apt-get install fonts-liberation2)", p)
		}
	}
	out := filepath.Join(t.TempDir(), "widths_gen.go")
	if err := run(regular, bold, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../widths_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("widths_gen.go differs from the generator's output: run go generate in internal/textmetrics")
	}
}

func TestMissingFont(t *testing.T) {
	err := run(filepath.Join(t.TempDir(), "none.ttf"), "b.ttf", filepath.Join(t.TempDir(), "out.go"))
	if err == nil {
		t.Fatal("run with a missing font file succeeded")
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		r     rune
		zero  bool
		wide  bool
		class int
	}{
		{'a', false, false, classOther},
		{0x0301, true, false, classExtend},
		{0x200B, true, false, classOther},
		{0x0600, false, false, classOther}, // Arabic number sign is drawn
		{0x1161, true, false, classExtend},
		{'中', false, true, classWide},
		{0x3FFFD, false, true, classWide},
	}
	for _, tt := range tests {
		if got := zeroWidth(tt.r); got != tt.zero {
			t.Errorf("zeroWidth(%U) = %v, want %v", tt.r, got, tt.zero)
		}
		if got := wide(tt.r); got != tt.wide {
			t.Errorf("wide(%U) = %v, want %v", tt.r, got, tt.wide)
		}
		if got := class(tt.r); got != tt.class {
			t.Errorf("class(%U) = %d, want %d", tt.r, got, tt.class)
		}
	}
}
