package edtf

import "testing"

func TestAppendString(t *testing.T) {
	for _, tc := range validCases {
		v, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		if got, want := string(v.AppendString([]byte("x,"))), "x,"+v.String(); got != want {
			t.Errorf("Parse(%q).AppendString(\"x,\") = %q, want %q", tc.in, got, want)
		}
		b := make([]byte, 0, 64)
		if n := testing.AllocsPerRun(10, func() { b = v.AppendString(b[:0]) }); n != 0 {
			t.Errorf("Parse(%q).AppendString allocates %v times into room enough", tc.in, n)
		}
	}
	if got := string(Value{}.AppendString([]byte("x"))); got != "x" {
		t.Errorf("Value{}.AppendString(\"x\") = %q, want \"x\"", got)
	}
	for _, tc := range []struct {
		y    int64
		want string
	}{{0, "0000"}, {5, "0005"}, {44, "0044"}, {-44, "-0044"}, {999, "0999"}, {1000, "1000"}, {9999, "9999"}, {-9999, "-9999"}, {10000, "Y10000"}, {-170000002, "Y-170000002"}} {
		if got := formatYear(tc.y); got != tc.want {
			t.Errorf("formatYear(%d) = %q, want %q", tc.y, got, tc.want)
		}
	}
}
