package casefile

import "testing"

func TestStatusMeaning(t *testing.T) {
	tests := []struct {
		s    Status
		want string
	}{
		{StatusAlleged, "claim nobody has confirmed or denied"},
		{StatusDisputed, "claim denied or disputed"},
		{StatusConfirmed, "claim confirmed, nobody disputing it"},
		{StatusPartlyConfirmed, "claim partly confirmed, nobody disputing it"},
		{"rumoured", ""},
	}
	for _, tt := range tests {
		if got := tt.s.Meaning(); got != tt.want {
			t.Errorf("%q.Meaning() = %q, want %q", tt.s, got, tt.want)
		}
	}
}
