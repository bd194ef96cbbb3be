package casefile

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// writeFiles writes files (slash-separated names) below dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// symlink makes a symbolic link or skips the test where that is not
// possible.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links unavailable: %v", err)
	}
}

// TestLoadDirNames checks that positions name files as the user typed the
// folder, followed by the path below it.
func TestLoadDirNames(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"people.yaml":     "people:\n  - {id: p, name: P}\n",
		"events/x.yaml":   "events:\n  - {id: x, title: X, date: 2021, participants: [q]}\n",
		"events/notes.md": "not yaml: [",
	})
	_, err := LoadDir(dir)
	want := filepath.Join(dir, "events", "x.yaml") + `:2:50: "participants" names unknown id "q", did you mean "p"?`
	if got := errText(err); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}

	// A relative folder, as typed, with "./" cleaned away.
	t.Chdir(dir)
	_, err = LoadDir("./events/../events/..")
	want = filepath.Join("events", "x.yaml") + `:2:50: "participants" names unknown id "q", did you mean "p"?`
	if got := errText(err); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestLoadDirFolders checks the errors for a missing folder, a file and a
// folder with no YAML.
func TestLoadDirFolders(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"case.yaml": "people: []\n", "empty/README.md": "# nothing\n"})
	t.Chdir(dir)
	tests := []struct {
		dir, want string
		sentinel  error
	}{
		{"missing", "casefile: case folder not found: missing", ErrNotFound},
		{"case.yaml", "casefile: not a folder: case.yaml is a file; give the folder that holds the case files", ErrNotFolder},
		{"empty", "casefile: no .yaml or .yml files in empty", ErrNoFiles},
	}
	for _, tt := range tests {
		_, err := LoadDir(tt.dir)
		if got := errText(err); got != tt.want {
			t.Errorf("LoadDir(%q) = %q, want %q", tt.dir, got, tt.want)
		}
		if !errors.Is(err, tt.sentinel) {
			t.Errorf("LoadDir(%q): not %v", tt.dir, tt.sentinel)
		}
	}
}

// TestLoadDirSymlinks checks that symbolic links to files and folders are
// followed, and that loops and dangling links are reported.
func TestLoadDirSymlinks(t *testing.T) {
	shared := t.TempDir()
	writeFiles(t, shared, map[string]string{"people.yaml": "people:\n  - {id: p, name: P}\n"})
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"events/x.yaml": "events:\n  - {id: x, title: X, date: 2021, participants: [p, q]}\n"})
	symlink(t, filepath.Join(shared, "people.yaml"), filepath.Join(dir, "people.yaml"))
	symlink(t, shared, filepath.Join(dir, "shared-folder"))
	t.Chdir(dir)

	// By default, links leading outside the case folder are not followed.
	_, err := LoadDir(".")
	want := `events/x.yaml:2:50: "participants" names unknown id "p"` + "\n" +
		`events/x.yaml:2:53: "participants" names unknown id "q"` + "\n" +
		`people.yaml: symbolic link leads outside the case folder, to ` + strconv.Quote(filepath.Join(realPath(t, shared), "people.yaml")) + `; not followed (use --follow-links to read it)` + "\n" +
		`shared-folder: symbolic link leads outside the case folder, to ` + strconv.Quote(realPath(t, shared)) + `; not followed (use --follow-links to read it)`
	if got := errText(err); got != filepath.FromSlash(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}

	// With FollowLinks, the linked file and the linked folder both bring
	// person p.
	_, err = LoadDirWith(".", DirOptions{FollowLinks: true})
	want = `events/x.yaml:2:53: "participants" names unknown id "q", did you mean "p"?` + "\n" +
		`shared-folder/people.yaml:2:5: duplicate id "p": already used by a person at people.yaml:2:5`
	if got := errText(err); got != filepath.FromSlash(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}

	if err := os.Remove("shared-folder"); err != nil {
		t.Fatal(err)
	}
	symlink(t, "..", filepath.Join("events", "up"))
	symlink(t, "nowhere.yaml", "dangling.yaml")
	_, err = LoadDirWith(".", DirOptions{FollowLinks: true})
	want = `dangling.yaml: symbolic link leads nowhere: no such file or directory` + "\n" +
		`events/up: symbolic link loops back to the folder . that holds it; not followed` + "\n" +
		`events/x.yaml:2:53: "participants" names unknown id "q", did you mean "p"?`
	if got := errText(err); got != filepath.FromSlash(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// realPath is p with its symbolic links resolved.
func realPath(t *testing.T, p string) string {
	t.Helper()
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
