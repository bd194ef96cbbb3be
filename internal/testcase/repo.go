package testcase

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
)

var (
	repoOnce  sync.Once
	repoCases map[string]*casefile.Case
	repoErr   error
)

// RepoCases returns every case of the repository, each folder under data/
// and examples/ that holds YAML files, keyed by its path from the module
// root ("data/han-dong", "examples/minimal"). The cases are loaded once per
// test binary and shared: callers must not modify them, but the map is a
// copy each call may add to. A load error, or no case at all, fails the
// test at once.
func RepoCases(tb testing.TB) map[string]*casefile.Case {
	tb.Helper()
	repoOnce.Do(func() { repoCases, repoErr = loadRepoCases() })
	if repoErr != nil {
		tb.Fatal(repoErr)
	}
	return maps.Clone(repoCases)
}

// loadRepoCases loads the cases RepoCases returns.
func loadRepoCases() (map[string]*casefile.Case, error) {
	root := "."
	if rel := packageDir(); rel != "." {
		root = strings.Repeat("../", strings.Count(rel, "/")+1)
	}
	out := map[string]*casefile.Case{}
	for _, top := range []string{"data", "examples"} {
		dirs, err := os.ReadDir(filepath.Join(root, top))
		if err != nil {
			return nil, err
		}
		for _, d := range dirs {
			dir := filepath.Join(root, top, d.Name())
			if m, _ := filepath.Glob(filepath.Join(dir, "*.y*ml")); !d.IsDir() || len(m) == 0 {
				continue
			}
			c, err := casefile.LoadDir(dir)
			if err != nil {
				return nil, fmt.Errorf("loading %s: %w", dir, err)
			}
			out[path.Join(top, d.Name())] = c
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no cases found under data/ and examples/")
	}
	return out, nil
}
