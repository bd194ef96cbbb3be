package diagram

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

func TestStanceText(t *testing.T) {
	tests := []struct {
		s    casefile.Stance
		date string
		want string
	}{
		{casefile.StanceDenies, "2023-03-21", "denies, 21 Mar 2023"},
		{casefile.StancePartlyConfirms, "", "partly confirms"},
		{casefile.StanceRetracts, "2024", "retracts, 2024"},
		{casefile.StanceConfirms, "2023-03-22/..", "confirms, since 22 Mar 2023"},
		{casefile.StanceDeclinesComment, "2019-23", "declines to comment, Autumn 2019"},
	}
	for _, tt := range tests {
		var d edtf.Value
		if tt.date != "" {
			d = edtf.MustParse(tt.date)
		}
		if got := stanceText(tt.s.Words().Present, d); got != tt.want {
			t.Errorf("stanceText(%s, %q) = %q, want %q", tt.s, tt.date, got, tt.want)
		}
	}
}
