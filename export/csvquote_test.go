package export

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// The CSV tables quote every field as encoding/csv does.
func TestCSVQuotingMatchesEncodingCSV(t *testing.T) {
	fields := []string{"", "plain", `\.`, "a,b", `say "hi"`, "two\nlines", "cr\rx", " lead", "\tlead",
		"\u00a0nbsp", "\u2003em", "é", "trail ", `"`, "1667-01-01", "[1667,1668]"}
	for _, f := range fields {
		var want bytes.Buffer
		w := csv.NewWriter(&want)
		w.Write([]string{f, f})
		w.Flush()
		if got := table([][]string{{f, f}}); string(got) != want.String() {
			t.Errorf("%q: got %q, want %q", f, got, want.String())
		}
	}
}
