package wasmcache

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sub = "wazero-test"

// fakeEntry stands for a file wazero wrote: dir/wazero-test/name.
func fakeEntry(t *testing.T, dir, name, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, sub), 0o700); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, sub, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestOpenMakesPrivateFolders(t *testing.T) {
	base := t.TempDir()
	c, err := OpenIn(base, "graphviz")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(base, "eventgraph", "graphviz"); c.Dir != want {
		t.Fatalf("Dir = %s, want %s", c.Dir, want)
	}
	for _, d := range []string{filepath.Join(base, "eventgraph"), c.Dir} {
		fi, err := os.Lstat(d)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != 0o700 {
			t.Errorf("%s: mode %v, want 0700", d, got)
		}
	}
}

// TestCacheFolderOfOthersIgnored is item 1(b): a folder someone else owns,
// that others may write, or that is a symbolic link is not used.
func TestCacheFolderOfOthersIgnored(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, root string)
		want  string
	}{
		{"mode 0777", func(t *testing.T, root string) {
			os.Mkdir(root, 0o700)
			os.Chmod(root, 0o777)
		}, "writable by others (mode -rwxrwxrwx)"},
		{"group-writable", func(t *testing.T, root string) {
			os.Mkdir(root, 0o700)
			os.Chmod(root, 0o770)
		}, "writable by others (mode -rwxrwx---)"},
		{"symbolic link", func(t *testing.T, root string) {
			target := t.TempDir()
			if err := os.Symlink(target, root); err != nil {
				t.Fatal(err)
			}
		}, "is a symbolic link"},
		{"a file", func(t *testing.T, root string) {
			os.WriteFile(root, nil, 0o600)
		}, "is not a folder"},
		{"owned by another user", func(t *testing.T, root string) {
			if os.Getuid() != 0 {
				t.Skip("only root can give a folder to another user")
			}
			os.Mkdir(root, 0o700)
			if err := os.Chown(root, 4242, 4242); err != nil {
				t.Fatal(err)
			}
		}, "belongs to user 4242"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := t.TempDir()
			root := filepath.Join(base, "eventgraph")
			tc.setup(t, root)
			c, err := OpenIn(base, "graphviz")
			if err == nil {
				t.Fatalf("OpenIn used %s", c.Dir)
			}
			if !errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrUnsafe saying %q", err, tc.want)
			}
			if _, err := os.Lstat(filepath.Join(root, "graphviz")); err == nil {
				t.Errorf("a folder was made inside %s", root)
			}
		})
	}
}

func TestParentWritableByOthersIgnored(t *testing.T) {
	base := t.TempDir()
	os.Chmod(base, 0o777)
	if _, err := OpenIn(base, "graphviz"); !errors.Is(err, ErrUnsafe) {
		t.Fatalf("err = %v, want ErrUnsafe", err)
	}
	os.Chmod(base, 0o777|os.ModeSticky)
	if _, err := OpenIn(base, "graphviz"); err != nil {
		t.Fatalf("sticky parent (like /tmp): %v", err)
	}
}

func TestNoCacheEnv(t *testing.T) {
	t.Setenv("EVENTGRAPH_NO_CACHE", "1")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	if _, err := Open("graphviz"); !errors.Is(err, ErrDisabled) {
		t.Fatalf("err = %v, want ErrDisabled", err)
	}
}

// TestCorruptCacheFileRemoved is item 1(c) at the file level: entries that
// do not match the manifest (changed, truncated, unknown, half-written) are
// removed before wazero could read them; matching ones are kept.
func TestCorruptCacheFileRemoved(t *testing.T) {
	base := t.TempDir()
	c, err := OpenIn(base, "graphviz")
	if err != nil {
		t.Fatal(err)
	}
	good := fakeEntry(t, c.Dir, "aa", "native code A")
	trunc := fakeEntry(t, c.Dir, "bb", "native code B")
	changed := fakeEntry(t, c.Dir, "cc", "native code C")
	if err := c.Seal(); err != nil {
		t.Fatal(err)
	}
	sums, err := os.ReadFile(filepath.Join(c.Dir, manifestName))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(sums), "\n"); n != 3 {
		t.Fatalf("manifest has %d lines, want 3:\n%s", n, sums)
	}
	os.WriteFile(trunc, []byte("native"), 0o600)
	os.WriteFile(changed, []byte("native code X"), 0o600)
	unknown := fakeEntry(t, c.Dir, "dd", "planted")
	half := fakeEntry(t, c.Dir, "ee.123.tmp", "half")
	stray := filepath.Join(c.Dir, "stray")
	os.WriteFile(stray, nil, 0o600)

	c2, err := OpenIn(base, "graphviz")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{trunc, changed, unknown, half, stray} {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("%s kept", filepath.Base(p))
		}
	}
	if _, err := os.Stat(good); err != nil {
		t.Errorf("matching entry removed: %v", err)
	}
	// wazero writes the entry again; Seal records it.
	fakeEntry(t, c2.Dir, "bb", "native code B")
	if err := c2.Seal(); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenIn(base, "graphviz"); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(trunc); err != nil || string(b) != "native code B" {
		t.Errorf("rewritten entry: %q, %v", b, err)
	}
}

func TestManifestOfOthersIgnored(t *testing.T) {
	base := t.TempDir()
	c, err := OpenIn(base, "graphviz")
	if err != nil {
		t.Fatal(err)
	}
	fakeEntry(t, c.Dir, "aa", "x")
	if err := c.Seal(); err != nil {
		t.Fatal(err)
	}
	os.Chmod(filepath.Join(c.Dir, manifestName), 0o666)
	if _, err := OpenIn(base, "graphviz"); !errors.Is(err, ErrUnsafe) {
		t.Fatalf("err = %v, want ErrUnsafe", err)
	}
}
