package textmetrics

import (
	"math"
	"slices"
	"testing"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name string
		s    string
		size float64
		bold bool
		max  float64
		want []string
	}{
		{"empty", "", 12, false, 100, []string{""}},
		{"only spaces", " \t\n ", 12, false, 100, []string{""}},
		{"fits", "Han Dong", 12, false, 100, []string{"Han Dong"}},
		{"collapses white space", "  Han \t\n Dong  ", 12, false, 100, []string{"Han Dong"}},
		// "Han Dong" is 54.03 px at 12 px regular and 56.66 px bold.
		{"exact fit", "Han Dong", 12, false, 54.03515625, []string{"Han Dong"}},
		{"just too narrow", "Han Dong", 12, false, 54.03, []string{"Han", "Dong"}},
		{"bold is wider", "Han Dong", 12, true, 54.03515625, []string{"Han", "Dong"}},
		{"latin", "Yves-François Blanchet met Han Dong", 12, false, 100,
			[]string{"Yves-François", "Blanchet met Han", "Dong"}},
		{"break after hyphen between letters", "Yves-François", 12, false, 50, []string{"Yves-", "François"}},
		{"no break after hyphen in a date", "2021-02-15", 12, false, 30, []string{"2021", "-02-1", "5"}},
		{"cjk", "中华人民共和国", 16, false, 50, []string{"中华人", "民共和", "国"}},
		{"cjk exact", "中华人民共和国", 16, false, 48, []string{"中华人", "民共和", "国"}},
		{"full stop never starts a line", "今天下雨。明天晴", 16, false, 64, []string{"今天下", "雨。明天", "晴"}},
		{"corner brackets", "他说「你好」。我们走吧", 16, false, 64, []string{"他说「你", "好」。我", "们走吧"}},
		{"mixed", "Han Dong (韩东) is a Chinese labour activist.", 14, false, 120,
			[]string{"Han Dong (韩东) is", "a Chinese labour", "activist."}},
		{"very long word", "Supercalifragilisticexpialidocious", 12, false, 60,
			[]string{"Supercalifr", "agilisticexp", "ialidocious"}},
		{"long word after short", "a Supercalifragilistic", 12, false, 60, []string{"a", "Supercalifr", "agilistic"}},
		{"max smaller than a character", "abc", 12, false, 1, []string{"a", "b", "c"}},
		{"max zero", "a b", 12, false, 0, []string{"a", "b"}},
		{"max NaN", "ab", 12, false, math.NaN(), []string{"a", "b"}},
		{"max infinite", "Yves-François Blanchet met Han Dong", 12, false, math.Inf(1),
			[]string{"Yves-François Blanchet met Han Dong"}},
		{"size zero fits anything", "Yves-François Blanchet", 0, false, 1, []string{"Yves-François Blanchet"}},
		{"combining marks stay with their base", "e\u0301e\u0301e\u0301", 12, false, 1,
			[]string{"e\u0301", "e\u0301", "e\u0301"}},
		{"emoji zwj sequence is one character", "👨\u200d👩\u200d👧👍", 12, false, 1,
			[]string{"👨\u200d👩\u200d👧", "👍"}},
		{"flags stay whole", "🇫🇷🇩🇪", 12, false, 1, []string{"🇫🇷", "🇩🇪"}},
		{"regional indicators pair up", "🇫🇫🇫", 12, false, 1, []string{"🇫🇫", "🇫"}},
		{"skin tone stays", "👍🏽👍", 12, false, 1, []string{"👍🏽", "👍"}},
		{"no-break space holds", "10\u00a0km away", 12, false, 30, []string{"10\u00a0k", "m", "away"}},
		{"zero-width space breaks", "one\u200btwo\u200bthree", 12, false, 40, []string{"one\u200btwo\u200b", "three"}},
		{"ideographic space collapses", "中文\u3000中文", 16, false, 40, []string{"中文", "中文"}},
		{"hebrew", "שלום עולם", 16, false, 40, []string{"שלום", "עולם"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.s, tt.size, tt.bold, tt.max)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Wrap(%q, %v, %v, %v) = %q, want %q", tt.s, tt.size, tt.bold, tt.max, got, tt.want)
			}
			checkLines(t, tt.s, tt.size, tt.bold, tt.max, got)
		})
	}
}

func TestWrapN(t *testing.T) {
	tests := []struct {
		s        string
		max      float64
		maxLines int
		want     []string
	}{
		{"Yves-François Blanchet met Han Dong", 100, 0, []string{"Yves-François", "Blanchet met Han", "Dong"}},
		{"Yves-François Blanchet met Han Dong", 100, 3, []string{"Yves-François", "Blanchet met Han", "Dong"}},
		{"Yves-François Blanchet met Han Dong", 100, 2, []string{"Yves-François", "Blanchet met H…"}},
		{"Yves-François Blanchet met Han Dong", 100, 1, []string{"Yves-François…"}},
		{"中华人民共和国", 50, 2, []string{"中华人民", "共和国"}},
		{"中华人民共和国", 50, 1, []string{"中华人…"}},
		{"abc", 1, 2, []string{"a", ""}},
	}
	for _, tt := range tests {
		got := WrapN(tt.s, 12, false, tt.max, tt.maxLines)
		if !slices.Equal(got, tt.want) {
			t.Errorf("WrapN(%q, 12, false, %v, %d) = %q, want %q", tt.s, tt.max, tt.maxLines, got, tt.want)
		}
		for _, line := range got {
			if w := Width(line, 12, false); w > tt.max && clusterCount(line) > 1 {
				t.Errorf("WrapN(%q): line %q is %v wide, more than %v", tt.s, line, w, tt.max)
			}
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		size float64
		bold bool
		max  float64
		want string
	}{
		{"", 12, false, 0, ""},
		{"Han Dong", 12, false, 100, "Han Dong"},
		{"Han Dong", 12, false, 54.03515625, "Han Dong"},
		{"Han Dong", 12, false, 54, "Han Do…"}, // 52.69 px
		{"Han Dong", 12, true, 54, "Han Do…"},  // 54 px exactly
		{"Han Dong", 12, true, 53.99, "Han D…"},
		{"Han Dong", 12, false, 40, "Han…"}, // no space before the ellipsis
		{"Yves-François Blanchet", 12, false, 60, "Yves-Fr…"},
		{"中华人民共和国", 16, false, 50, "中华…"},
		{"e\u0301e\u0301e\u0301", 12, false, 20, "e\u0301…"},
		{"Han Dong", 12, false, 12, "…"},
		{"Han Dong", 12, false, 11.9, ""},
		{"Han Dong", 12, false, math.NaN(), ""},
	}
	for _, tt := range tests {
		got := Truncate(tt.s, tt.size, tt.bold, tt.max)
		if got != tt.want {
			t.Errorf("Truncate(%q, %v, %v, %v) = %q, want %q", tt.s, tt.size, tt.bold, tt.max, got, tt.want)
		}
		if w := Width(got, tt.size, tt.bold); w > tt.max && got != "" {
			t.Errorf("Truncate(%q) = %q is %v wide, more than %v", tt.s, got, w, tt.max)
		}
	}
}
