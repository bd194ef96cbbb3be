package gen

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestDeterministic(t *testing.T) {
	for _, o := range []Options{{}, {Events: 10, Seed: 1}, {Events: 250, Seed: 42}} {
		a, b := Files(o), Files(o)
		if len(a) != len(b) {
			t.Fatalf("%+v: %d files, then %d", o, len(a), len(b))
		}
		for name, data := range a {
			if !bytes.Equal(data, b[name]) {
				t.Errorf("%+v: %s differs between two runs", o, name)
			}
		}
	}
}

func TestSeedsDiffer(t *testing.T) {
	a, b := Files(Options{Events: 50, Seed: 1}), Files(Options{Events: 50, Seed: 2})
	if bytes.Equal(a["events/0001.yaml"], b["events/0001.yaml"]) {
		t.Error("seeds 1 and 2 gave the same events")
	}
}

// decoded is the part of a case document the tests count.
type decoded struct {
	Case          map[string]any   `yaml:"case"`
	People        []map[string]any `yaml:"people"`
	Organizations []map[string]any `yaml:"organizations"`
	Sources       []map[string]any `yaml:"sources"`
	Events        []map[string]any `yaml:"events"`
	Claims        []map[string]any `yaml:"claims"`
	Relations     []map[string]any `yaml:"relations"`
}

// decodeAll decodes every document of every file, in sorted path order.
func decodeAll(t *testing.T, files map[string][]byte) []decoded {
	t.Helper()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	var docs []decoded
	for _, name := range names {
		dec := yaml.NewDecoder(bytes.NewReader(files[name]))
		dec.KnownFields(true)
		for {
			var d decoded
			err := dec.Decode(&d)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			docs = append(docs, d)
		}
	}
	return docs
}

func TestCountsAndYAML(t *testing.T) {
	tests := []struct {
		events                                               int
		files, people, orgs, sources, evs, claims, relations int
	}{
		{events: 0, files: 6, people: 25, orgs: 5, sources: 50, evs: 100, claims: 33, relations: 25},
		{events: 1, files: 6, people: 3, orgs: 2, sources: 1, evs: 1, claims: 0, relations: 3},
		{events: 10, files: 6, people: 3, orgs: 2, sources: 5, evs: 10, claims: 3, relations: 3},
		{events: 1000, files: 15, people: 250, orgs: 50, sources: 500, evs: 1000, claims: 333, relations: 250},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.events), func(t *testing.T) {
			files := Files(Options{Events: tt.events, Seed: 7})
			if len(files) != tt.files {
				t.Errorf("%d files, want %d", len(files), tt.files)
			}
			var got decoded
			ids := map[string]bool{}
			for _, d := range decodeAll(t, files) {
				got.People = append(got.People, d.People...)
				got.Organizations = append(got.Organizations, d.Organizations...)
				got.Sources = append(got.Sources, d.Sources...)
				got.Events = append(got.Events, d.Events...)
				got.Claims = append(got.Claims, d.Claims...)
				got.Relations = append(got.Relations, d.Relations...)
			}
			for _, kind := range [][]map[string]any{got.People, got.Organizations, got.Sources, got.Events, got.Claims} {
				for _, r := range kind {
					id, _ := r["id"].(string)
					if ids[id] {
						t.Errorf("duplicate id %q", id)
					}
					ids[id] = true
				}
			}
			counts := []struct {
				what      string
				got, want int
			}{
				{"people", len(got.People), tt.people},
				{"organizations", len(got.Organizations), tt.orgs},
				{"sources", len(got.Sources), tt.sources},
				{"events", len(got.Events), tt.evs},
				{"claims", len(got.Claims), tt.claims},
				{"relations", len(got.Relations), tt.relations},
			}
			for _, c := range counts {
				if c.got != c.want {
					t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
				}
			}
			if want := (Options{Events: tt.events}).Counts(); want.Claims != tt.claims || want.Sources != tt.sources {
				t.Errorf("Counts() = %+v, disagrees with the files", want)
			}
		})
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	o := Options{Events: 120, Seed: 3}
	if err := WriteDir(dir, o); err != nil {
		t.Fatal(err)
	}
	for name, data := range Files(o) {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s: written bytes differ from Files", name)
		}
	}
	fsys := FS(o)
	if len(fsys) != 7 || !strings.HasPrefix(string(fsys["events/0002.yaml"].Data), "# Events 101 to 120.") {
		t.Errorf("FS: %d files; events/0002.yaml begins %.30q", len(fsys), fsys["events/0002.yaml"].Data)
	}
}

func TestWriteDirError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteDir(filepath.Join(file, "case"), Options{Events: 5})
	if err == nil || !strings.HasPrefix(err.Error(), "gen: ") {
		t.Errorf("WriteDir below a file: %v, want a gen: error", err)
	}
}
