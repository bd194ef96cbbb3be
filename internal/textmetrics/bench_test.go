package textmetrics

import (
	"strings"
	"testing"
)

// Labels of the kinds a timeline measures.
var (
	benchLatin = "Yves-François Blanchet meets Han Dong in Hong Kong"
	benchCJK   = "韩东在香港会见了劳工权益活动人士"
	benchMixed = "Han Dong (韩东) — Москва, 2021-02-15"
	benchLong  = strings.Repeat("The China Labour Bulletin publishes a report on strikes in Guangdong. ", 8)
)

func BenchmarkWidth(b *testing.B) {
	for _, bc := range []struct{ name, s string }{
		{"latin", benchLatin}, {"cjk", benchCJK}, {"mixed", benchMixed},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.s)))
			for b.Loop() {
				Width(bc.s, 12, false)
			}
		})
	}
}

func BenchmarkWrap(b *testing.B) {
	for _, bc := range []struct{ name, s string }{
		{"latin", benchLatin}, {"cjk", benchCJK}, {"mixed", benchMixed}, {"paragraph", benchLong},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.s)))
			b.ReportAllocs()
			for b.Loop() {
				Wrap(bc.s, 12, false, 120)
			}
		})
	}
}

func BenchmarkTruncate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Truncate(benchLong, 12, false, 200)
	}
}
