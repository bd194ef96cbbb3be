package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

// TestMain removes the built binary's folder after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary builds cmd/eventgraph once per test run and returns its path. The
// tests that need a process of their own (signals, FIFOs, the Graphviz
// cache, which is set up once per process) run it.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "eventgraph-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "eventgraph")
		if runtime.GOOS == "windows" {
			binPath += ".exe"
		}
		out, err := exec.Command("go", "build", "-o", binPath, "github.com/eventgraph/eventgraph/cmd/eventgraph").CombinedOutput()
		if err != nil {
			binErr = &buildError{err, out}
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + string(e.out) }

// privateEnv returns an environment whose HOME, cache folder and TMPDIR are
// fresh folders under root, with EVENTGRAPH_NO_CACHE unset.
func privateEnv(t *testing.T, root string) (env []string, home, tmp string) {
	t.Helper()
	home = filepath.Join(root, "home")
	tmp = filepath.Join(root, "tmp")
	for _, d := range []string{home, tmp} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "HOME", "XDG_CACHE_HOME", "TMPDIR", "EVENTGRAPH_NO_CACHE":
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "HOME="+home, "TMPDIR="+tmp)
	return env, home, tmp
}
