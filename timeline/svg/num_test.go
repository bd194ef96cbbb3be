package svg

import "testing"

func TestNum(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {1, "1"}, {1.5, "1.5"}, {1.25, "1.25"}, {1.256, "1.26"}, {-0.001, "0"}, {1200, "1200"}, {-3.1, "-3.1"},
	} {
		if got := num(c.in); got != c.want {
			t.Errorf("num(%g) = %q, want %q", c.in, got, c.want)
		}
	}
}
