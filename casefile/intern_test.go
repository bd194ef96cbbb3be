package casefile

import (
	"strings"
	"testing"
	"unsafe"
)

// TestRepeatedValuesShared checks that the records of one file share a
// value written in it more than once (the parser gives each its own
// copy), and that long texts and other files' values are left as read.
func TestRepeatedValuesShared(t *testing.T) {
	title := strings.Repeat("a long title ", 6)
	c, err := loadFiles(t, map[string]string{
		"case.yaml": base + `  - id: second
    title: "` + title + `"
    date: 2021-03
    place: Ottawa
    participants: [{who: han-tao, role: consul general}, han-dong]
    sources: [gn-article]
  - id: third
    title: "` + title + `"
    date: 2021-04
    place: Ottawa
    participants: [han-dong]
    sources: [gn-article]
`,
		"more.yaml": `events:
  - id: fourth
    title: Another
    date: 2021-05
    place: Ottawa
`,
	})
	if err != nil {
		t.Fatal(err)
	}
	same := func(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }
	conv, second, third, fourth := c.Event("conversation"), c.Event("second"), c.Event("third"), c.Event("fourth")
	for _, tc := range []struct {
		what string
		a, b string
		want bool
	}{
		{"a cited source", conv.Sources[0], third.Sources[0], true},
		{"a participant", conv.Participants[0].Who, third.Participants[0].Who, true},
		{"a participant and the record's ID", second.Participants[1].Who, c.Person("han-dong").ID, true},
		{"a role", conv.Participants[1].Role, second.Participants[0].Role, true},
		{"a place", second.Place, third.Place, true},
		{"a place in another file", second.Place, fourth.Place, false},
		{"a title longer than maxInterned", second.Title, third.Title, false},
	} {
		if tc.a != tc.b {
			t.Fatalf("%s: %q and %q differ", tc.what, tc.a, tc.b)
		}
		if got := same(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: shared = %v, want %v", tc.what, got, tc.want)
		}
	}
}
