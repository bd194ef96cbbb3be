package gen

import (
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
)

// dateFields collects the text of every date, made and reported field below v.
func dateFields(v any, out *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && (k == "date" || k == "made" || k == "reported") {
				*out = append(*out, s)
				continue
			}
			dateFields(x, out)
		}
	case []any:
		for _, x := range v {
			dateFields(x, out)
		}
	case []map[string]any:
		for _, x := range v {
			dateFields(x, out)
		}
	}
}

func TestDatesAreEDTF(t *testing.T) {
	var dates []string
	for _, d := range decodeAll(t, Files(Options{Events: 600, Seed: 11})) {
		for _, kind := range [][]map[string]any{d.Sources, d.Events, d.Claims, d.Relations} {
			dateFields(kind, &dates)
		}
	}
	if len(dates) < 600 {
		t.Fatalf("only %d dates found", len(dates))
	}
	precisions := map[edtf.Precision]int{}
	intervals := 0
	for _, s := range dates {
		v, err := edtf.Parse(s)
		if err != nil {
			t.Errorf("%q: %v", s, err)
			continue
		}
		if v.IsInterval {
			intervals++
		} else {
			precisions[v.Date.Precision]++
		}
	}
	for _, p := range []edtf.Precision{edtf.PrecisionYear, edtf.PrecisionSeason, edtf.PrecisionMonth, edtf.PrecisionDay, edtf.PrecisionMinute, edtf.PrecisionSecond} {
		if precisions[p] == 0 {
			t.Errorf("no date of precision %d among %d dates", p, len(dates))
		}
	}
	if intervals == 0 {
		t.Error("no intervals")
	}
}
