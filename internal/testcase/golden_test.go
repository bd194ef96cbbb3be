package testcase

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// recorder is a testing.TB that records what Golden reports.
type recorder struct {
	testing.TB
	errors, fatals []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatal(args ...any) { r.fatals = append(r.fatals, fmt.Sprint(args...)) }

func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}

func TestGolden(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "want.txt")
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name   string
		path   string
		got    string
		update bool
		errors []string
	}{
		{name: "update creates the folder and file", path: path, got: "a\nb\nc\n", update: true},
		{name: "equal", path: path, got: "a\nb\nc\n"},
		{name: "a line differs", path: path, got: "a\nB\nc\n", errors: []string{
			path + " differs from the golden file; run go test ./internal/testcase -update and review the diff.\nline 2:\nwant: b\ngot:  B",
		}},
		{name: "a line is missing", path: path, got: "a\nb\n", errors: []string{
			path + " differs from the golden file; run go test ./internal/testcase -update and review the diff.\nline 3:\nwant: c\ngot:  ",
		}},
		{name: "a line is added", path: path, got: "a\nb\nc\nd", errors: []string{
			path + " differs from the golden file; run go test ./internal/testcase -update and review the diff.\nline 4:\nwant: \ngot:  d",
		}},
		{name: "missing file", path: missing, got: "a\n", errors: []string{
			"open " + missing + ": no such file or directory (run go test ./internal/testcase -update to create it)",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Golden(r, tc.path, []byte(tc.got), tc.update)
			if !slices.Equal(r.errors, tc.errors) {
				t.Errorf("errors = %q, want %q", r.errors, tc.errors)
			}
			if len(r.fatals) != 0 {
				t.Errorf("fatal errors = %q, want none", r.fatals)
			}
		})
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "a\nb\nc\n" {
		t.Errorf("golden file = %q, %v; want the text written with update", b, err)
	}
}

func TestGoldenUpdateFails(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Golden(r, filepath.Join(file, "want.txt"), []byte("x"), true)
	want := "mkdir " + file + ": not a directory"
	if len(r.fatals) != 1 || r.fatals[0] != want || len(r.errors) != 0 {
		t.Errorf("fatals = %q, errors = %q; want [%q]", r.fatals, r.errors, want)
	}
}

func TestCases(t *testing.T) {
	first, second := Seed(t), Seed(t)
	if first != second {
		t.Error("Seed loads the seed case more than once")
	}
	if got := len(first.Events); got == 0 {
		t.Error("the seed case has no events")
	}
	c := Generated(t, 10)
	if c != Generated(t, 10) {
		t.Error("Generated loads the case of 10 events more than once")
	}
	if got := len(c.Events); got != 10 {
		t.Errorf("the generated case has %d events, want 10", got)
	}
	if Generated(t, 20) == c {
		t.Error("Generated returns the same case for 10 and 20 events")
	}
}

func TestRepoCases(t *testing.T) {
	got := RepoCases(t)
	for _, want := range []string{"data/han-dong", "examples/minimal", "examples/hostile-names", "examples/claims-over-time"} {
		if got[want] == nil {
			t.Errorf("RepoCases has no %s; it has %d cases", want, len(got))
		}
	}
	if len(got["data/han-dong"].Events) != len(Seed(t).Events) {
		t.Errorf("data/han-dong has %d events, the seed case %d", len(got["data/han-dong"].Events), len(Seed(t).Events))
	}
	got["added"] = nil
	if _, ok := RepoCases(t)["added"]; ok {
		t.Error("a caller's addition to the map reached the next caller")
	}
}
