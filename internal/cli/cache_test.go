package cli

import (
	"bytes"
	"crypto/sha256"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// cacheFiles lists the regular files under dir (relative paths).
func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, rel)
		}
		return nil
	})
	return files
}

// TestItem1GraphvizCache: Graphviz compiles only when a diagram is drawn,
// caches its native code only in the user's own 0700 folder, writes nothing
// under TMPDIR, ignores a folder others may write or own, and survives a
// corrupt or truncated cache file, which it replaces.
func TestItem1GraphvizCache(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles Graphviz several times")
	}
	bin := binary(t)
	root := t.TempDir()
	env, home, tmp := privateEnv(t, root)
	cacheDir := filepath.Join(home, ".cache", "eventgraph", "graphviz")
	out := filepath.Join(root, "out.svg")
	run := func(t *testing.T, args ...string) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("eventgraph %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
		if withoutWarnings(stderr.String()) != "" {
			t.Fatalf("eventgraph %s wrote to stderr:\n%s", strings.Join(args, " "), stderr.String())
		}
	}
	noTmp := func(t *testing.T) {
		t.Helper()
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			t.Fatalf("%d entries written under TMPDIR, first %s", len(entries), entries[0].Name())
		}
	}
	draw := func(t *testing.T) []byte {
		t.Helper()
		run(t, "diagram", "-o", out)
		b, err := os.ReadFile(out)
		if err != nil || !bytes.Contains(b, []byte("<svg")) {
			t.Fatalf("no SVG written: %v", err)
		}
		return b
	}

	run(t, "validate")
	run(t, "version")
	if _, err := os.Lstat(filepath.Join(home, ".cache", "eventgraph")); err == nil {
		t.Fatal("validate and version touched the Graphviz cache")
	}
	noTmp(t)

	want := draw(t)
	noTmp(t)
	files := cacheFiles(t, cacheDir)
	if len(files) != 2 || files[0] != "SHA256SUMS" {
		t.Fatalf("cache holds %v, want the manifest and one compiled module", files)
	}
	for _, d := range []string{filepath.Dir(cacheDir), cacheDir, filepath.Join(cacheDir, filepath.Dir(files[1]))} {
		if fi, err := os.Stat(d); err != nil || fi.Mode().Perm() != 0o700 {
			t.Fatalf("%s: %v, %v; want mode 0700", d, fi.Mode(), err)
		}
	}
	entry := filepath.Join(cacheDir, files[1])
	good, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("(c) truncated", func(t *testing.T) {
		if err := os.WriteFile(entry, good[:len(good)/2], 0o600); err != nil {
			t.Fatal(err)
		}
		if got := draw(t); !bytes.Equal(got, want) {
			t.Fatal("drawing differs after a truncated cache file")
		}
		if b, _ := os.ReadFile(entry); sha256.Sum256(b) != sha256.Sum256(good) {
			t.Fatal("the truncated cache file was not replaced")
		}
	})
	t.Run("(c) corrupted", func(t *testing.T) {
		bad := bytes.Clone(good)
		for i := 20; i < 4096 && i < len(bad); i++ {
			bad[i] ^= 0x5a // the function offsets, which wazero does not checksum
		}
		if err := os.WriteFile(entry, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if got := draw(t); !bytes.Equal(got, want) {
			t.Fatal("drawing differs after a corrupted cache file")
		}
		if b, _ := os.ReadFile(entry); sha256.Sum256(b) != sha256.Sum256(good) {
			t.Fatal("the corrupted cache file was not replaced")
		}
	})
	t.Run("(a) nothing under TMPDIR", noTmp)
	t.Run("(b) writable by others", func(t *testing.T) {
		if err := os.RemoveAll(cacheDir); err != nil {
			t.Fatal(err)
		}
		os.Chmod(filepath.Dir(cacheDir), 0o777)
		defer os.Chmod(filepath.Dir(cacheDir), 0o700)
		if got := draw(t); !bytes.Equal(got, want) {
			t.Fatal("drawing differs without the cache")
		}
		if _, err := os.Lstat(cacheDir); err == nil {
			t.Fatal("a cache was written inside a folder others may write")
		}
		noTmp(t)
	})
	t.Run("(b) owned by another user", func(t *testing.T) {
		if os.Getuid() != 0 {
			t.Skip("only root can give a folder to another user")
		}
		if err := os.Chown(filepath.Dir(cacheDir), 4242, 4242); err != nil {
			t.Fatal(err)
		}
		defer os.Chown(filepath.Dir(cacheDir), 0, 0)
		draw(t)
		if _, err := os.Lstat(cacheDir); err == nil {
			t.Fatal("a cache was written inside another user's folder")
		}
		noTmp(t)
	})
	t.Run("EVENTGRAPH_NO_CACHE=1", func(t *testing.T) {
		if err := os.RemoveAll(filepath.Dir(cacheDir)); err != nil {
			t.Fatal(err)
		}
		saved := env
		env = append(env[:len(env):len(env)], "EVENTGRAPH_NO_CACHE=1")
		defer func() { env = saved }()
		draw(t)
		if _, err := os.Lstat(filepath.Dir(cacheDir)); err == nil {
			t.Fatal("EVENTGRAPH_NO_CACHE=1 made a cache folder")
		}
	})
}
