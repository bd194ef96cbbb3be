package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"go.yaml.in/yaml/v3"
)

// ftmSchema is what the test needs of one FtM schema file.
type ftmSchema struct {
	Extends    []string `yaml:"extends"`
	Abstract   bool     `yaml:"abstract"`
	Required   []string `yaml:"required"`
	Properties map[string]struct {
		Type  string `yaml:"type"`
		Range string `yaml:"range"`
	} `yaml:"properties"`
}

// loadFtM reads the FtM schema files in testdata/ftm-schema.
func loadFtM(t *testing.T) map[string]ftmSchema {
	t.Helper()
	files, err := filepath.Glob("testdata/ftm-schema/*.y*ml")
	if err != nil || len(files) < 20 {
		t.Fatalf("FtM schema files: %v (%d files)", err, len(files))
	}
	out := map[string]ftmSchema{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]ftmSchema
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// ftmProps returns the properties (name → type) and required properties
// of a schema with those it extends.
func ftmProps(all map[string]ftmSchema, name string) (map[string]string, []string) {
	props := map[string]string{}
	var required []string
	var walk func(string)
	walk = func(n string) {
		s := all[n]
		for _, p := range s.Extends {
			walk(p)
		}
		for p, d := range s.Properties {
			props[p] = d.Type
		}
		required = append(required, s.Required...)
	}
	walk(name)
	return props, required
}

var ftmDatePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$`)

// checkFtM checks every entity against the FtM schema: a known, concrete
// schema; known property names; every required property; lists of
// strings; dates as FtM date prefixes; entity references to entities of
// the export.
func checkFtM(t *testing.T, all map[string]ftmSchema, data []byte) map[string]int {
	t.Helper()
	var ents []Entity
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var e Entity
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		ents = append(ents, e)
	}
	ids := map[string]bool{}
	schemas := map[string]int{}
	for _, e := range ents {
		if ids[e.ID] {
			t.Errorf("id %q twice", e.ID)
		}
		ids[e.ID] = true
		schemas[e.Schema]++
	}
	for _, e := range ents {
		s, ok := all[e.Schema]
		if !ok || s.Abstract {
			t.Errorf("%s: schema %q is not a concrete FtM schema", e.ID, e.Schema)
			continue
		}
		props, required := ftmProps(all, e.Schema)
		for p, vs := range e.Properties {
			typ, ok := props[p]
			if !ok {
				t.Errorf("%s (%s): FtM has no property %q", e.ID, e.Schema, p)
			}
			for _, v := range vs {
				switch {
				case v == "":
					t.Errorf("%s: empty %s", e.ID, p)
				case typ == "date" && !ftmDatePrefix.MatchString(v):
					t.Errorf("%s: %s %q is not an FtM date", e.ID, p, v)
				case typ == "entity" && !ids[v]:
					t.Errorf("%s: %s names %q, which is not an entity of the export", e.ID, p, v)
				}
			}
		}
		for _, r := range required {
			if len(e.Properties[r]) == 0 {
				t.Errorf("%s (%s): required property %q missing", e.ID, e.Schema, r)
			}
		}
	}
	return schemas
}

func TestFtMAgainstSchema(t *testing.T) {
	all := loadFtM(t)
	schemas := checkFtM(t, all, FtM(seedGraph(t)))
	for _, s := range []string{"Person", "PublicBody", "Organization", "Event", "Membership", "UnknownLink",
		"Documentation", "Article", "Note"} {
		if schemas[s] == 0 {
			t.Errorf("the bundled case gives no %s", s)
		}
	}
	g, err := graph.Build(testcase.Generated(t, 300))
	if err != nil {
		t.Fatal(err)
	}
	checkFtM(t, all, FtM(g))
}

func TestFtMPrefix(t *testing.T) {
	tests := []struct {
		in    string
		want  string
		exact bool
	}{
		{"2021", "2021", true},
		{"2021-02", "2021-02", true},
		{"2021-02-15", "2021-02-15", true},
		{"2021-02~", "2021-02", false},
		{"2019-22", "2019", false},
		{"2021-XX", "2021", false},
		{"201X", "", false},
		{"-0044", "", false},
		{"Y170000002", "", false},
		{"2023-03-22T21:30-04:00", "2023-03-23T01:30:00", true},
	}
	for _, tt := range tests {
		got, exact := ftmPrefix(edtf.MustParse(tt.in).Date)
		if got != tt.want || exact != tt.exact {
			t.Errorf("ftmPrefix(%s) = %q, %v; want %q, %v", tt.in, got, exact, tt.want, tt.exact)
		}
	}
}

// TestFtMKeepsEDTF: a date FtM cannot hold is written out in notes.
func TestFtMKeepsEDTF(t *testing.T) {
	data := string(FtM(seedGraph(t)))
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, `{"id":"csis-probe-of-han-dong"`) {
			if !strings.Contains(line, `"notes":["date (EDTF): 2019-22"]`) || !strings.Contains(line, `"startDate":["2019"]`) {
				t.Errorf("the summer-2019 event: %s", line)
			}
			return
		}
	}
	t.Error("no csis-probe-of-han-dong entity")
}
