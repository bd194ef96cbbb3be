package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// result is what one in-process run of the command printed and returned.
type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t testing.TB, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(""), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// writeCase writes files (slash paths relative to a new temporary folder) and
// returns the folder.
func writeCase(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string // start of stderr
	}{
		{[]string{"frobnicate"}, `eventgraph: unknown command "frobnicate" for "eventgraph"`},
		{[]string{"validate", "--nope"}, "eventgraph: unknown flag: --nope"},
		{[]string{"validate", "a", "b"}, "eventgraph: accepts at most 1 arg(s), received 2"},
		{[]string{"schema", "x"}, "eventgraph: accepts at most 0 arg(s), received 1"},
		{[]string{"version", "x"}, "eventgraph: accepts at most 0 arg(s), received 1"},
		{[]string{"timeline", "-o", "t.pdf"}, "eventgraph: -o t.pdf: a timeline is written as SVG (.svg), PNG (.png) or as its scene in JSON (.json), not as .pdf: name the file t.svg"},
		{[]string{"timeline", "--format", "json", "-o", "t.pdf"}, "eventgraph: -o t.pdf: a timeline is written as SVG (.svg), PNG (.png) or as its scene in JSON (.json), not as .pdf: name the file t.json"},
		{[]string{"timeline", "--format", "png", "-o", "t.svg"}, "eventgraph: --format png does not match the output file t.svg: name it t.png, or drop --format"},
		{[]string{"timeline", "--format", "svg", "-o", "t.png"}, "eventgraph: --format svg does not match the output file t.png: name it t.svg, or drop --format"},
		{[]string{"timeline", "--format", "jpeg"}, `eventgraph: --format: unknown format "jpeg": use svg, png or json`},
		{[]string{"timeline", "--scale", "1", "-o", "t.svg"}, "eventgraph: --scale applies to PNG output (--format png or -o x.png)"},
		{[]string{"timeline", "--scale", "20", "-o", "t.png"}, "eventgraph: --scale 20: use a number of pixels per px from 0.5 to 8, or 0 for 2"},
		{[]string{"timeline", "--scale", "-1", "--format", "png"}, "eventgraph: --scale -1: use a number of pixels per px from 0.5 to 8, or 0 for 2"},
		{[]string{"timeline", "--panels", "some"}, `eventgraph: --panels: unknown panels "some": use all, claims, sources or none`},
		{[]string{"timeline", "--group", "sometimes"}, `eventgraph: --group: unknown group mode "sometimes": use auto or never`},
		{[]string{"diagram", "--focus", "han-dong", "--max-nodes", "-3"}, "eventgraph: --max-nodes: -3 is negative: use 1 or more, or 0 for no limit"},
		{[]string{"diagram", "--focus", "han-dong", "--max-nodes", "lots"}, `eventgraph: invalid argument "lots" for "--max-nodes" flag`},
		{[]string{"diagram", "--path", "han-dong,han-tao", "--max-nodes", "5"}, "eventgraph: --max-nodes applies to a --focus view or the whole diagram, not to --path"},
	}
	for _, tt := range tests {
		r := runCLI(t, tt.args...)
		if r.code != ExitUsage {
			t.Errorf("%v: exit %d, want %d; stderr %q", tt.args, r.code, ExitUsage, r.stderr)
		}
		if !strings.HasPrefix(r.stderr, tt.want) {
			t.Errorf("%v: stderr %q, want prefix %q", tt.args, r.stderr, tt.want)
		}
		if !strings.Contains(r.stderr, "--help' for usage.") {
			t.Errorf("%v: stderr %q does not point at --help", tt.args, r.stderr)
		}
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	root := newRoot(&env{})
	cmds := []string{""}
	for _, c := range root.Commands() {
		cmds = append(cmds, c.Name())
	}
	for _, name := range cmds {
		args := []string{"--help"}
		if name != "" {
			args = []string{name, "--help"}
		}
		r := runCLI(t, args...)
		if r.code != ExitOK || !strings.Contains(r.stdout, "Usage:") || r.stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	r := runCLI(t)
	if r.code != ExitOK || !strings.Contains(r.stdout, "Available Commands:") {
		t.Errorf("no arguments: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestVersion(t *testing.T) {
	r := runCLI(t, "version")
	if r.code != ExitOK || r.stdout != "eventgraph (devel)\n" && !strings.HasPrefix(r.stdout, "eventgraph v") {
		t.Errorf("version: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestSchema(t *testing.T) {
	r := runCLI(t, "schema")
	if r.code != ExitOK {
		t.Fatalf("schema: exit %d, stderr %q", r.code, r.stderr)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", doc["$schema"])
	}
}

func TestValidateBundled(t *testing.T) {
	r := runCLI(t, "validate")
	if r.code != ExitOK || withoutWarnings(r.stderr) != "" {
		t.Fatalf("validate: exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "bundled case han-dong: ok: ") || strings.Count(r.stderr, "\n") > 0 && !strings.HasSuffix(r.stdout, " warnings\n") {
		t.Errorf("validate: stdout %q", r.stdout)
	}
}

func TestValidateProblems(t *testing.T) {
	dir := writeCase(t, map[string]string{
		"people.yaml": "people:\n  - id: a\n    name: A\n    nmae: x\n",
		"events.yaml": "events:\n  - id: e1\n    title: T\n    date: summer 2019\n    participants: [zz]\n",
	})
	r := runCLI(t, "validate", dir)
	if r.code != ExitInvalid {
		t.Fatalf("exit %d, want %d; stderr %q", r.code, ExitInvalid, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) < 4 {
		t.Fatalf("want at least 3 problems and a summary, got %q", r.stderr)
	}
	for _, l := range lines[:len(lines)-1] {
		rel := strings.TrimPrefix(l, dir+string(filepath.Separator))
		if !strings.HasPrefix(rel, "events.yaml:") && !strings.HasPrefix(rel, "people.yaml:") {
			t.Errorf("problem line %q does not start with FILE:LINE:COL", l)
		}
	}
	wantLast := "eventgraph: " + dir + ": " + plural(len(lines)-1, "problem", "problems")
	if lines[len(lines)-1] != wantLast {
		t.Errorf("last line %q, want %q", lines[len(lines)-1], wantLast)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
}

func TestValidateMissingFolder(t *testing.T) {
	r := runCLI(t, "validate", filepath.Join(t.TempDir(), "nope"))
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "nope") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}
