package explore

import (
	"strings"
	"testing"
)

func TestGlyphSample(t *testing.T) {
	many := make([]Node, 0, 100)
	for r := rune(0x4e00); len(many) < 100; r += 0x80 {
		many = append(many, Node{Label: string(r) + string(r+1)})
	}
	for _, tc := range []struct {
		name string
		d    Data
		want string
	}{
		{"ASCII and Latin-1 need no sample", Data{Title: "Han Dong", Nodes: []Node{{Label: "Café Zürich", Desc: "naïve"}}}, ""},
		{"one character of each range of 128, in record order",
			Data{Title: "Moscow Москва", Nodes: []Node{
				{Label: "Tokyo 東京", Desc: "Санкт-Петербург"},
				{Place: "北京", Aliases: []string{"Ελλάδα"}},
				{Tags: []string{"東"}, Responses: []Response{{Quote: "“quoted” — ok"}}},
			}},
			"М東京北Ε“"}, // 東 U+6771 and 京 U+4EAC lie in different ranges; — shares “'s
		{"at most glyphsMax", Data{Nodes: many}, func() string {
			var b strings.Builder
			for r := rune(0x4e00); b.Len() < glyphsMax*3; r += 0x80 {
				b.WriteRune(r)
			}
			return b.String()
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := glyphSample(&tc.d); got != tc.want {
				t.Errorf("glyphSample = %q, want %q", got, tc.want)
			}
		})
	}
}
