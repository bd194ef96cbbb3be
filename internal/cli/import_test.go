package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportTimelineJS(t *testing.T) {
	dir := t.TempDir()
	tl := filepath.Join(dir, "tl.json")
	if r := runCLI(t, "export", "--format", "timelinejs", "-o", tl); r.code != ExitOK {
		t.Fatalf("export: %s", r.stderr)
	}
	out := filepath.Join(dir, "case")
	if r := runCLI(t, "import", "timelinejs", tl, "-o", out); r.code != ExitOK {
		t.Fatalf("import: exit %d: %s", r.code, r.stderr)
	}
	if r := runCLI(t, "validate", out); r.code != ExitOK || !strings.Contains(r.stdout, "ok: ") {
		t.Errorf("validate the imported case: exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"events": [{"start_date": {"year": 2020, "month": 13}, "text": {"headline": "B"}}]}`), 0o644)
	out2 := filepath.Join(dir, "case2")
	r := runCLI(t, "import", "timelinejs", bad, "-o", out2)
	want := bad + ": $.events[0].start_date.month: 13 is out of range 1 to 12\neventgraph: " + bad + ": 1 problem; nothing written\n"
	if r.code != ExitInvalid || r.stderr != want {
		t.Errorf("bad input: exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
	if _, err := os.Stat(out2); !os.IsNotExist(err) {
		t.Errorf("a bad input wrote %s", out2)
	}
	if r := runCLI(t, "import", "timelinejs", tl, "-o", out); r.code != ExitInvalid || !strings.Contains(r.stderr, "the folder is not empty") {
		t.Errorf("into a full folder: exit %d: %s", r.code, r.stderr)
	}
	if r := runCLI(t, "import", "timelinejs", tl); r.code != ExitUsage {
		t.Errorf("without -o: exit %d: %s", r.code, r.stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestImportCSV(t *testing.T) {
	dir := t.TempDir()
	tables := filepath.Join(dir, "tables")
	if r := runCLI(t, "export", "--format", "csv", "-o", tables); r.code != ExitOK {
		t.Fatalf("export: %s", r.stderr)
	}
	out := filepath.Join(dir, "case")
	if r := runCLI(t, "import", "csv", tables, "-o", out); r.code != ExitOK {
		t.Fatalf("import: exit %d: %s", r.code, r.stderr)
	}
	if r := runCLI(t, "validate", out); r.code != ExitOK || !strings.Contains(r.stdout, "15 events, 10 claims") {
		t.Errorf("validate the imported case: exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	os.WriteFile(filepath.Join(tables, "events.csv"), []byte("id,title,edtf\nx,X,2021-13\n"), 0o644)
	r := runCLI(t, "import", "csv", tables, "-o", filepath.Join(dir, "case2"))
	if r.code != ExitInvalid || !strings.HasPrefix(r.stderr, filepath.Join(tables, "events.csv")+":row 2, column edtf: invalid date") {
		t.Errorf("bad input: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "case2")); !os.IsNotExist(err) {
		t.Error("a bad input wrote a folder")
	}
}

// TestImportSheet: a TimelineJS spreadsheet downloaded as CSV makes a case
// that validates; a bad row is reported by file, row and column, and
// nothing is written.
func TestImportSheet(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "timeline.csv")
	os.WriteFile(sheet, []byte("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"+
		"Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"+
		",,,,,,,,,The Moon,,,,,,title,,\n1969,7,20,20:17,,,,,,Apollo 11 lands,,,,,,,NASA,\n"), 0o644)
	out := filepath.Join(dir, "case")
	if r := runCLI(t, "import", "csv", sheet, "-o", out); r.code != ExitOK {
		t.Fatalf("import: exit %d: %s", r.code, r.stderr)
	}
	if r := runCLI(t, "validate", out); r.code != ExitOK || !strings.Contains(r.stdout, "1 event") {
		t.Errorf("validate the imported case: exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	if b, err := os.ReadFile(filepath.Join(out, "events.yaml")); err != nil || !strings.Contains(string(b), "date: 1969-07-20T20:17 #") {
		t.Errorf("events.yaml: %s %v", b, err)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("Year,Month,Headline\n2020,13,B\n"), 0o644)
	out2 := filepath.Join(dir, "case2")
	r := runCLI(t, "import", "csv", bad, "-o", out2)
	want := bad + ":row 2, column Month: 13 is out of range 1 to 12\neventgraph: " + bad + ": 1 problem; nothing written\n"
	if r.code != ExitInvalid || r.stderr != want {
		t.Errorf("bad input: exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
	os.WriteFile(bad, []byte("id,title,edtf\nx,X,2021\n"), 0o644)
	r = runCLI(t, "import", "csv", bad, "-o", out2)
	if r.code != ExitInvalid || !strings.HasPrefix(r.stderr, bad+":row 1: not a TimelineJS spreadsheet") {
		t.Errorf("a CSV file that is not a spreadsheet: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(out2); !os.IsNotExist(err) {
		t.Errorf("a bad input wrote %s", out2)
	}
}
