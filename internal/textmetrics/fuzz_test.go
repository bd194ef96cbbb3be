package textmetrics

import "testing"

func FuzzWrap(f *testing.F) {
	seeds := []string{
		"", " ", "Han Dong", "Yves-François Blanchet met Han Dong", "中华人民共和国",
		"今天下雨。明天晴", "他说「你好」。", "e\u0301e\u0301", "👨\u200d👩\u200d👧👍🏽", "🇫🇷🇩🇪🇫",
		"\u0301abc", "a\u200d", "\xff\xfe", "\xe3 \x80\x80", "one\u200btwo", "10\u00a0km", "Москва שלום مرحبا",
		"a\u3000b\u2028c\td\r\ne", "2021-02-15", "x-", "-y", "\u1112\u1161\u11ab",
	}
	for i, s := range seeds {
		f.Add(s, uint8(48), int16(i*40), i%2 == 0)
	}
	f.Fuzz(func(t *testing.T, s string, size uint8, max int16, bold bool) {
		sz, mx := float64(size)/4, float64(max)/4
		lines := Wrap(s, sz, bold, mx)
		checkLines(t, s, sz, bold, mx, lines)
		if tr := Truncate(s, sz, bold, mx); tr != "" && Width(tr, sz, bold) > mx {
			t.Errorf("Truncate(%q, %v, %v, %v) = %q is %v wide", s, sz, bold, mx, tr, Width(tr, sz, bold))
		}
	})
}
