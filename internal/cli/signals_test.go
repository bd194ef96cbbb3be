package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/gen"
)

// TestItem3Signals runs the binary on a diagram whose Graphviz layout takes
// long and stops it with SIGTERM, SIGINT and SIGHUP: it exits at once with
// 128 plus the signal's number and one line, leaving no file behind.
func TestItem3Signals(t *testing.T) {
	if testing.Short() {
		t.Skip("runs long layouts")
	}
	bin := binary(t)
	root := t.TempDir()
	dir := filepath.Join(root, "case")
	// About 260 records and 560 ties: within neato's budget, and a
	// layout of a minute or more.
	if err := gen.WriteDir(dir, gen.Options{Events: 150, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	// Compile Graphviz into a private cache first, so that the signals
	// below come during the layout.
	env, _, _ := privateEnv(t, root)
	warm := exec.Command(bin, "diagram", "../../examples/minimal", "-o", filepath.Join(root, "warm.svg"))
	warm.Env = env
	if out, err := warm.CombinedOutput(); err != nil {
		t.Fatalf("warming the cache: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		sig  syscall.Signal
		name string
		code int
	}{
		{syscall.SIGTERM, "SIGTERM", 143},
		{syscall.SIGINT, "SIGINT", 130},
		{syscall.SIGHUP, "SIGHUP", 129},
	} {
		t.Run(tc.name, func(t *testing.T) {
			outDir := t.TempDir()
			out := filepath.Join(outDir, "big.svg")
			cmd := exec.Command(bin, "diagram", dir, "--engine", "neato", "-o", out)
			cmd.Env = env
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Loading takes well under this; the layout far longer.
			time.Sleep(3 * time.Second)
			if cmd.ProcessState != nil {
				t.Fatal("the command ended before the signal")
			}
			sent := time.Now()
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 20 s after %s", tc.name)
			}
			t.Logf("%s: exited %v after the signal", tc.name, time.Since(sent).Round(time.Millisecond))
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.code {
				t.Fatalf("exit: %v, want code %d; stderr %q", err, tc.code, stderr.String())
			}
			if got, want := stderr.String(), "eventgraph: stopped by "+tc.name+"\n"; got != want {
				t.Fatalf("stderr %q, want %q", got, want)
			}
			entries, _ := os.ReadDir(outDir)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if len(names) > 0 {
				t.Fatalf("left in the output folder: %s", strings.Join(names, ", "))
			}
		})
	}
}
