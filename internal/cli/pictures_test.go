package cli

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

var update = flag.Bool("update", false, "rewrite the committed pictures and golden files")

// committedPictures maps each case folder to the folder holding its
// committed pictures: the README's pictures of the bundled case under
// docs/img, and each example's under examples/NAME/rendered.
func committedPictures(t *testing.T) map[string]string {
	m := map[string]string{"../../data/han-dong": "../../docs/img"}
	for _, dir := range repoCases(t) {
		if filepath.Base(filepath.Dir(dir)) == "examples" {
			m[dir] = filepath.Join(dir, "rendered")
		}
	}
	return m
}

// The pictures committed for the README and the examples are exactly what
// "eventgraph render" draws now. Refresh them with go test ./internal/cli -update
// and look at the diff (and the pictures) before committing.
func TestCommittedPicturesAreCurrent(t *testing.T) {
	pics := committedPictures(t)
	var dirs []string
	for d := range pics {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, dir := range dirs {
		want := pics[dir]
		fresh := t.TempDir()
		if r := runCLI(t, "render", dir, "-o", fresh); r.code != ExitOK {
			t.Fatalf("%s: exit %d: %s", dir, r.code, r.stderr)
		}
		names, _ := filepath.Glob(filepath.Join(fresh, "*.svg"))
		if *update {
			old, _ := filepath.Glob(filepath.Join(want, "*.svg"))
			for _, f := range old {
				os.Remove(f)
			}
			if err := os.MkdirAll(want, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		for _, f := range names {
			got, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			testcase.Golden(t, filepath.Join(want, filepath.Base(f)), got, *update)
		}
		if !*update {
			old, _ := filepath.Glob(filepath.Join(want, "*.svg"))
			if len(old) != len(names) {
				t.Errorf("%s holds %d pictures, render draws %d: run go test ./internal/cli -update", want, len(old), len(names))
			}
		}
	}
}

// The example report embeds only pictures that exist.
func TestReportPicturesExist(t *testing.T) {
	html, err := os.ReadFile("../../examples/report/index.html")
	if err != nil {
		t.Fatal(err)
	}
	srcs := regexp.MustCompile(`src="([^"]+)"`).FindAllSubmatch(html, -1)
	if len(srcs) < 4 {
		t.Fatalf("the report embeds %d pictures", len(srcs))
	}
	for _, m := range srcs {
		p := filepath.Join("../../examples/report", filepath.FromSlash(string(m[1])))
		if _, err := os.Stat(p); err != nil {
			t.Errorf("the report embeds %s, which does not exist", m[1])
		}
	}
}
