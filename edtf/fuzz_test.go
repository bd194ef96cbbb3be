package edtf

import (
	"errors"
	"testing"
)

// FuzzParse checks that Parse never panics, that every error is an *Error
// wrapping ErrInvalid with an offset inside the input, and that a parsed
// value prints to a canonical string that parses back to an equal value.
func FuzzParse(f *testing.F) {
	for _, tc := range validCases {
		f.Add(tc.in)
	}
	for _, tc := range invalidCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Parse(%q): error %v is not an *Error wrapping ErrInvalid", s, err)
			}
			if e.Input != s || e.Offset < 0 || e.Offset > len(s) || e.Msg == "" {
				t.Fatalf("Parse(%q): bad error %+v", s, e)
			}
			if !v.IsZero() {
				t.Fatalf("Parse(%q) returned %+v with its error", s, v)
			}
			return
		}
		if v.IsZero() {
			t.Fatalf("Parse(%q) returned the zero Value without an error", s)
		}
		canon := v.String()
		if got := string(v.AppendString([]byte("x"))); got != "x"+canon {
			t.Fatalf("Parse(%q).AppendString(x) = %q, want x%s", s, got, canon)
		}
		back, err := Parse(canon)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not parse: %v", s, canon, err)
		}
		if back != v {
			t.Fatalf("Parse(%q) = %+v, but Parse(%q) = %+v", s, v, canon, back)
		}
		if back.String() != canon {
			t.Fatalf("String is not stable: %q, then %q", canon, back.String())
		}
		if v.Upper().Before(v.Lower()) {
			t.Fatalf("Parse(%q): Upper %v before Lower %v", s, v.Upper(), v.Lower())
		}
		if v.Compare(back) != 0 {
			t.Fatalf("Parse(%q).Compare(itself) != 0", s)
		}
	})
}
