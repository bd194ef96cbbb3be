package casefile

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestItem8LinksOutOfTheCaseNotFollowed: a case folder holding a link to /
// or to /proc ends at once with a clear error, unless links are to be
// followed.
func TestItem8LinksOutOfTheCaseNotFollowed(t *testing.T) {
	for _, target := range []string{"/", "/proc"} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"people.yaml": "people:\n  - {id: p, name: P}\n"})
		symlink(t, target, filepath.Join(dir, "everything"))
		_, err := LoadDir(dir)
		want := filepath.Join(dir, "everything") + `: symbolic link leads outside the case folder, to "` + target + `"; not followed (use --follow-links to read it)`
		if got := errText(err); got != want {
			t.Errorf("link to %s: got\n%s\nwant\n%s", target, got, want)
		}
	}
}

// TestItem8Limits: reading stops, with an error, past the number of folder
// entries, case files or bytes allowed.
func TestItem8Limits(t *testing.T) {
	saved := limits
	defer func() { limits = saved }()
	dir := t.TempDir()
	files := map[string]string{}
	for _, n := range []string{"a", "b", "c", "d"} {
		files[n+".yaml"] = "people:\n  - {id: " + n + ", name: " + n + "}\n"
	}
	writeFiles(t, dir, files)
	for _, tc := range []struct {
		entries, files int
		bytes          int64
		want           string
	}{
		{3, 100, 1 << 20, "the case folder holds more than 3 files and folders; stopped reading here (does it link to a large folder?)"},
		{100, 2, 1 << 20, "c.yaml: the case holds more than 2 case files; stopped reading here"},
		{100, 100, 60, "c.yaml: the case files pass 60 bytes in all; stopped reading here"},
	} {
		limits.entries, limits.files, limits.bytes = tc.entries, tc.files, tc.bytes
		_, err := LoadDir(dir)
		if got := errText(err); !strings.Contains(got, tc.want) {
			t.Errorf("limits %d/%d/%d: got\n%s\nwant it to say\n%s", tc.entries, tc.files, tc.bytes, got, tc.want)
		}
	}
}

// TestItem8FIFONotRead: a case file that is a FIFO is reported, not read
// (reading would wait for ever).
func TestItem8FIFONotRead(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"people.yaml": "people:\n  - {id: p, name: P}\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "events.yaml"), 0o600); err != nil {
		t.Skipf("no FIFOs: %v", err)
	}
	_, err := LoadDir(dir)
	want := filepath.Join(dir, "events.yaml") + ": not a regular file (a FIFO); not read"
	if got := errText(err); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestItem6NonUTF8FileNameRead: a file whose name is not valid UTF-8 is
// read like any other.
func TestItem6NonUTF8FileNameRead(t *testing.T) {
	dir := t.TempDir()
	name := "caf\xe9.yaml" // Latin-1
	if err := os.WriteFile(filepath.Join(dir, name), []byte("people:\n  - {id: p, name: P}\n"), 0o644); err != nil {
		t.Skipf("this file system refuses such names: %v", err)
	}
	c, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.People) != 1 || c.People[0].ID != "p" {
		t.Fatalf("people: %+v", c.People)
	}
	files, err := InputFiles(dir)
	if err != nil || len(files) != 1 || files[0] != filepath.Join(dir, name) {
		t.Fatalf("InputFiles: %q, %v", files, err)
	}
}
