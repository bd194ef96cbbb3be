package archtest

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestFuzzTargetsInCI: the bounded fuzz loop of .ci/run names every fuzz
// target of the module with its package, so that a new target is run in
// CI (the project's rule: every parser has a fuzz target in that loop).
func TestFuzzTargetsInCI(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	ci, err := os.ReadFile(filepath.Join(root, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	inCI := map[string]bool{}
	for _, m := range regexp.MustCompile(`"(Fuzz\w+) (\./[\w/.-]+) \w+"`).FindAllStringSubmatch(string(ci), -1) {
		inCI[m[1]+" "+filepath.Clean(m[2])] = true
	}
	target := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(\w+ \*testing\.F\)`)
	var found []string
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root {
			if strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // another module (third_party)
			}
		}
		if d.IsDir() || !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		for _, m := range target.FindAllStringSubmatch(string(src), -1) {
			found = append(found, m[1]+" "+filepath.Clean(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) < 10 {
		t.Fatalf("found only %d fuzz targets under %s", len(found), root)
	}
	slices.Sort(found)
	for _, f := range found {
		if !inCI[f] {
			name, pkg, _ := strings.Cut(f, " ")
			t.Errorf("fuzz target %s in ./%s is not in the fuzz loop of .ci/run: add \"%s ./%s 1000x\"", name, pkg, name, pkg)
		}
	}
}
