package casefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// loader decodes one case file into a partial Case, collecting every
// problem; load merges the loaders of all files.
type loader struct {
	c    *Case
	errs ErrorList
	// keepRefs makes the loader keep every reference it reads in refs,
	// with its position. Load reads a file a second time with it only when
	// a reference in the file fails (see checker.loadedRefs): a large case
	// holds more references than records.
	keepRefs bool
	refs     []ref
	// recheck is set when a reference is "", which the model cannot show.
	recheck bool
	// respDates are the dated responses, checked against their claim's Made.
	respDates []respDate
	hasMeta   bool // a "case" block was read
	metaAt    Pos  // where the first "case" block stands
	// parentAt is where each organization's "parent" value stands.
	parentAt map[*Organization]Pos

	// strs holds the short texts read so far from the file, so that a
	// value repeated in it (an ID named again, a role, a place, a tag) is
	// kept once however often it is written. decodeFile empties it at the
	// end of the file and lets it go, for the next file to use; with none
	// nothing is shared.
	strs map[string]string
	// mem holds the records built and the texts kept (see blocks).
	mem *blocks

	file      string // the file being read, as shown in positions
	budget    int    // nodes the walk may still visit in this file
	exhausted bool   // the budget ran out: stop walking this file
}

// ref notes a reference to id read at n, under the YAML key field.
func (l *loader) ref(id, field string, rule *refRule, n *yaml.Node) {
	switch {
	case l.keepRefs:
		l.refs = append(l.refs, ref{id: id, field: field, rule: rule, pos: l.pos(n)})
	case id == "":
		l.recheck = true
	}
}

// maxInterned is the length of the longest text that intern shares:
// longer ones (titles, statements, URLs) are seldom repeated.
const maxInterned = 64

// intern returns s, or the equal text read before from the same file, so
// that the records of a file share their repeated values: the parser
// gives every value its own copy.
func (l *loader) intern(s string) string {
	if len(s) > maxInterned || s == "" || l.strs == nil {
		return l.mem.keep(s)
	}
	if t, ok := l.strs[s]; ok {
		return t
	}
	s = l.mem.keep(s)
	l.strs[s] = s
	return s
}

// respDate is a response date to check against its claim's Made.
type respDate struct {
	claim *Claim
	i     int // index in claim.Responses
	pos   Pos
}

// topFields are the keys of a case-file document.
var topFields = []string{"case", "people", "organizations", "sources", "events", "claims", "relations"}

var bom = []byte("\xef\xbb\xbf")

// decodeFile reads one file's documents into l.c. name is the file as shown
// in positions. With an arena the YAML trees are built in it, and the
// records must keep nothing of them (intern copies every text it keeps).
func (l *loader) decodeFile(name string, data []byte, arena *yaml.Arena) {
	l.file = name
	l.exhausted = false
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		l.errs = append(l.errs, invalidUTF8(name, data))
		return
	}
	// Without aliases the walk visits each node once, and a node takes at
	// least one byte; the budget leaves room for modest use of aliases.
	l.budget = 4*len(data) + 1024
	defer func() { clear(l.strs); l.strs = nil }()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if arena != nil {
		dec.SetArena(arena)
	}
	for !l.exhausted {
		var doc yaml.Node
		err := decodeNode(dec, &doc)
		if err == io.EOF {
			return
		}
		if err != nil {
			l.errs = append(l.errs, syntaxError(name, data, err))
			return
		}
		l.document(&doc)
	}
}

// decodeNode decodes the next document, turning a panic inside the YAML
// parser into an error so that no input can crash the loader.
func decodeNode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: the parser failed on this file: %v", r)
		}
	}()
	return dec.Decode(n)
}

// invalidUTF8 reports the first byte that is not UTF-8, with its line and
// column.
func invalidUTF8(name string, data []byte) *Error {
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	col := 1 + utf8.RuneCount(data[start:off])
	return &Error{Pos: Pos{File: name, Line: int32(line), Col: int32(col)},
		Msg: fmt.Sprintf("invalid UTF-8 at byte offset %d (byte 0x%02x); save the file as UTF-8", off, data[off])}
}

var reYAMLLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a YAML parser error into an Error at its line (column
// 1: the parser gives none). A tab in the indentation near that line is
// named as the likely cause.
func syntaxError(name string, data []byte, err error) *Error {
	msg := err.Error()
	line := 0
	if m := reYAMLLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	if strings.Contains(msg, "control characters are not allowed") {
		if cl, cc, r, ok := controlChar(data); ok {
			return &Error{Pos: Pos{File: name, Line: int32(cl), Col: int32(cc)},
				Msg: fmt.Sprintf("invalid YAML: control character U+%04X here; YAML does not allow it: delete it (it is often pasted in from another program)", r)}
		}
	}
	if strings.Contains(msg, "mapping values are not allowed") {
		if cl, cc, key, value, ok := colonInPlain(data, line); ok {
			return &Error{Pos: Pos{File: name, Line: int32(cl), Col: int32(cc)},
				Msg: fmt.Sprintf("invalid YAML: the value of %q contains \": \", which YAML reads as the start of another key; put the value in quotes: %s: %s", key, key, strconv.Quote(value))}
		}
	}
	if tl, tc, ok := indentTab(data, line); ok && (strings.Contains(msg, "tab") || strings.Contains(msg, "cannot start any token")) {
		return &Error{Pos: Pos{File: name, Line: int32(tl), Col: int32(tc)},
			Msg: "a tab indents this line; YAML indents with spaces only (" + msg + ")"}
	}
	if strings.Contains(msg, "expected ',' or") || strings.Contains(msg, "end of stream") || strings.Contains(msg, "quoted scalar") {
		if ul, uc, umsg, ok := unclosed(data); ok {
			return &Error{Pos: Pos{File: name, Line: int32(ul), Col: int32(uc)}, Msg: "invalid YAML: " + umsg + " (the parser says: " + msg + ")"}
		}
	}
	pos := Pos{File: name, Line: int32(line)}
	if line > 0 {
		pos.Col = 1
	}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msg = strings.Join(te.Errors, "; ")
	}
	if m := reAnchor.FindStringSubmatch(msg); m != nil && line == 0 {
		if i := bytes.Index(data, []byte("*"+m[1])); i >= 0 {
			pos.Line = int32(1 + bytes.Count(data[:i], []byte("\n")))
			pos.Col = int32(1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:i], '\n')+1:i]))
		}
		msg += "; an alias (*name) must follow its anchor (&name) in the same document"
	}
	if strings.HasPrefix(msg, "did not find expected '-' indicator") || strings.HasPrefix(msg, "did not find expected key") {
		msg += " (check the indentation from this line on)"
	}
	return &Error{Pos: pos, Msg: "invalid YAML: " + msg}
}

var reAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)

// indentTab finds a tab in the leading white space of the lines up to the
// one after line (the parser's line can be one short; all lines when line
// is 0) and returns the last such line and its column.
func indentTab(data []byte, line int) (int, int, bool) {
	found, fl, fc := false, 0, 0
	for i, l := range bytes.Split(data, []byte("\n")) {
		if line > 0 && i > line {
			break
		}
		for j, c := range l {
			if c == '\t' {
				found, fl, fc = true, i+1, j+1
				break
			}
			if c != ' ' {
				break
			}
		}
		if found && line == 0 {
			break
		}
	}
	return fl, fc, found
}

// document reads one YAML document: a mapping of the top-level keys.
func (l *loader) document(doc *yaml.Node) {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return // an empty document or one holding only comments
	}
	root := l.resolve(doc.Content[0])
	if isNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		l.errs.Add(l.pos(root), "the top level must be a mapping with keys such as people:, events: and claims:, got %s", describe(root))
		return
	}
	tf, _ := l.fields(root, topLevel, topFields)
	f := &tf
	if m := f.get("case"); m != nil {
		l.metaBlock(m)
	}
	records(f, "people", func(n *yaml.Node) { add(&l.c.People, l.person(n)) })
	records(f, "organizations", func(n *yaml.Node) { add(&l.c.Organizations, l.organization(n)) })
	records(f, "sources", func(n *yaml.Node) { add(&l.c.Sources, l.source(n)) })
	records(f, "events", func(n *yaml.Node) { add(&l.c.Events, l.event(n)) })
	records(f, "claims", func(n *yaml.Node) { add(&l.c.Claims, l.claim(n)) })
	records(f, "relations", func(n *yaml.Node) { add(&l.c.Relations, l.relation(n)) })
}

// records calls read for each item of the list under key.
func records(f *fields, key string, read func(*yaml.Node)) {
	for _, n := range f.list(key) {
		if f.l.exhausted {
			return
		}
		read(n)
	}
}

// add appends r to s unless it is nil.
func add[T any](s *[]*T, r *T) {
	if r != nil {
		*s = append(*s, r)
	}
}
