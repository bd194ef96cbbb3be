package casefile

import (
	"testing"
	"testing/fstest"
)

func TestUnclosedSyntaxErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"flow mapping", "people:\n  - {id: a, name: A\n  - id: b\n    name: B\n",
			"c.yaml:2:5: invalid YAML: this { is never closed: add } where the mapping ends (the parser says: did not find expected ',' or '}')"},
		{"flow list at end", "people:\n  - id: a\n    name: A\n    aliases: [x, y\n",
			"c.yaml:4:14: invalid YAML: this [ is never closed: add ] where the list ends (the parser says: did not find expected ',' or ']')"},
		{"double quote", "people:\n  - id: a\n    name: \"A\n  - id: b\n",
			"c.yaml:3:11: invalid YAML: the quoted text that starts here is never closed: add the closing \" (the parser says: found unexpected end of stream)"},
		{"single quote after doubled quote", "people:\n  - id: a\n    name: 'it''s\n",
			"c.yaml:3:11: invalid YAML: the quoted text that starts here is never closed: add the closing ' (the parser says: found unexpected end of stream)"},
		{"wrong closer", "people:\n  - id: a\n    name: Jo O'Brien [x]\n    aliases: [a, b}\n",
			"c.yaml:4:19: invalid YAML: } here closes the [ at line 4, column 14; use ] (the parser says: did not find expected ',' or ']')"},
	}
	for _, tt := range tests {
		_, err := Load(fstest.MapFS{"c.yaml": {Data: []byte(tt.yaml)}}, ".")
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

// Text that only looks like an opening quote or bracket is not reported.
func TestUnclosedIgnoresText(t *testing.T) {
	for _, src := range []string{
		"title: Jo O'Brien's [draft] {notes}\n",
		"description: |\n  a \"quote and [ bracket\n  on two lines\nnext: x\n",
		"a: 'it''s' # a \"comment [\nb: [1, {c: d}]\n",
		"---\nx: \"a\\\"b\"\n...\n",
	} {
		if l, c, msg, ok := unclosed([]byte(src)); ok {
			t.Errorf("unclosed(%q) = %d:%d %q, want nothing", src, l, c, msg)
		}
	}
}
