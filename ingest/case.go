package ingest

import (
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"go.yaml.in/yaml/v3"
)

// Error is a problem in an input file, located by Where: "file:row N" or
// "file: $.events[3].start_date.year".
type Error struct {
	Where string
	Msg   string
}

func (e *Error) Error() string { return e.Where + ": " + e.Msg }

// ErrorList is every problem found in the input, in input order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var s []string
	for _, e := range l {
		s = append(s, e.Error())
	}
	return strings.Join(s, "\n")
}

// Case is a case folder to write: file names (slash paths) and contents.
type Case struct {
	Files map[string][]byte
}

// Names returns the file names in sorted order.
func (c *Case) Names() []string {
	var out []string
	for n := range c.Files {
		out = append(out, n)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Load validates the case folder as eventgraph would load it.
func (c *Case) Load() (*casefile.Case, error) {
	m := fstest.MapFS{}
	for n, d := range c.Files {
		m[n] = &fstest.MapFile{Data: d, Mode: 0o644}
	}
	return casefile.Load(fs.FS(m), ".")
}

// doc builds the YAML of one file: a top-level key holding a list of
// records, each a mapping of fields in the order added.
type doc struct {
	key     string
	comment string
	records []*yaml.Node
}

// record starts a new record.
func (d *doc) record() *rec {
	n := &yaml.Node{Kind: yaml.MappingNode}
	d.records = append(d.records, n)
	return &rec{n}
}

type rec struct{ n *yaml.Node }

// set adds a field with a scalar value; comment, when not "", says the
// value was guessed and how. Empty values are left out.
func (r *rec) set(key, value, comment string) {
	if value == "" {
		return
	}
	v := &yaml.Node{Kind: yaml.ScalarNode, Value: value, LineComment: comment}
	if needsQuotes(value, false) {
		v.Style = yaml.DoubleQuotedStyle
	}
	r.n.Content = append(r.n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
}

// list adds a field with a flow list of scalars.
func (r *rec) list(key string, values []string, comment string) {
	if len(values) == 0 {
		return
	}
	l := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, LineComment: comment}
	for _, v := range values {
		s := &yaml.Node{Kind: yaml.ScalarNode, Value: v}
		if needsQuotes(v, true) {
			s.Style = yaml.DoubleQuotedStyle
		}
		l.Content = append(l.Content, s)
	}
	r.n.Content = append(r.n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, l)
}

// plainStart matches how a plain YAML scalar may begin.
var plainStart = regexp.MustCompile(`^[\p{L}\p{N}(]`)

// needsQuotes reports whether s must be quoted to read back as the same
// string: it starts with a YAML indicator, holds ": ", " #", a tab or a
// line break, ends in a space, is a YAML keyword, or (in a flow list)
// holds a comma or a bracket.
func needsQuotes(s string, flow bool) bool {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n":
		return true
	}
	return !plainStart.MatchString(s) || strings.HasSuffix(s, " ") || strings.HasSuffix(s, ":") ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.ContainsAny(s, "\t\n\r") ||
		flow && strings.ContainsAny(s, ",[]{}")
}

// bytes writes the document; nil when it has no records.
func (d *doc) bytes() []byte {
	if len(d.records) == 0 {
		return nil
	}
	return mappingFile(d.comment, d.key, &yaml.Node{Kind: yaml.SequenceNode, Content: d.records})
}

// mappingFile writes a YAML file holding key: value, under a comment.
func mappingFile(comment, key string, value *yaml.Node) []byte {
	root := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: key}, value}}
	var b bytes.Buffer
	if comment != "" {
		for _, l := range strings.Split(comment, "\n") {
			fmt.Fprintf(&b, "# %s\n", l)
		}
	}
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		panic(err) // nodes built here always encode
	}
	enc.Close()
	return b.Bytes()
}

// slug turns a title into an ID: lower case ASCII letters and digits
// joined by hyphens, at most 48 characters.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldASCII(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}

// ids hands out unique IDs.
type ids map[string]bool

// make returns base, or base-2, base-3, ... when taken; "record" when base
// is empty.
func (u ids) make(base string) string {
	if base == "" {
		base = "record"
	}
	id := base
	for n := 2; u[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	u[id] = true
	return id
}

const flowStyle = yaml.FlowStyle

func newSeq() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode} }
func newMap() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }
func scalar(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: s}
}

// addScalar adds key: value to the mapping m, quoting the value when it
// must be (flow tells whether m is written in flow style).
func addScalar(m *yaml.Node, key, value string, flow bool) {
	v := scalar(value)
	if needsQuotes(value, flow) {
		v.Style = yaml.DoubleQuotedStyle
	}
	m.Content = append(m.Content, scalar(key), v)
}
