package explore

import "testing"

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
		{"each character once, in record order",
			Data{Title: "Moscow Москва", Nodes: []Node{
				{Label: "Tokyo 東京", Desc: "Санкт-Петербург"},
				{Place: "北京", Aliases: []string{"Ελλάδα"}},
				{Tags: []string{"東"}, Responses: []Response{{Quote: "“quoted” — ok"}}},
			}},
			"Москва東京СнтПербуг北Ελάδα“”—"},
		{"at most glyphsMax", Data{Nodes: many}, func() string {
			var rs []rune
			for r := rune(0x4e00); len(rs) < glyphsMax; r += 0x80 {
				rs = append(rs, r, r+1)
			}
			return string(rs)
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := glyphSample(&tc.d); got != tc.want {
				t.Errorf("glyphSample = %q, want %q", got, tc.want)
			}
		})
	}
}
