package diagram

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

func TestHumanDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"2021-02-15", "15 Feb 2021"},
		{"2021-02", "Feb 2021"},
		{"2021", "2021"},
		{"2019-21", "spring 2019"},
		{"2019-22", "summer 2019"},
		{"2019-23", "autumn 2019"},
		{"2019-24", "winter 2019"},
		{"2019?", "2019?"},
		{"2019~", "c. 2019"},
		{"2019%", "c. 2019?"},
		{"201X", "2010s"},
		{"20XX", "2000s"},
		{"2021-XX", "2021"},
		{"1985-04-XX", "Apr 1985"},
		{"-0044", "45 BCE"},
		{"0000", "1 BCE"},
		{"Y170000002", "170000002"},
		{"2023-03-22T21:30-04:00", "22 Mar 2023 21:30"},
		{"2018-12-10/2021-09-24", "10 Dec 2018 – 24 Sep 2021"},
		{"2021-02-03/2021-02-05", "3–5 Feb 2021"},
		{"2021-02/2021-04", "Feb – Apr 2021"},
		{"2019/2021", "2019 – 2021"},
		{"2023-03-22/..", "since 22 Mar 2023"},
		{"2023-03-22/", "from 22 Mar 2023"},
		{"../2019", "until 2019"},
		{"/2019", "until 2019"},
		{"2019~/2020?", "c. 2019 – 2020?"},
	}
	for _, tt := range tests {
		var v edtf.Value
		if tt.in != "" {
			var err error
			v, err = edtf.Parse(tt.in)
			if err != nil {
				t.Errorf("Parse(%q): %v", tt.in, err)
				continue
			}
		}
		if got := humanDate(v); got != tt.want {
			t.Errorf("humanDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStanceText(t *testing.T) {
	tests := []struct {
		s    casefile.Stance
		date string
		want string
	}{
		{casefile.StanceDenies, "2023-03-21", "denies 21 Mar 2023"},
		{casefile.StancePartlyConfirms, "", "partially confirms"},
		{casefile.StanceDeclinesComment, "2019-23", "declines to comment autumn 2019"},
	}
	for _, tt := range tests {
		var d edtf.Value
		if tt.date != "" {
			d = edtf.MustParse(tt.date)
		}
		if got := stanceText(tt.s, d); got != tt.want {
			t.Errorf("stanceText(%s, %q) = %q, want %q", tt.s, tt.date, got, tt.want)
		}
	}
}
