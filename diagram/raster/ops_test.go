package raster

import (
	"errors"
	"reflect"
	"testing"
)

func TestParseOps(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Op
	}{
		{"empty", "", nil},
		{"ellipse", "e 108.5 106.8 108.5 18 ", []Op{{Code: 'e', Points: []Point{{108.5, 106.8}, {108.5, 18}}}}},
		{"filled ellipse", "E 1 2 3 4", []Op{{Code: 'E', Points: []Point{{1, 2}, {3, 4}}}}},
		{"polygon and colours", "c 9 -#fffffe00 C 7 -#ffffff P 4 -21.6 -21.6 -21.6 436.18 930.51 436.18 930.51 -21.6 ", []Op{
			{Code: 'c', Text: "#fffffe00"}, {Code: 'C', Text: "#ffffff"},
			{Code: 'P', Points: []Point{{-21.6, -21.6}, {-21.6, 436.18}, {930.51, 436.18}, {930.51, -21.6}}},
		}},
		{"unfilled polygon, polyline", "p 2 0 0 1 1 L 2 902.91 208.08 902.91 202.08", []Op{
			{Code: 'p', Points: []Point{{0, 0}, {1, 1}}},
			{Code: 'L', Points: []Point{{902.91, 208.08}, {902.91, 202.08}}},
		}},
		{"bezier and style", "S 17 -setlinewidth(1.5) S 6 -dotted B 4 1 2 3 4 5 6 7 8", []Op{
			{Code: 'S', Text: "setlinewidth(1.5)"}, {Code: 'S', Text: "dotted"},
			{Code: 'B', Points: []Point{{1, 2}, {3, 4}, {5, 6}, {7, 8}}},
		}},
		{"filled bezier", "b 7 0 0 1 1 2 2 3 3 4 4 5 5 6 6", []Op{
			{Code: 'b', Points: []Point{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}}},
		}},
		{"font, flags, text", "F 18 5 -Arial c 7 -#1a1a1a t 1 T 8 395.38 -1 571.04 9 -Han Dong ", []Op{
			{Code: 'F', Size: 18, Text: "Arial"}, {Code: 'c', Text: "#1a1a1a"}, {Code: 't', Flags: FlagBold},
			{Code: 'T', Points: []Point{{8, 395.38}}, Just: -1, Width: 571.04, Text: "Han Dong "},
		}},
		{"text with quotes and backslashes", `T 1 2 0 30 12 -say "hi" \ok T 3 4 1 5 1 -"`, []Op{
			{Code: 'T', Points: []Point{{1, 2}}, Width: 30, Text: `say "hi" \ok`},
			{Code: 'T', Points: []Point{{3, 4}}, Just: 1, Width: 5, Text: `"`},
		}},
		{"multi-byte text counted in bytes", "T 0 0 0 10 9 -中文 é F 9.5 5 -Arial", []Op{
			{Code: 'T', Points: []Point{{0, 0}}, Width: 10, Text: "中文 é"},
			{Code: 'F', Size: 9.5, Text: "Arial"},
		}},
		{"text of dashes and digits", "T 0 0 0 1 5 --1 -1", []Op{{Code: 'T', Points: []Point{{0, 0}}, Width: 1, Text: "-1 -1"}}},
		{"image", "I 1 2 3 4 5 -a.png", []Op{{Code: 'I', Points: []Point{{1, 2}, {3, 4}}, Text: "a.png"}}},
		{"line breaks between operations", "c 7 -#000000\nE 1 2 3 4", []Op{
			{Code: 'c', Text: "#000000"}, {Code: 'E', Points: []Point{{1, 2}, {3, 4}}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseOps(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseOps(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseOpsErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"X 1 2", `raster: bad xdot: unknown operation 'X' at byte 0`},
		{"Ex 1 2", `raster: bad xdot: unknown operation "Ex 1 2" at byte 0`},
		{"E 1 2 3", `raster: bad xdot: a number is missing at byte 7`},
		{"E 1 2 3 ", `raster: bad xdot: a number is missing at byte 8`},
		{"E 1 2 3 x", `raster: bad xdot: "x" at byte 8 is not a number`},
		{"E 1 2 3 NaN", `raster: bad xdot: "NaN" at byte 8 is not a number`},
		{"P 5 1 2", `raster: bad xdot: 5 points at byte 3 run past the end`},
		{"P 99999 1 2", `raster: bad xdot: "99999" at byte 2 is not a count`},
		{"P -1 1 2", `raster: bad xdot: "-1" at byte 2 is not a count`},
		{"P 0", `raster: bad xdot: P at byte 0 has no points`},
		{"B 3 0 0 1 1 2 2", `raster: bad xdot: B-spline at byte 0 has 3 points, not 3n+1`},
		{"T 1 2 3 4 1 -a", `raster: bad xdot: text justification 3 at byte 0 is not -1, 0 or 1`},
		{"T 1 2 0 4 5 -ab", `raster: bad xdot: text of 5 bytes at byte 13 runs past the end`},
		{"T 1 2 0 4 2 ab", `raster: bad xdot: text at byte 12 does not start with -`},
		{"c 7", `raster: bad xdot: "7" at byte 2 is not a count`},
		{"c 1 #", `raster: bad xdot: text at byte 4 does not start with -`},
		{"t 1.5", `raster: bad xdot: font flags 1.5 at byte 0`},
		{"F 9", `raster: bad xdot: "" at byte 3 is not a count`},
		{"T 1 2 0 4 2 -\xff", `raster: bad xdot: text of 2 bytes at byte 13 runs past the end`},
	}
	for _, tt := range tests {
		_, err := ParseOps(tt.in)
		if err == nil || !errors.Is(err, ErrXDOT) || err.Error() != tt.want {
			t.Errorf("ParseOps(%q) = %v, want %s", tt.in, err, tt.want)
		}
	}
}
