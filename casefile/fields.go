package casefile

import (
	"errors"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
	"go.yaml.in/yaml/v3"
)

// fields reads the keys of one YAML mapping that stands for a record. It
// reports keys that are not text, unknown (with the nearest known key) or
// given twice, and remembers which fields had a value of the wrong type so
// that no "missing field" error follows them.
type fields struct {
	l    *loader
	n    *yaml.Node // the mapping, resolved; nil when the node was not one
	what string     // "event", "claimant"
	id   string     // the record's ID once read, for messages
	bad  []string   // keys whose value was reported as wrong
	// The known keys present, in file order, with their key and value
	// nodes. Arrays rather than slices keep a fields value off the heap.
	nkeys int
	keys  [maxFields]string
	keyAt [maxFields]*yaml.Node
	vals  [maxFields]*yaml.Node
}

// maxFields is the largest number of keys a record has (an event's).
const maxFields = 11

// fields starts reading n as a mapping of known keys (at most maxFields).
// When n is not a mapping it reports "a WHAT must be a mapping, got ..."
// and every getter returns zero values; ok reports which happened.
func (l *loader) fields(n *yaml.Node, what string, known []string) (f fields, ok bool) {
	f.l, f.what = l, what
	n = l.resolve(n)
	if n.Kind != yaml.MappingNode {
		if !l.exhausted {
			l.errs.Add(l.pos(n), "%s %s must be a mapping (%s: ...), got %s", article(what), what, known[0], describe(n))
		}
		return f, false
	}
	f.n = n
	for i := 0; i+1 < len(n.Content) && !l.exhausted; i += 2 {
		k := l.resolve(n.Content[i])
		if k.Kind != yaml.ScalarNode || isNull(k) {
			l.errs.Add(l.pos(k), "a field name must be text, got %s", describe(k))
			continue
		}
		name := k.Value
		if !contains(known, name) {
			l.unknownField(k, what, known)
			continue
		}
		if j := f.index(name); j >= 0 {
			first := f.keyAt[j]
			l.errs.Add(l.pos(k), "duplicate field %q %s; the first is at line %d, column %d", name, where(what), first.Line, first.Column)
			continue
		}
		if f.nkeys < maxFields {
			f.keys[f.nkeys], f.keyAt[f.nkeys], f.vals[f.nkeys] = name, k, n.Content[i+1]
			f.nkeys++
		}
	}
	return f, true
}

// unknownField reports a key that a record does not have.
func (l *loader) unknownField(k *yaml.Node, what string, known []string) {
	if k.Value == "<<" {
		l.errs.Add(l.pos(k), "merge keys (<<) are not supported; write the fields out")
		return
	}
	if k.Value == "status" && (what == "claim" || what == "response") {
		l.errs.Add(l.pos(k), "a claim's status is not written: it is derived from the responses (the latest stance of each responder; see \"Claim status\" in docs/format.md); remove \"status\" and record who answered how under \"responses\"")
		return
	}
	if s := suggest(k.Value, known); s != "" {
		l.errs.Add(l.pos(k), "unknown field %q %s, did you mean %q?", k.Value, where(what), s)
		return
	}
	l.errs.Add(l.pos(k), "unknown field %q %s; the fields are %s", k.Value, where(what), oneOf(known))
}

// topLevel is the "what" of a whole document's mapping.
const topLevel = "the top level"

// where says where a field stands: "in event", "at the top level".
func where(what string) string {
	if what == topLevel {
		return "at " + what
	}
	return "in " + what
}

// article returns "a" or "an" for a noun.
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an"
	}
	return "a"
}

// contains reports whether s holds v.
func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// index returns where key stands in f.keys, or -1.
func (f *fields) index(key string) int {
	for i, k := range f.keys[:f.nkeys] {
		if k == key {
			return i
		}
	}
	return -1
}

// get returns the resolved value of key, or nil when the key is absent or
// null.
func (f *fields) get(key string) *yaml.Node {
	i := f.index(key)
	if i < 0 {
		return nil
	}
	v := f.l.resolve(f.vals[i])
	if isNull(v) {
		return nil
	}
	return v
}

// wrong reports a value of the wrong type or form and remembers the key.
func (f *fields) wrong(key string, n *yaml.Node, format string, args ...any) {
	f.bad = append(f.bad, key)
	f.l.errs.Add(f.l.pos(n), format, args...)
}

// isBad reports whether key's value was reported as wrong.
func (f *fields) isBad(key string) bool { return contains(f.bad, key) }

// text returns the text of key, "" when absent.
func (f *fields) text(key string) string {
	s, _ := f.textAt(key)
	return s
}

// textAt returns the text of key and its node (nil when absent).
func (f *fields) textAt(key string) (string, *yaml.Node) {
	s, v := f.scalarAt(key)
	if v == nil {
		return "", nil
	}
	return f.l.intern(s), v
}

