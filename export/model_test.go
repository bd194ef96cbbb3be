package export

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// validate checks v against the JSON Schema node s, for the keywords the
// model schema uses (type, properties, required, additionalProperties
// false, items, enum, const, pattern, minimum, oneOf, $ref into $defs),
// and returns the problems found, each with its JSON path.
func validate(root, s map[string]any, v any, path string) []string {
	if r, ok := s["$ref"].(string); ok {
		def := root["$defs"].(map[string]any)[strings.TrimPrefix(r, "#/$defs/")]
		return validate(root, def.(map[string]any), v, path)
	}
	if alts, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, a := range alts {
			if len(validate(root, a.(map[string]any), v, path)) == 0 {
				n++
			}
		}
		if n != 1 {
			return []string{fmt.Sprintf("%s: matches %d of oneOf", path, n)}
		}
		return nil
	}
	var errs []string
	if c, ok := s["const"]; ok && v != c {
		errs = append(errs, fmt.Sprintf("%s: %v, want %v", path, v, c))
	}
	if e, ok := s["enum"].([]any); ok && !slices.Contains(e, v) {
		errs = append(errs, fmt.Sprintf("%s: %v is not one of %v", path, v, e))
	}
	switch s["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return append(errs, path+": not an object")
		}
		props, _ := s["properties"].(map[string]any)
		for _, r := range s["required"].([]any) {
			if _, ok := m[r.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: %s missing", path, r))
			}
		}
		for k, x := range m {
			p, ok := props[k]
			if !ok {
				errs = append(errs, fmt.Sprintf("%s: %s not in the schema", path, k))
				continue
			}
			errs = append(errs, validate(root, p.(map[string]any), x, path+"."+k)...)
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return append(errs, path+": not an array")
		}
		for i, x := range a {
			errs = append(errs, validate(root, s["items"].(map[string]any), x, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			return append(errs, path+": not a string")
		}
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			errs = append(errs, fmt.Sprintf("%s: %q does not match %s", path, str, p))
		}
	case "integer":
		f, ok := v.(float64)
		if !ok || f != float64(int64(f)) {
			return append(errs, path+": not an integer")
		}
		if m, ok := s["minimum"].(float64); ok && f < m {
			errs = append(errs, fmt.Sprintf("%s: %v below %v", path, f, m))
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			errs = append(errs, path+": not a boolean")
		}
	case "null":
		if v != nil {
			errs = append(errs, path+": not null")
		}
	}
	return errs
}

func checkModel(t *testing.T, c *casefile.Case) {
	t.Helper()
	var schema map[string]any
	if err := json.Unmarshal(ModelSchema(), &schema); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(ModelJSON(c), &doc); err != nil {
		t.Fatal(err)
	}
	for i, e := range validate(schema, schema, doc, "$") {
		if i == 10 {
			t.Error("...")
			break
		}
		t.Error(e)
	}
}

func TestModelJSONValidates(t *testing.T) {
	checkModel(t, testcase.Seed(t))
	checkModel(t, testcase.Generated(t, 300))
	testcase.Golden(t, "testdata/han-dong.model.json", ModelJSON(testcase.Seed(t)), *update)
}

// TestModelSchemaEnums keeps the schema's statuses and stances those of
// casefile.
func TestModelSchemaEnums(t *testing.T) {
	var s struct {
		Defs struct {
			Claim struct {
				Properties struct {
					Status struct{ Enum []string }
				}
			}
			Response struct {
				Properties struct {
					Stance struct{ Enum []string }
				}
			}
		} `json:"$defs"`
	}
	if err := json.Unmarshal(ModelSchema(), &s); err != nil {
		t.Fatal(err)
	}
	var statuses, stances []string
	for _, x := range casefile.Statuses {
		statuses = append(statuses, string(x))
	}
	for _, x := range casefile.Stances {
		stances = append(stances, string(x))
	}
	if got := s.Defs.Claim.Properties.Status.Enum; !slices.Equal(got, statuses) {
		t.Errorf("schema statuses %q, casefile %q", got, statuses)
	}
	if got := s.Defs.Response.Properties.Stance.Enum; !slices.Equal(got, stances) {
		t.Errorf("schema stances %q, casefile %q", got, stances)
	}
}

// TestValidateCatches makes sure the validator finds what it should.
func TestValidateCatches(t *testing.T) {
	var schema map[string]any
	json.Unmarshal(ModelSchema(), &schema)
	var doc map[string]any
	json.Unmarshal(ModelJSON(testcase.Seed(t)), &doc)
	doc["claims"].([]any)[0].(map[string]any)["status"] = "rumoured"
	delete(doc["events"].([]any)[0].(map[string]any), "title")
	doc["people"].([]any)[0].(map[string]any)["nickname"] = "x"
	got := validate(schema, schema, any(doc), "$")
	want := []string{
		`$.claims[0].status: rumoured is not one of`,
		`$.events[0]: title missing`,
		`$.people[0]: nickname not in the schema`,
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("validate did not report %q; it reported %q", w, got)
		}
	}
}
