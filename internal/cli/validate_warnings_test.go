package cli

import (
	"strings"
	"testing"
)

// Warnings go to standard error after any errors, leave the exit code 0 and
// are counted in the summary; --strict makes them errors.
func TestValidateWarnings(t *testing.T) {
	dir := writeCase(t, map[string]string{"case.yaml": "people:\n  - {id: ana, name: Ana}\n  - {id: ben, name: Ben}\nevents:\n  - {id: e, title: E, date: 2021, participants: [ana]}\n"})
	want := "case.yaml:3:5: warning: person \"ben\" appears in no event, claim, relation or source; take part in one, or leave the person out\n" +
		"case.yaml:5:5: warning: event \"e\" cites no source; add sources: [...] so that readers can check it\n"
	r := runCLI(t, "validate", dir)
	if r.code != ExitOK || !strings.HasSuffix(r.stdout, "ok: 2 people, 0 organizations, 0 sources, 1 event, 0 claims, 0 relations; 2 warnings\n") {
		t.Errorf("validate: exit %d, stdout %q", r.code, r.stdout)
	}
	if got := strings.ReplaceAll(r.stderr, dir+"/", ""); got != want {
		t.Errorf("validate stderr:\n%s\nwant\n%s", got, want)
	}
	r = runCLI(t, "validate", "--strict", dir)
	if r.code != ExitInvalid || r.stdout != "" || !strings.Contains(r.stderr, "warning: event \"e\"") || !strings.HasSuffix(r.stderr, ": 2 warnings (--strict)\n") {
		t.Errorf("validate --strict: exit %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "validate", "--strict", "../../examples/minimal"); r.code != ExitOK || r.stderr != "" {
		t.Errorf("the minimal example has warnings: %s", r.stderr)
	}
}

// withoutWarnings returns stderr text without its warning lines
// ("FILE:LINE:COL: warning: ..."), for tests of other output.
func withoutWarnings(s string) string {
	var keep []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.Contains(l, ": warning: ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}
