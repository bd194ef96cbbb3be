package cli

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/export"
)

// tree lists the files and folders under dir, with the contents of the
// files: "a.csv=old", "sub/".
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out = append(out, filepath.ToSlash(rel)+"/")
			return nil
		}
		b, err := os.ReadFile(p)
		out = append(out, filepath.ToSlash(rel)+"="+string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWriteFolderAllOrNothing: an export that fails after writing some of
// its files leaves the output as it was: no new file, no temporary file,
// no half-written file, old files unchanged, and no folder made for it.
func TestWriteFolderAllOrNothing(t *testing.T) {
	boom := errors.New("boom")
	// write makes a.csv and sub/b.csv, a megabyte each (more than the
	// buffer, so that part of each is on disk), then fails.
	write := func(f export.Folder) error {
		for _, name := range []string{"a.csv", "sub/b.csv"} {
			w, err := f.Create(name)
			if err != nil {
				return err
			}
			if _, err := io.WriteString(w, strings.Repeat("x", 1<<20)); err != nil {
				return err
			}
		}
		return boom
	}

	root := t.TempDir()
	out := filepath.Join(root, "new", "tables")
	if err := writeFolder(out, write); !errors.Is(err, boom) {
		t.Fatalf("writeFolder: %v, want boom", err)
	}
	if got := tree(t, root); len(got) != 0 {
		t.Errorf("after a failed export into a new folder: %q, want nothing", got)
	}

	old := filepath.Join(root, "old")
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(old, "a.csv"), []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := writeFolder(old, write); !errors.Is(err, boom) {
		t.Fatalf("writeFolder: %v, want boom", err)
	}
	if got, want := tree(t, old), []string{"a.csv=old"}; !slices.Equal(got, want) {
		t.Errorf("after a failed export into a folder: %q, want %q", got, want)
	}

	// The same export succeeding replaces a.csv, keeping its mode.
	ok := func(f export.Folder) error {
		for _, name := range []string{"a.csv", "sub/b.csv"} {
			w, err := f.Create(name)
			if err != nil {
				return err
			}
			io.WriteString(w, "new "+name)
		}
		return nil
	}
	if err := writeFolder(old, ok); err != nil {
		t.Fatal(err)
	}
	if got, want := tree(t, old), []string{"a.csv=new a.csv", "sub/", "sub/b.csv=new sub/b.csv"}; !slices.Equal(got, want) {
		t.Errorf("after an export: %q, want %q", got, want)
	}
	if fi, err := os.Stat(filepath.Join(old, "a.csv")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("a.csv replaced: %v %v, want mode 0600", fi.Mode(), err)
	}
}

// TestExportFolderFailsWhole: a csv export that cannot write one of its
// tables (events.csv is a folder) says which, exits 1 and writes none of
// the others, leaving what the folder held.
func TestExportFolderFailsWhole(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tables")
	if err := os.MkdirAll(filepath.Join(dir, "events.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "nodes.csv"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "export", "--format", "csv", "-o", dir)
	want := "eventgraph: cannot write " + filepath.Join(dir, "events.csv") + ": it is a folder"
	if r.code != ExitInvalid || !strings.HasPrefix(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want %d, %q", r.code, r.stderr, ExitInvalid, want)
	}
	if got, want := tree(t, dir), []string{"events.csv/", "nodes.csv=old"}; !slices.Equal(got, want) {
		t.Errorf("the folder after the failed export: %q, want %q", got, want)
	}
}

// TestWriteFolderStopped: once a signal has stopped the command, a folder
// export renames nothing into place and leaves no temporary file.
func TestWriteFolderStopped(t *testing.T) {
	temps.mu.Lock()
	temps.stopping = true
	temps.mu.Unlock()
	defer func() {
		temps.mu.Lock()
		temps.stopping = false
		temps.mu.Unlock()
	}()
	dir := filepath.Join(t.TempDir(), "tables")
	err := writeFolder(dir, func(f export.Folder) error {
		w, err := f.Create("a.csv")
		if err == nil {
			_, err = io.WriteString(w, "a")
		}
		return err
	})
	if !errors.Is(err, errStopped) {
		t.Fatalf("writeFolder after a signal: %v, want %v", err, errStopped)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder made for the export is left: %v", err)
	}
}
