package archtest

import (
	"go/build"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/eventgraph/eventgraph"

// allowed lists, for each package of the module (path relative to the module
// root), the non-standard-library packages it may import directly. A
// package missing here fails the test, so new packages must be placed.
var allowed = map[string][]string{
	"edtf":                 nil,
	"theme":                nil,
	"data":                 nil,
	"casefile":             {"edtf", "go.yaml.in/yaml/v3"},
	"graph":                {"casefile", "edtf", "internal/strblock", "github.com/dominikbraun/graph"},
	"query":                {"graph", "casefile", "golang.org/x/text"},
	"export":               {"graph", "casefile", "edtf", "internal/xmltext", "internal/strblock"},
	"ingest":               {"casefile", "edtf", "go.yaml.in/yaml/v3", "golang.org/x/text"},
	"internal/textmetrics": nil,
	"internal/xmltext":     nil,
	"internal/gen":         {"go.yaml.in/yaml/v3"},
	"internal/gen/gencase": {"internal/gen"},
	"internal/archtest":    nil,
	"internal/cputime":     nil,
	"internal/strblock":    nil,
	"internal/testcase":    {"casefile", "data", "internal/gen"},
	"claimlist":            {"casefile", "edtf", "golang.org/x/text"},
	"timeline":             {"casefile", "edtf", "theme", "internal/textmetrics"},
	"timeline/svg":         {"timeline", "timeline/draw", "theme", "internal/xmltext"},
	"timeline/draw":        {"timeline", "theme", "scene"},
	"diagram":              {"graph", "casefile", "edtf", "theme", "internal/textmetrics", "internal/xmltext", "diagram/dotgraph", "diagram/xdot", "scene", "scene/svg", "scene/png", "internal/wasmcache", "github.com/goccy/go-graphviz"},
	"diagram/xdot":         nil,
	"diagram/dotgraph":     nil,
	"internal/wasmcache":   {"github.com/tetratelabs/wazero"},
	"scene":                {"internal/textmetrics"},
	"scene/svg":            {"scene", "internal/xmltext"},
	"scene/png":            {"scene", "internal/textmetrics", "github.com/fogleman/gg", "golang.org/x/image"},
	"explore":              {"casefile", "edtf", "graph", "diagram", "scene", "theme", "timeline", "timeline/draw", "github.com/tdewolff/minify/v2", "github.com/tdewolff/minify/v2/css", "github.com/tdewolff/minify/v2/js", "golang.org/x/text/cases", "golang.org/x/text/language"},
	"internal/browsertest": {"github.com/chromedp/chromedp", "github.com/chromedp/cdproto"},
	"internal/serve":       {"casefile", "explore", "github.com/fsnotify/fsnotify"},
	"internal/cli":         {"*"},
	"cmd/eventgraph":       {"internal/cli"},
	"examples/library":     {"*"},
	"internal/textmetrics/internal/genmetrics": {"golang.org/x/image", "golang.org/x/text"},
}

// onlyImportedBy lists packages that only the named packages may import:
// the explorer is the last stage of its pipeline, assembled by the command
// line and by the preview server, which only the command line runs.
var onlyImportedBy = map[string][]string{
	"explore":        {"internal/cli", "internal/serve"},
	"internal/serve": {"internal/cli"},
}

func TestImports(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && p != root {
			return filepath.SkipDir
		}
		if d.IsDir() && p != root {
			// Another module (a vendored copy under third_party) has
			// its own rules.
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir
			}
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			dirs = append(dirs, filepath.Dir(p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dirs = unique(dirs)
	if len(dirs) < 8 {
		t.Fatalf("found only %d packages under %s", len(dirs), root)
	}
	for _, dir := range dirs {
		rel, _ := filepath.Rel(root, dir)
		rel = filepath.ToSlash(rel)
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			if _, ok := err.(*build.NoGoError); ok {
				continue
			}
			t.Errorf("%s: %v", rel, err)
			continue
		}
		rules, known := allowed[rel]
		if !known && !strings.HasPrefix(rel, "examples/") {
			t.Errorf("package %s has no import rule in archtest: add one", rel)
			continue
		}
		for _, imp := range pkg.Imports {
			for target, importers := range onlyImportedBy {
				if imp == module+"/"+target && !contains(importers, rel) {
					t.Errorf("%s imports %s; only %v may", rel, target, importers)
				}
			}
		}
		if len(rules) == 1 && rules[0] == "*" || !known {
			continue
		}
		for _, imp := range pkg.Imports {
			if isStd(imp) || permitted(imp, rules) {
				continue
			}
			t.Errorf("%s imports %s; it may import only %v and the standard library", rel, imp, rules)
		}
	}
}

func permitted(imp string, rules []string) bool {
	for _, r := range rules {
		full := r
		if !strings.Contains(r, ".") {
			full = module + "/" + r
		}
		if imp == full || strings.HasPrefix(imp, full+"/") && strings.Contains(r, ".") {
			return true
		}
	}
	return false
}

// isStd reports whether an import path belongs to the standard library: its
// first element has no dot.
func isStd(imp string) bool {
	first, _, _ := strings.Cut(imp, "/")
	return !strings.Contains(first, ".")
}

func unique(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
