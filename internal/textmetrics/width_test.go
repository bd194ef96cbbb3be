package textmetrics

import (
	"math"
	"testing"
	"unicode/utf8"
)

// Advances of Liberation Sans in font units (2048 per em), regular/bold,
// as read from the TTFs (TestTablesMatchFont checks every code point):
// space 569/569, H 1479/1479, D 1479/1479, a 1139/1139, n o g 1139/1251,
// CJK 2048 (1 em, not in the font), fallback 1229 (0.6 em).
func TestWidthUnits(t *testing.T) {
	tests := []struct {
		name    string
		s       string
		regular int64
		bold    int64
	}{
		{"empty", "", 0, 0},
		{"latin", "Han Dong", 9222, 9670}, // 1479+1139+1139+569+1479+1139+1139+1139
		{"latin-1 and hyphen", "Yves-François Blanchet", 21627, 23219},
		{"cyrillic", "Москва", 6992, 7519},
		{"greek", "Ελλάδα", 6922, 7404},
		{"hebrew", "שלום", 4501, 4913},
		{"cjk is 1 em each", "中华人民共和国", 7 * 2048, 7 * 2048},
		{"mixed latin and cjk", "Han Dong 韩东", 9222 + 569 + 2*2048, 9670 + 569 + 2*2048},
		{"hangul", "한국", 2 * 2048, 2 * 2048},
		{"hangul jamo join into one block", "\u1112\u1161\u11ab", 2048, 2048},
		{"fullwidth", "Ａ", 2048, 2048},
		{"combining acute adds nothing", "e\u0301", 1139, 1139},
		{"precomposed", "é", 1139, 1139},
		{"zero-width space", "a\u200bb", 2278, 2390},
		{"bom, zwj, bidi override", "\ufeff\u200d\u202e", 0, 0},
		{"tab and newline", "\t\n", 0, 0},
		{"soft hyphen", "\u00ad", 0, 0},
		{"arabic falls back to 0.6 em", "مرحبا", 5 * 1229, 5 * 1229},
		{"devanagari marks are 0", "नमस्ते", 4 * 1229, 4 * 1229},
		{"emoji", "👍", 2048, 2048},
		{"symbol not in font", "❤", 2048, 2048},
		{"ellipsis", "…", 2048, 2048},
		{"euro and em dash", "€—", 1139 + 2048, 1139 + 2048},
		{"invalid utf-8 is U+FFFD", "\xff", 2048, 2048},
		{"ipa", "ʃ", 455, 682},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Width(tt.s, unitsPerEm, false); got != float64(tt.regular) {
				t.Errorf("Width(%q, regular) = %v units, want %d", tt.s, got, tt.regular)
			}
			if got := Width(tt.s, unitsPerEm, true); got != float64(tt.bold) {
				t.Errorf("Width(%q, bold) = %v units, want %d", tt.s, got, tt.bold)
			}
		})
	}
}

func TestWidthPixels(t *testing.T) {
	tests := []struct {
		s    string
		size float64
		bold bool
		want float64
	}{
		{"Han Dong", 16, false, 72.046875},
		{"Han Dong", 16, true, 75.546875},
		{"Yves-François Blanchet", 12, false, 126.720703125},
		{"Москва", 14, true, 51.3994140625},
		{"中华人民共和国", 16, false, 112},
		{"中华人民共和国", 13, true, 91},
		{"Han Dong", 0, false, 0},
		{"Han Dong", -3, false, 0},
		{"Han Dong", math.NaN(), false, 0},
		{"", math.Inf(1), false, 0},
		{"\u200b", math.Inf(1), false, 0},
	}
	for _, tt := range tests {
		if got := Width(tt.s, tt.size, tt.bold); got != tt.want {
			t.Errorf("Width(%q, %v, %v) = %v, want %v", tt.s, tt.size, tt.bold, got, tt.want)
		}
	}
}

func TestVertical(t *testing.T) {
	tests := []struct {
		name string
		f    func(float64) float64
		want float64 // at size 2048, in font units
	}{
		{"Ascent", Ascent, 1854},
		{"Descent", Descent, 434},
		{"CapHeight", CapHeight, 1409},
		{"XHeight", XHeight, 1082},
		{"LineHeight", LineHeight, 2560},
	}
	for _, tt := range tests {
		if got := tt.f(unitsPerEm); got != tt.want {
			t.Errorf("%s(2048) = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.f(-1); got != 0 {
			t.Errorf("%s(-1) = %v, want 0", tt.name, got)
		}
	}
	if LineHeight(16) < Ascent(16)+Descent(16) {
		t.Errorf("LineHeight(16) = %v is less than ascent plus descent %v", LineHeight(16), Ascent(16)+Descent(16))
	}
}

func TestClass(t *testing.T) {
	tests := []struct {
		r    rune
		want uint8
	}{
		{'a', classOther},
		{0x0301, classExtend}, // combining acute
		{0x05B4, classExtend}, // Hebrew point hiriq
		{0x0903, classExtend}, // Devanagari visarga (spacing mark)
		{0x200D, classExtend}, // zero-width joiner
		{0xFE0F, classExtend}, // variation selector 16
		{0x1F3FD, classExtend},
		{0x11A8, classExtend}, // Hangul final jamo
		{'中', classWide},
		{'あ', classWide},
		{'한', classWide},
		{'。', classWide},
		{'Ａ', classWide},
		{0x1F600, classWide},  // grinning face
		{0x20000, classWide},  // CJK extension B
		{0x2A6E0, classWide},  // unassigned, in an ideograph plane
		{0x1F1EB, classOther}, // regional indicator F
		{0x10FFFF, classOther},
		{-1, classOther},
	}
	for _, tt := range tests {
		if got := charClass(tt.r); got != tt.want {
			t.Errorf("charClass(%U) = %d, want %d", tt.r, got, tt.want)
		}
	}
}

func TestTablesWellFormed(t *testing.T) {
	if spanStart[0] != denseLen {
		t.Fatalf("first span starts at %U, want %U", spanStart[0], denseLen)
	}
	for i := 1; i < len(spanStart); i++ {
		if spanStart[i] <= spanStart[i-1] {
			t.Fatalf("spanStart[%d] = %U is not above spanStart[%d] = %U", i, spanStart[i], i-1, spanStart[i-1])
		}
	}
	if last := spanStart[len(spanStart)-1]; last > utf8.MaxRune {
		t.Fatalf("last span starts at %U, beyond Unicode", last)
	}
	if len(spanStart) > 1<<16 {
		t.Fatalf("%d spans do not fit the uint16 of pageSpan", len(spanStart))
	}
	for r := rune(denseLen); r <= utf8.MaxRune; r += 0x3F {
		i := span(r)
		if j := searchSpan(r, 0, len(spanStart)); i != j {
			t.Fatalf("span(%U) = %d, a search of all spans gives %d", r, i, j)
		}
		if spanStart[i] > r || i+1 < len(spanStart) && spanStart[i+1] <= r {
			t.Fatalf("span(%U) = %d covers %U..", r, i, spanStart[i])
		}
	}
}

func TestWidthDoesNotAllocate(t *testing.T) {
	s := "Yves-François Blanchet 中华人民共和国 Москва"
	if n := testing.AllocsPerRun(100, func() { Width(s, 12, true) }); n != 0 {
		t.Errorf("Width allocates %v times per call, want 0", n)
	}
}
