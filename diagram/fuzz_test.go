package diagram

import (
	"testing"
)

func FuzzParseKinds(f *testing.F) {
	for _, s := range []string{"", "people", "all", "people,orgs", "x", ",,", " Events "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKinds(s)
		if err != nil {
			return
		}
		if k == 0 || k&^allKinds != 0 {
			t.Fatalf("ParseKinds(%q) = %#x", s, uint8(k))
		}
		again, err := ParseKinds(k.String())
		if err != nil || again != k {
			t.Fatalf("ParseKinds(%q) = %v does not read back: %v, %v", s, k, again, err)
		}
	})
}
