package edtf

import (
	"strings"
	"testing"
)

// benchInputs mixes the forms a case file holds.
var benchInputs = []string{
	"2021-02-15", "2019", "2019-22", "201X", "2004-06~/2006-08?",
	"2023-03-22T21:30-04:00", "1985-04-12/..", "Y170000002", "-0044",
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(benchInputs[i%len(benchInputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseError(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("2019-02-30"); err == nil {
			b.Fatal("no error")
		}
	}
}

func BenchmarkString(b *testing.B) {
	vals := make([]Value, len(benchInputs))
	for i, s := range benchInputs {
		vals[i] = MustParse(s)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = vals[i%len(vals)].String()
	}
}

func BenchmarkBounds(b *testing.B) {
	vals := make([]Value, len(benchInputs))
	for i, s := range benchInputs {
		vals[i] = MustParse(s)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		v := vals[i%len(vals)]
		_, _ = v.Lower(), v.Upper()
	}
}

// BenchmarkParseLongInvalid measures a long malformed input, whose cost
// grows with its length.
func BenchmarkParseLongInvalid(b *testing.B) {
	s := strings.Repeat("2019-02-15 - ", 200) + "/2019 to 2020"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(s); err == nil {
			b.Fatal("no error")
		}
	}
}
