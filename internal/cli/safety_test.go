package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// minimalCase copies examples/minimal into a new folder and returns it.
func minimalCase(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../examples/minimal/case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "case.yaml"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestItem2OutputNeverDestroysInput: -o naming a case file (directly or
// through a symbolic link) or, for render, a folder inside the case is a
// usage error, and the file is left as it was.
func TestItem2OutputNeverDestroysInput(t *testing.T) {
	dir := minimalCase(t)
	input := filepath.Join(dir, "case.yaml")
	before, _ := os.ReadFile(input)
	link := filepath.Join(t.TempDir(), "link.svg")
	if err := os.Symlink(input, link); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", dir, "-o", input}, "is a case file: writing would destroy it"},
		{[]string{"diagram", dir, "-o", input, "--format", "dot"}, "is a case file: writing would destroy it"},
		{[]string{"timeline", dir, "-o", link}, "is the case file " + input},
		{[]string{"render", dir, "-o", filepath.Join(dir, "out")}, "is inside the case folder"},
		{[]string{"render", dir, "-o", dir}, "is inside the case folder"},
	} {
		r := runCLI(t, tc.args...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 saying %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	if after, _ := os.ReadFile(input); !bytes.Equal(before, after) {
		t.Fatal("the case file changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Fatal("render wrote into the case folder")
	}
}

// TestItem2ReplacedFileKeepsMode: a file that is replaced keeps its
// permissions; a new file is 0644.
func TestItem2ReplacedFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "t.svg")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(p, 0o600)
	if r := runCLI(t, "timeline", "-o", p); r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	fi, err := os.Stat(p)
	if err != nil || fi.Mode().Perm() != 0o600 || fi.Size() < 1000 {
		t.Fatalf("replaced file: %v, %v", fi.Mode(), err)
	}
	q := filepath.Join(dir, "new.svg")
	if r := runCLI(t, "timeline", "-o", q); r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if fi, err := os.Stat(q); err != nil || fi.Mode().Perm() != 0o644 {
		t.Fatalf("new file: %v, %v", fi.Mode(), err)
	}
}

// TestItem2FIFOAndDevicesWrittenInPlace runs the binary: a FIFO, a symbolic
// link to a FIFO and a symbolic link to /dev/null are written into, never
// replaced.
func TestItem2FIFOAndDevicesWrittenInPlace(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.svg")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	viaLink := filepath.Join(dir, "link.svg")
	os.Symlink(fifo, viaLink)
	for _, target := range []string{fifo, viaLink} {
		got := make(chan []byte, 1)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- nil
				return
			}
			defer f.Close()
			var b bytes.Buffer
			b.ReadFrom(f)
			got <- b.Bytes()
		}()
		cmd := exec.Command(bin, "timeline", "-o", target)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("-o %s: %v\n%s", target, err, out)
		}
		select {
		case b := <-got:
			if !bytes.Contains(b, []byte("<svg")) {
				t.Fatalf("-o %s: the reader got %d bytes, no SVG", target, len(b))
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("-o %s: nothing came through the FIFO", target)
		}
		if fi, err := os.Stat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO was replaced: %v, %v", fi.Mode(), err)
		}
	}
	if fi, err := os.Lstat(viaLink); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link to the FIFO was replaced: %v", err)
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skipf("/dev/null is not a character device here (%v): a program replaced it", fi.Mode())
	}
	null := filepath.Join(dir, "null.svg")
	if err := os.Symlink("/dev/null", null); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "timeline", "-o", null).CombinedOutput(); err != nil {
		t.Fatalf("-o link to /dev/null: %v\n%s", err, out)
	}
	if fi, err := os.Lstat(null); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link to /dev/null was replaced")
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a character device: %v", fi.Mode())
	}
}

