package casefile

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// aliasBomb is the classic "billion laughs": nine levels of nine aliases.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 9; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	b.WriteString("people: *a8\n")
	return b.String()
}

// schemaBomb nests aliases along the shape the loader walks (claims,
// responses, sources), so that following every alias would visit 10^9
// nodes.
func schemaBomb() string {
	var b strings.Builder
	b.WriteString("people:\n  - {id: p, name: P}\nsources:\n  - {id: s, title: S, date: 2021}\n")
	b.WriteString("x: &ids [" + strings.Repeat("s, ", 999) + "s]\n")
	b.WriteString("y: &rs [" + strings.Repeat("{who: p, stance: denies, sources: *ids}, ", 999) + "{who: p, stance: denies, sources: *ids}]\n")
	b.WriteString("claims:\n  - &c {id: c, statement: S, about: [p], sources: [s], responses: *rs}\n")
	for range 999 {
		b.WriteString("  - *c\n")
	}
	return b.String()
}

// TestBadInput feeds the loader malformed and unusual files: none may
// panic, and each gives a clear error or loads.
func TestBadInput(t *testing.T) {
	person := "people:\n  - id: p\n    name: P\n"
	tests := []struct {
		name   string
		files  map[string]string
		want   string // the error text; "" when the case loads
		counts string // what a case that loads holds
	}{
		{"empty file", map[string]string{"a.yaml": ""}, "",
			"0 people, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
		{"only a comment", map[string]string{"a.yaml": "# nothing yet\n"}, "",
			"0 people, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
		{"empty documents", map[string]string{"a.yaml": "---\n---\n~\n---\npeople:\n"}, "",
			"0 people, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
		{"several documents", map[string]string{"a.yaml": person + "---\npeople:\n  - {id: q, name: Q}\n"}, "",
			"2 people, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
		{"list at the top level", map[string]string{"a.yaml": "- id: p\n  name: P\n"},
			"a.yaml:1:1: the top level must be a mapping with keys such as people:, events: and claims:, got a list", ""},
		{"text at the top level", map[string]string{"a.yaml": "just some text\n"},
			"a.yaml:1:1: the top level must be a mapping with keys such as people:, events: and claims:, got text", ""},
		{"tabs for indentation", map[string]string{"a.yaml": "people:\n  - id: p\n\tname: P\n"},
			"a.yaml:3:1: a tab indents this line; YAML indents with spaces only (found a tab character that violates indentation)", ""},
		{"invalid UTF-8", map[string]string{"a.yaml": "people:\n  - id: p\n    name: Han \xff Dong\n"},
			"a.yaml:3:15: invalid UTF-8 at byte offset 32 (byte 0xff); save the file as UTF-8", ""},
		{"UTF-8 byte order mark", map[string]string{"a.yaml": "\xef\xbb\xbf" + person}, "",
			"1 person, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
		{"byte order mark keeps positions", map[string]string{"a.yaml": "\xef\xbb\xbfpeople:\n  - id: p\n    nam: P\n"},
			"a.yaml:2:5: person \"p\" is missing required field \"name\"\na.yaml:3:5: unknown field \"nam\" in person, did you mean \"name\"?", ""},
		{"CRLF line ends", map[string]string{"a.yaml": strings.ReplaceAll(person, "\n", "\r\n")}, "",
			"1 person, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
		{"CRLF keeps positions", map[string]string{"a.yaml": "people:\r\n  - id: p\r\n    name: P\r\n    tags: x\r\n"},
			"a.yaml:4:11: \"tags\" must be a list, got text; write [x]", ""},
		{"9-level alias bomb", map[string]string{"a.yaml": aliasBomb()},
			"a.yaml:1:1: unknown field \"a0\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:2:1: unknown field \"a1\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:3:1: unknown field \"a2\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:4:1: unknown field \"a3\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:5:1: unknown field \"a4\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:6:1: unknown field \"a5\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:7:1: unknown field \"a6\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:8:1: unknown field \"a7\" at the top level; the fields are case, people, organizations, sources, events, claims or relations\n" +
				"a.yaml:8:5: a person must be a mapping (id: ...), got a list\n" +
				"a.yaml:9:1: unknown field \"a8\" at the top level; the fields are case, people, organizations, sources, events, claims or relations", ""},
		{"10,000-deep nesting", map[string]string{"a.yaml": "people: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n"},
			"a.yaml:1:10: a person must be a mapping (id: ...), got a list", ""},
		{"10,000-deep mappings", map[string]string{"a.yaml": "people:\n  - " + strings.Repeat("{a: ", 10000) + "1" + strings.Repeat("}", 10000) + "\n"},
			"a.yaml:2:5: person is missing required field \"id\"\n" +
				"a.yaml:2:5: person is missing required field \"name\"\n" +
				"a.yaml:2:6: unknown field \"a\" in person; the fields are id, name, aliases, description, tags or links", ""},
		{"unknown anchor", map[string]string{"a.yaml": "people:\n  - id: p\n    name: *nope\n"},
			"a.yaml:3:11: invalid YAML: unknown anchor 'nope' referenced; an alias (*name) must follow its anchor (&name) in the same document", ""},
		{"unclosed bracket", map[string]string{"a.yaml": "people: [\n"},
			"a.yaml:1:1: invalid YAML: did not find expected node content", ""},
		{"other files are ignored", map[string]string{
			"a.yaml": person, "README.md": "# notes: [", "notes.txt": "\xff", "b.yml": "people:\n  - {id: q, name: Q}\n",
			".hidden.yaml": "[", ".git/config.yaml": "[", "drafts/.old/x.yaml": "[",
		}, "", "2 people, 0 organizations, 0 sources, 0 events, 0 claims, 0 relations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := loadFiles(t, tt.files)
			if got := errText(err); got != tt.want {
				t.Fatalf("errors:\n%s\nwant:\n%s", got, tt.want)
			}
			if err == nil {
				if got := c.Counts().String(); got != tt.counts {
					t.Errorf("loaded %s, want %s", got, tt.counts)
				}
			}
		})
	}
}

// TestAliases checks that aliases are followed within a budget.
func TestAliases(t *testing.T) {
	c, err := loadFiles(t, map[string]string{"a.yaml": "people:\n  - {id: p, name: P, tags: &tags [a, b]}\n  - {id: q, name: Q, tags: *tags}\n"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.Person("q").Tags, ","); got != "a,b" {
		t.Errorf("q's tags = %q, want a,b", got)
	}

	_, err = loadFiles(t, map[string]string{"a.yaml": schemaBomb()})
	const want = `a.yaml:5:1: unknown field "x" at the top level; the fields are case, people, organizations, sources, events, claims or relations
a.yaml:5:13: "s" is listed more than once in "sources" (first at line 5, column 10); list each once
a.yaml:5:640: aliases expand to far more data than the file holds (an alias bomb?); write the records out instead of repeating them with aliases
a.yaml:6:1: unknown field "y" at the top level; the fields are case, people, organizations, sources, events, claims or relations`
	if got := errText(err); got != want {
		t.Errorf("alias bomb: got\n%s\nwant\n%s", got, want)
	}
}

// TestLargeFile checks that a 50 MB file is refused before it is decoded.
func TestLargeFile(t *testing.T) {
	big := strings.Repeat("# padding to make the file large\n", 50<<20/33+1)
	_, err := Load(fstest.MapFS{"big.yaml": {Data: []byte(big)}}, ".")
	const want = "big.yaml: the file is larger than 16 MiB (50.0 MiB): split it into several files"
	if got := errText(err); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFolderErrors checks the errors for a root that is not a case folder.
func TestFolderErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"case/a.yaml":    {Data: []byte("people: []\n")},
		"empty/notes.md": {Data: []byte("# notes\n")},
	}
	tests := []struct {
		root     string
		want     string
		sentinel error
	}{
		{"missing", "casefile: case folder not found: missing", ErrNotFound},
		{"case/a.yaml", "casefile: not a folder: case/a.yaml is a file; give the folder that holds the case files", ErrNotFolder},
		{"empty", "casefile: no .yaml or .yml files in empty", ErrNoFiles},
	}
	for _, tt := range tests {
		_, err := Load(fsys, tt.root)
		if got := errText(err); got != tt.want {
			t.Errorf("Load(%q) = %q, want %q", tt.root, got, tt.want)
		}
		if !errors.Is(err, tt.sentinel) {
			t.Errorf("Load(%q): errors.Is(%v) is false", tt.root, tt.sentinel)
		}
	}
	c, err := Load(fsys, "case")
	if err != nil || c.Counts().People != 0 {
		t.Errorf("Load(case) = %v, %v", c, err)
	}
}

// TestLoadRootSpelling checks that the root is cleaned before use.
func TestLoadRootSpelling(t *testing.T) {
	fsys := fstest.MapFS{"case/a.yaml": {Data: []byte("people:\n  - {id: p, nam: P}\n")}}
	for _, root := range []string{"case", "case/", "./case", "case/../case"} {
		_, err := Load(fsys, root)
		const want = `a.yaml:2:5: person "p" is missing required field "name"` + "\n" +
			`a.yaml:2:13: unknown field "nam" in person, did you mean "name"?`
		if got := errText(err); got != want {
			t.Errorf("Load(%q): got\n%s\nwant\n%s", root, got, want)
		}
	}
	for _, root := range []string{"", "."} {
		if _, err := Load(fstest.MapFS{"a.yaml": {Data: []byte("people: []\n")}}, root); err != nil {
			t.Errorf("Load(%q): %v", root, err)
		}
	}
}
