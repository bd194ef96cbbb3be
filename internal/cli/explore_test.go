package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExploreEveryCase writes the explorer of every case in the repository
// and checks it is one page holding its own scripts and loading nothing.
func TestExploreEveryCase(t *testing.T) {
	for _, dir := range repoCases(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "explorer.html")
			r := runCLI(t, "explore", dir, "-o", out)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if strings.TrimSpace(r.stdout) != out {
				t.Errorf("stdout %q, want the file name", r.stdout)
			}
			page, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"<script src", "<link ", "@import", "url(http", `src="http`} {
				if bytes.Contains(page, []byte(bad)) {
					t.Errorf("the page refers to something outside it: %q", bad)
				}
			}
			if !bytes.Contains(page, []byte(`role="region" aria-label="Details"`)) {
				t.Error("no details region")
			}
		})
	}
}

// TestExploreBundledCaseSize holds the bundled case's explorer under
// 400 KB, and says how big it is (go test -v -run
// TestExploreBundledCaseSize ./internal/cli/).
func TestExploreBundledCaseSize(t *testing.T) {
	r := runCLI(t, "explore", "-o", "-")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	n := len(r.stdout)
	if n >= 400_000 {
		t.Errorf("the bundled case's explorer is %d bytes; it must stay under 400 KB", n)
	}
	t.Logf("the bundled case's explorer is %d bytes, %d under 400 KB", n, 400_000-n)
	if again := runCLI(t, "explore", "-o", "-"); again.stdout != r.stdout {
		t.Error("two runs gave different pages")
	}
}

func TestExploreInvalidCase(t *testing.T) {
	dir := writeCase(t, map[string]string{"a.yaml": "people:\n  - id: x\n"})
	out := filepath.Join(t.TempDir(), "e.html")
	r := runCLI(t, "explore", dir, "-o", out)
	if r.code != ExitInvalid {
		t.Fatalf("exit %d, want %d: %s", r.code, ExitInvalid, r.stderr)
	}
	if !strings.Contains(r.stderr, "a.yaml:2:") {
		t.Errorf("the problem is not located: %s", r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("an explorer was written for an invalid case")
	}
}
