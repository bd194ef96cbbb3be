// Tests of Arena: not in upstream go.yaml.in/yaml/v3; see PATCHES.md.

package yaml_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// decodeAll decodes every document of data, in a when it is not nil, and
// prints the trees with printNode.
func decodeAll(data string, a *yaml.Arena) (string, error) {
	dec := yaml.NewDecoder(strings.NewReader(data))
	if a != nil {
		dec.SetArena(a)
	}
	var out bytes.Buffer
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			return out.String(), nil
		}
		if err != nil {
			return out.String(), err
		}
		printNode(&out, &doc, 0, map[*yaml.Node]int{})
	}
}

// printNode writes every field of n and its children, with ShortTag for the
// tag, and aliases by the place of the node they name.
func printNode(w io.Writer, n *yaml.Node, depth int, seen map[*yaml.Node]int) {
	if n == nil {
		fmt.Fprintf(w, "%*snil\n", depth, "")
		return
	}
	seen[n] = len(seen)
	alias := -1
	if n.Alias != nil {
		if i, ok := seen[n.Alias]; ok {
			alias = i
		}
	}
	fmt.Fprintf(w, "%*s%d %d %q %q %q alias=%d %d:%d %q %q %q %d\n", depth, "",
		n.Kind, n.Style, n.ShortTag(), n.Value, n.Anchor, alias, n.Line, n.Column,
		n.HeadComment, n.LineComment, n.FootComment, len(n.Content))
	for _, c := range n.Content {
		printNode(w, c, depth+1, seen)
	}
}

// arenaInputs are documents that exercise every kind of scalar, comments,
// anchors and errors.
var arenaInputs = []string{
	"",
	"a: 1\nb: [x, 'y z', \"w\\tv\"]\nc: {d: ~, e: null}\n",
	"# head\nk: v # line\n# foot\n\nk2:\n  - 1\n  - 2.5\n  - 2012-01-01\n  - 2012-01-01T10:00:00Z\n  - 0b101\n  - true\n",
	"x: |\n  literal\n   text\n\ny: >-\n  folded\n  text\n\n  more\nz: plain\n  continued\n  lines\n",
	"a: &anchor\n  b: c\nd: *anchor\ne: [*anchor, *anchor]\n<<: *anchor\n",
	"---\nfirst: 1\n...\n---\nsecond: [2]\n---\n- third\n",
	"s: '" + strings.Repeat("long text ", 500) + "'\nt: " + strings.Repeat("plain ", 400) + "\n",
	"a: \"unclosed\nb: c\n",
	"a: b: c\n",
	"- [a, b\n",
	"key: value\n\t- tab\n",
	"a: *missing\n",
	"!!str 12: !!int \"3\"\n? complex\n: value\n",
	"a: ! 12\nb: ! foo\nc: !local x\n",
}

func TestArenaSameTrees(t *testing.T) {
	var inputs []string
	inputs = append(inputs, arenaInputs...)
	for _, tt := range nodeTests {
		inputs = append(inputs, tt.yaml)
	}
	a := &yaml.Arena{}
	for _, in := range inputs {
		want, wantErr := decodeAll(in, nil)
		got, gotErr := decodeAll(in, a)
		if got != want || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("decoding %q in an arena:\n%s(%v)\nwithout:\n%s(%v)", in, got, gotErr, want, wantErr)
		}
		// The next document reuses the memory of this one.
		a.Poison()
	}
}

func TestArenaPlainTagsResolveLater(t *testing.T) {
	var doc yaml.Node
	dec := yaml.NewDecoder(strings.NewReader("[1, 2012-01-01, x, ~, '1', !!str 2]"))
	dec.SetArena(&yaml.Arena{})
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	var tags, short []string
	for _, n := range doc.Content[0].Content {
		tags = append(tags, n.Tag)
		short = append(short, n.ShortTag())
	}
	if got, want := fmt.Sprint(tags), "[    !!str !!str]"; got != want {
		t.Errorf("tags %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(short), "[!!int !!timestamp !!str !!null !!str !!str]"; got != want {
		t.Errorf("short tags %s, want %s", got, want)
	}
}

func TestArenaReusesMemory(t *testing.T) {
	data := strings.Repeat("- {id: event-1, title: \"A title of some length\", tags: [a, b]}\n", 200)
	a := &yaml.Arena{}
	decode := func() {
		dec := yaml.NewDecoder(strings.NewReader(data))
		dec.SetArena(a)
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			t.Fatal(err)
		}
		a.Reset()
	}
	decode()
	with := testing.AllocsPerRun(5, decode)
	without := testing.AllocsPerRun(5, func() {
		var doc yaml.Node
		if err := yaml.NewDecoder(strings.NewReader(data)).Decode(&doc); err != nil {
			t.Fatal(err)
		}
	})
	// Without the arena every node, value and list is allocated (some
	// 7,400 allocations); with it what stays is the decoder's own state.
	t.Logf("%v allocations with an arena, %v without", with, without)
	if with > 60 || without < 2000 {
		t.Errorf("%v allocations with an arena, %v without", with, without)
	}
}

// FuzzArena checks that any input decodes to the same trees, tags and
// errors with an arena, poisoned between inputs, as without.
func FuzzArena(f *testing.F) {
	for _, in := range arenaInputs {
		f.Add(in)
	}
	a := &yaml.Arena{}
	f.Fuzz(func(t *testing.T, in string) {
		want, wantErr := decodeAll(in, nil)
		got, gotErr := decodeAll(in, a)
		a.Poison()
		if got != want || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("decoding %q in an arena:\n%s(%v)\nwithout:\n%s(%v)", in, got, gotErr, want, wantErr)
		}
	})
}
