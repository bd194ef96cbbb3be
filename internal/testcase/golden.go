package testcase

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Golden compares got with the file at path (relative to the package under
// test), or writes got there, creating its folder, when update is true.
// A missing file or a difference is reported as a test error naming the
// first differing line and the command that refreshes the files:
// go test ./<pkg> -update, to be followed by a review of the diff.
func Golden(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Errorf("%v (run go test ./%s -update to create it)", err, packageDir())
		return
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the golden file; run go test ./%s -update and review the diff.\n%s",
			path, packageDir(), firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line where two different texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + w + "\ngot:  " + g
		}
	}
	return ""
}

// packageDir returns the folder of the package under test relative to the
// module root (go test runs tests in the package's folder), or "." when no
// go.mod is found above it.
func packageDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			rel, err := filepath.Rel(dir, wd)
			if err != nil {
				return "."
			}
			return filepath.ToSlash(rel)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "."
		}
		dir = parent
	}
}
