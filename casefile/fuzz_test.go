package casefile

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/edtf"
)

// fuzzSeeds returns small case snippets and every YAML file of the cases
// in testdata/full and ../data.
func fuzzSeeds(f *testing.F) [][]byte {
	seeds := [][]byte{
		[]byte(base),
		[]byte(""),
		[]byte("# only a comment\n"),
		[]byte("- a\n- b\n"),
		[]byte("people:\n  - id: p\n    name: P\n---\npeople: [\n"),
		[]byte("events:\n  - id: x\n    title: T\n    date: 2019~/2021-XX\n    reported: 2023-03?\n"),
		[]byte("claims:\n  - id: c\n    statement: S\n    about: [x]\n    sources: [s]\n    claimants: [{anonymous: a, count: 2}, p]\n    responses:\n      - {who: p, stance: denies, date: 2021}\n"),
		[]byte("organizations:\n  - {id: a, name: A, parent: b}\n  - {id: b, name: B, parent: a}\n"),
		[]byte("a: &a [x, *a]\npeople: *a\n"),
		[]byte(aliasBomb()),
		[]byte("\xef\xbb\xbfpeople:\r\n  - {id: p, name: P}\r\n"),
		[]byte("people:\n\t- id: p\n"),
	}
	for _, root := range []string{"testdata/full", "../data"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isCaseFile(p) {
				return err
			}
			data, err := os.ReadFile(p)
			seeds = append(seeds, data)
			return err
		})
		if err != nil && !os.IsNotExist(err) {
			f.Fatal(err)
		}
	}
	return seeds
}

// FuzzLoad loads a one-file case: Load must never panic, and must return
// either a case or a sorted list of errors with a position in the file.
func FuzzLoad(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(fstest.MapFS{"case.yaml": {Data: data}}, ".")
		if err == nil {
			if c == nil {
				t.Fatal("nil case without an error")
			}
			if v := c.Validate(); v != nil {
				t.Fatalf("a loaded case does not validate again: %v", v)
			}
			if v := c.AsOf(edtf.MustParse("2021")).Validate(); v != nil {
				t.Fatalf("AsOf gives a case that does not validate: %v", v)
			}
			return
		}
		list, ok := err.(ErrorList)
		if !ok || len(list) == 0 {
			t.Fatalf("error %T %q is not a non-empty ErrorList", err, err)
		}
		for i, e := range list {
			if e.Pos.File != "case.yaml" || e.Msg == "" || strings.Contains(e.Msg, "\n") {
				t.Errorf("bad error %q", e)
			}
			if i > 0 && comparePos(list[i-1].Pos, e.Pos) > 0 {
				t.Errorf("errors not sorted: %q before %q", list[i-1], e)
			}
		}
	})
}
