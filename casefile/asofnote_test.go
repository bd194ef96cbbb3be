package casefile_test

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

func TestAsOfNote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2023-03-21", "As known on 21 March 2023"},
		{"2023-03", "As known by the end of March 2023"},
		{"2023-22", "As known by the end of summer 2023"},
		{"2023-24", "As known by the end of winter 2023"},
		{"1900", "As known by the end of 1900"},
		{"-0099", "As known by the end of 100 BCE"},
		{"2023-03-22T21:30-04:00", "As known on 22 March 2023 at 21:30 UTC−4"},
		{"2023-03-22T21:30:15Z", "As known on 22 March 2023 at 21:30:15 UTC"},
		{"2023-03-XX", "As known by the end of March 2023"},
		{"2023-XX", "As known by the end of 2023"},
		{"201X", "As known by the end of 2019"},
		{"2021/2023-03", "As known by the end of March 2023"},
	} {
		if got := casefile.AsOfNote(edtf.MustParse(c.in)); got != c.want {
			t.Errorf("AsOfNote(%s) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := casefile.AsOfNote(edtf.Value{}); got != "" {
		t.Errorf("AsOfNote(zero) = %q, want \"\"", got)
	}
}
