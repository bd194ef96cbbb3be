package casefile

import (
	"go.yaml.in/yaml/v3"
)

// nullNode stands in for a missing value and for anything past the end of
// an exhausted alias budget.
var nullNode = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}

// resolve follows aliases and charges the document's expansion budget one
// unit for every node it hands out. Once the budget is spent it reports the
// problem once and returns nullNode from then on, which ends the walk of the
// document: a "billion laughs" alias bomb costs no more than the budget.
func (l *loader) resolve(n *yaml.Node) *yaml.Node {
	if l.exhausted {
		return nullNode
	}
	at := n
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		if hops > 100 {
			n = nil
			break
		}
		n = n.Alias
	}
	l.budget--
	if l.budget < 0 {
		l.exhausted = true
		l.errs.Add(l.pos(at), "aliases expand to far more data than the file holds (an alias bomb?); write the records out instead of repeating them with aliases")
		return nullNode
	}
	if n == nil {
		return nullNode
	}
	return n
}

// pos returns the position of a node in the current file.
func (l *loader) pos(n *yaml.Node) Pos {
	return Pos{File: l.file, Line: int32(n.Line), Col: int32(n.Column)}
}

// isNull reports whether a resolved node is YAML null (~, null or nothing).
func isNull(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return false
	}
	if n.Tag == "" {
		// A plain scalar with no tag, whose tag the parser left to
		// ShortTag (yaml.Arena): these are the texts it resolves as null,
		// without trying the others as numbers and dates.
		switch n.Value {
		case "", "~", "null", "Null", "NULL":
			return true
		}
		return false
	}
	return n.ShortTag() == "!!null"
}

// describe names what a resolved node is, for "must be a list, got a
// mapping" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.DocumentNode:
		return "a document"
	}
	if isNull(n) {
		return "nothing"
	}
	switch n.ShortTag() {
	case "!!int", "!!float":
		return "a number"
	case "!!bool":
		return "true/false"
	case "!!timestamp":
		return "a date"
	}
	return "text"
}