// scalarAt is textAt for a text that is not kept (a date, parsed at
// once), and so not shared with equal ones.
func (f *fields) scalarAt(key string) (string, *yaml.Node) {
	v := f.get(key)
	if v == nil {
		return "", nil
	}
	if v.Kind != yaml.ScalarNode {
		f.wrong(key, v, "%q must be text, got %s", key, describe(v))
		return "", nil
	}
	return v.Value, v
}

// texts returns the items of a list of text, with their nodes.
func (f *fields) texts(key string) ([]string, []*yaml.Node) {
	items := f.list(key)
	if len(items) == 0 {
		return nil, nil
	}
	out := take(&f.l.mem.strs, len(items), 512)
	var nodes []*yaml.Node // items itself while every item is text
	for i, it := range items {
		ok := false
		switch {
		case f.l.exhausted:
			if nodes == nil {
				nodes = items[:i]
			}
			return out, nodes
		case isNull(it):
			f.wrong(key, it, "%q has an empty item", key)
		case it.Kind != yaml.ScalarNode:
			f.wrong(key, it, "each item of %q must be text, got %s", key, describe(it))
		default:
			ok = true
			out = append(out, f.l.intern(it.Value))
		}
		switch {
		case !ok && nodes == nil:
			nodes = append(make([]*yaml.Node, 0, len(items)), items[:i]...)
		case ok && nodes != nil:
			nodes = append(nodes, it)
		}
	}
	if nodes == nil {
		nodes = items
	}
	return out, nodes
}

// list returns the resolved items of a list.
func (f *fields) list(key string) []*yaml.Node {
	v := f.get(key)
	if v == nil {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		if v.Kind == yaml.ScalarNode && v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 && !strings.ContainsAny(v.Value, "\n\r") && len(v.Value) <= 60 {
			f.wrong(key, v, "%q must be a list, got %s; write [%s]", key, describe(v), v.Value)
		} else {
			f.wrong(key, v, "%q must be a list, got %s", key, describe(v))
		}
		return nil
	}
	if f.l.plainList(v.Content) {
		return v.Content
	}
	out := make([]*yaml.Node, 0, len(v.Content))
	for _, it := range v.Content {
		r := f.l.resolve(it)
		if f.l.exhausted {
			break
		}
		out = append(out, r)
	}
	return out
}

// plainList reports whether items holds no alias and fits in the budget;
// it then charges the budget for them as resolve would, and the items
// are their own resolved nodes.
func (l *loader) plainList(items []*yaml.Node) bool {
	if l.exhausted || l.budget < len(items) {
		return false
	}
	for _, it := range items {
		if it == nil || it.Kind == yaml.AliasNode {
			return false
		}
	}
	l.budget -= len(items)
	return true
}

// date parses key as an EDTF date; the zero Value when absent or invalid.
func (f *fields) date(key string) edtf.Value {
	v, _ := f.dateAt(key)
	return v
}

// dateAt parses key as an EDTF date and returns its node too.
func (f *fields) dateAt(key string) (edtf.Value, *yaml.Node) {
	s, n := f.scalarAt(key)
	if n == nil {
		return edtf.Value{}, nil
	}
	d, err := edtf.Parse(s)
	if err != nil {
		f.wrong(key, n, "%s", dateError(s, err))
		return edtf.Value{}, nil
	}
	return d, n
}

// dateError words an edtf error for a case file.
func dateError(s string, err error) string {
	var e *edtf.Error
	if errors.As(err, &e) {
		return fmt.Sprintf("invalid date %q: %s", s, e.Msg)
	}
	return fmt.Sprintf("invalid date %q: %s", s, strings.TrimPrefix(err.Error(), "edtf: "))
}

// need reports a required field that is absent or empty, unless its value
// was already reported as wrong.
func (f *fields) need(key string, present bool) {
	if present || f.isBad(key) || f.n == nil {
		return
	}
	f.l.errs.Add(f.l.pos(f.n), "%s", missing(f.what, f.id, key))
}

// missing words the error for a required field that has no value.
func missing(what, id, key string) string {
	if id == "" {
		return fmt.Sprintf("%s is missing required field %q", what, key)
	}
	return fmt.Sprintf("%s %q is missing required field %q", what, id, key)
}

// id reads the record's "id" field and checks its form.
func (f *fields) readID() string {
	s, n := f.textAt("id")
	if n == nil {
		return ""
	}
	if msg := checkID(s); msg != "" {
		f.wrong("id", n, "%s", msg)
	}
	f.id = s
	return s
}

// check runs a value check (checkURL, checkEnum ...) on the text of key and
// reports its message at the value.
func (f *fields) check(key string, n *yaml.Node, msg string) {
	if n != nil && msg != "" {
		f.wrong(key, n, "%s", msg)
	}
}