// TestItem4UsageErrors: values that would silently mean something else are
// usage errors (exit 2) with a message.
func TestItem4UsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"timeline", "--width", "NaN"}, `--width NaN: give a finite number`},
		{[]string{"timeline", "--width", "Inf"}, `--width +Inf: give a finite number`},
		{[]string{"diagram", "--scale", "NaN"}, `--scale NaN: give a finite number`},
		{[]string{"timeline", "-o", ""}, `-o "": name an output file, or - for standard output`},
		{[]string{"diagram", "-o", ""}, `-o "": name an output file, or - for standard output`},
		{[]string{"render", "-o", ""}, `-o "": name an output folder`},
		{[]string{"validate", ""}, `DIR "": name a case folder, or leave DIR out for the bundled case`},
		{[]string{"diagram", "--kinds", ""}, `--kinds "": give`},
		{[]string{"diagram", "--engine", ""}, `--engine "": give`},
		{[]string{"timeline", "--theme", ""}, `--theme "": give`},
		{[]string{"diagram", "--theme", ""}, `--theme "": give`},
		{[]string{"timeline", "--from", "2023", "--to", "2019"}, `--from 2023 is after --to 2019: swap them`},
	} {
		r := runCLI(t, tc.args...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 saying %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
	if r := runCLI(t, "timeline", "--from", "2019", "--to", "2023", "-o", filepath.Join(t.TempDir(), "t.svg")); r.code != ExitOK {
		t.Errorf("--from before --to: exit %d: %s", r.code, r.stderr)
	}
}

// failingWriter fails every write, like a full disk.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestItem5StdoutWriteErrors: a failed write to standard output is exit 1
// with a message, for every command that writes there.
func TestItem5StdoutWriteErrors(t *testing.T) {
	out := t.TempDir()
	for _, args := range [][]string{
		{"validate"}, {"version"}, {"schema"}, {"--help"}, {"timeline"}, {"timeline", "-o", "-"},
		{"diagram", "--format", "dot"}, {"render", "-o", out},
	} {
		var errb bytes.Buffer
		code := Main(context.Background(), args, strings.NewReader(""), failingWriter{}, &errb)
		if code != ExitInvalid || !strings.Contains(errb.String(), "cannot write to standard output: no space left on device") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// TestItem5DevFull runs the binary with standard output on /dev/full.
func TestItem5DevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	bin := binary(t)
	for _, args := range [][]string{{"validate"}, {"version"}, {"render", "-o", t.TempDir()}} {
		cmd := exec.Command(bin, args...)
		cmd.Stdout = full
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(errb.String(), "cannot write to standard output") {
			t.Errorf("%q >/dev/full: %v, stderr %q", args, err, errb.String())
		}
	}
}

// TestItem5ClosedStdout runs the binary with standard output closed.
func TestItem5ClosedStdout(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skipf("/dev/null is not a character device here (%v): a program replaced it", fi.Mode())
	}
	bin := binary(t)
	for _, args := range []string{"version", "validate", "schema"} {
		cmd := exec.Command("sh", "-c", `exec "$0" "$1" >&-`, bin, args)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || withoutWarnings(errb.String()) != "eventgraph: cannot write to standard output: it is closed\n" {
			t.Errorf("%s >&-: %v, stderr %q", args, err, errb.String())
		}
	}
}

// TestItem6NamesPrintedEscaped: a file name with control characters or
// invalid UTF-8 is printed escaped, one problem per line, and a name that
// is not UTF-8 is read.
func TestItem6NamesPrintedEscaped(t *testing.T) {
	dir := t.TempDir()
	bad := map[string]string{
		"red\x1b[31m.yaml":  `red\x1b[31m.yaml`,
		"two\nlines.yaml":   `two\nlines.yaml`,
		"caf\xe9.yaml":      `caf\xe9.yaml`,
		"rtl\u202egpj.yaml": `rtl\u202egpj.yaml`,
	}
	for name := range bad {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("people:\n  - {id: 1x, nam: X}\n"), 0o644); err != nil {
			t.Skipf("this file system refuses such names: %v", err)
		}
	}
	r := runCLI(t, "validate", dir)
	if r.code != ExitInvalid {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, c := range r.stderr {
		if c == 0x1b || c == 0x202e || c == utf8.RuneError {
			t.Fatalf("raw %U printed:\n%q", c, r.stderr)
		}
	}
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	for name, shown := range bad {
		n := 0
		for _, l := range lines {
			if strings.HasPrefix(l, filepath.Join(dir, shown)+":") {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no problem line starts with %s:\n%s", shown, r.stderr)
		}
		_ = name
	}
	for _, l := range lines[:len(lines)-1] {
		if !strings.HasPrefix(l, dir) {
			t.Errorf("a line does not start with a file name (a name broke a line?): %q", l)
		}
	}
}

// TestItem2OtherCommandsGuarded: explore and export refuse a case file as
// output too, and export refuses a table folder inside the case.
func TestItem2OtherCommandsGuarded(t *testing.T) {
	dir := minimalCase(t)
	input := filepath.Join(dir, "case.yaml")
	before, _ := os.ReadFile(input)
	for _, args := range [][]string{
		{"explore", dir, "-o", input},
		{"export", dir, "--format", "gexf", "-o", input},
		{"export", dir, "--format", "csv", "-o", filepath.Join(dir, "tables")},
	} {
		if r := runCLI(t, args...); r.code != ExitUsage {
			t.Errorf("%q: exit %d, stderr %q; want exit 2", args, r.code, r.stderr)
		}
	}
	if after, _ := os.ReadFile(input); !bytes.Equal(before, after) {
		t.Fatal("the case file changed")
	}
}
