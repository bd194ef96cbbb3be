package casefile

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/gen"
	"go.yaml.in/yaml/v3"
)

// loadArenas loads the case in fsys with the decoding goroutines' YAML
// arenas poisoned after each file (every text of the file's tree
// overwritten), or with no arena, and returns the dump of the case and the
// error's text.
func loadArenas(t *testing.T, fsys fs.FS, poison bool) string {
	t.Helper()
	defer func(n func() *yaml.Arena, r func(*yaml.Arena)) { newArena, resetArena = n, r }(newArena, resetArena)
	if poison {
		resetArena = (*yaml.Arena).Poison
	} else {
		newArena = func() *yaml.Arena { return nil }
	}
	c, err := Load(fsys, ".")
	out := errText(err)
	if c != nil {
		out += dump(c)
	}
	return out
}

// TestArenaKeepsNothing checks that the records keep no text of the YAML
// trees, which the decoding goroutines build in arenas and reuse for the
// next file: the case loaded with every arena poisoned after each file is
// the case loaded without arenas, errors and all.
func TestArenaKeepsNothing(t *testing.T) {
	big := bigEvents(maxArenaFile / 100)
	if len(big) <= maxArenaFile {
		t.Fatalf("the large file is %d bytes, not over %d", len(big), maxArenaFile)
	}
	long := strings.Repeat("a long text that outgrows the arena's chunk ", 900)
	cases := map[string]fs.FS{
		"full":      os.DirFS("testdata/full"),
		"han-dong":  os.DirFS("../data/han-dong"),
		"generated": gen.FS(gen.Options{Events: 1500, Seed: 7}),
		"long texts and aliases": mapFS(map[string]string{
			"a.yaml": base,
			"b.yaml": "events:\n  - id: long-1\n    title: \"" + long[:3000] + "\"\n    date: 2021-03\n    description: |\n      " + long[:1500] + "\n      " + long + "\n    participants: &who [han-dong, {who: han-tao, role: &role witness}]\n" +
				"  - id: long-2\n    title: " + long[:2100] + "\n    date: 2021-04-01?\n    place: ~\n    participants: *who\n    tags: [*role, 'x', \"y\"]\n",
		}),
		"a file too large for an arena among small ones": mapFS(map[string]string{
			"a.yaml":   base,
			"big.yaml": big,
			"c.yaml":   "events:\n  - {id: after-big, title: After, date: 2021-05, participants: [han-dong]}\n",
		}),
		"errors": mapFS(map[string]string{
			"a.yaml": base,
			"b.yaml": "events:\n  - id: bad-1\n    title: Bad\n    date: 2021-13\n    participants: [nobody, han-dong]\n    sourcse: [gn-article]\n  - id: bad-2\n    title: [x]\n    date: null\n    sources: [missing-source]\n" +
				"claims:\n  - id: c1\n    statement: S\n    about: [han-dong, no-one]\n    sources: [gn-article]\n    claimants: [han-tao, {who: nobody-else}]\n",
			"c.yaml": "people:\n  - id: han-dong\n    name: Again\n  - {id: \"\", name: Empty}\n",
		}),
	}
	for name, fsys := range cases {
		t.Run(name, func(t *testing.T) {
			want := loadArenas(t, fsys, false)
			got := loadArenas(t, fsys, true)
			if got != want {
				t.Errorf("loaded with the arenas poisoned:\n%s\nwithout arenas:\n%s", firstDiff(got, want), firstDiff(want, got))
			}
			if len(want) < 200 {
				t.Errorf("the load says too little to compare: %q", want)
			}
		})
	}
}

// firstDiff returns a from a little before the first byte where it
// differs from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	start := max(0, i-200)
	return a[start:min(len(a), i+400)]
}

// bigEvents returns a file of n events of some 110 bytes each, in two
// documents.
func bigEvents(n int) string {
	var b strings.Builder
	for i := range n {
		if i == 0 || i == n/2 {
			b.WriteString("---\nevents:\n")
		}
		fmt.Fprintf(&b, "  - {id: big-%d, title: \"Event %d of a large file\", date: 2021-03-%02d, participants: [han-dong, han-tao], tags: [t%d]}\n", i, i, 1+i%28, i%7)
	}
	return b.String()
}
