package dotgraph

import (
	"slices"
	"strconv"
	"strings"
)

// Kind is how an attribute's value is written.
type Kind uint8

// The kinds of attribute value.
const (
	// String is written quoted and escaped by Quote.
	String Kind = iota
	// HTML is an HTML-like value written in angle brackets as it is: the
	// caller builds it from text escaped with EscapeHTML.
	HTML
	// Number is written with at most two decimals (see FormatNumber).
	Number
	// Word is written bare when it is a DOT identifier (letters, digits
	// and _, not starting with a digit), else quoted like String.
	Word
)

// Attr is one attribute.
type Attr struct {
	Key  string
	Kind Kind
	// Text is the value of String, HTML and Word attributes.
	Text string
	// Num is the value of Number attributes.
	Num float64
}

// Str returns a quoted string attribute.
func Str(key, val string) Attr { return Attr{Key: key, Kind: String, Text: val} }

// Markup returns an HTML-like attribute; val must be built from text
// escaped with EscapeHTML.
func Markup(key, val string) Attr { return Attr{Key: key, Kind: HTML, Text: val} }

// Num returns a numeric attribute.
func Num(key string, v float64) Attr { return Attr{Key: key, Kind: Number, Num: v} }

// Bare returns a Word attribute (rank=same, style=invis).
func Bare(key, val string) Attr { return Attr{Key: key, Kind: Word, Text: val} }

// Value returns the value as the writer writes it.
func (a Attr) Value() string {
	switch a.Kind {
	case HTML:
		return "<" + a.Text + ">"
	case Number:
		return FormatNumber(a.Num)
	case Word:
		if isWord(a.Text) {
			return a.Text
		}
	}
	return Quote(a.Text)
}

// FormatNumber writes v with at most two decimals and no trailing zeros,
// the same on every platform.
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

// isWord reports whether s is a DOT identifier that needs no quotes and is
// no keyword.
func isWord(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	switch strings.ToLower(s) {
	case "graph", "digraph", "subgraph", "node", "edge", "strict":
		return false
	}
	return true
}

// Lookup returns the attribute of attrs with the given key.
func Lookup(attrs []Attr, key string) (Attr, bool) {
	i := slices.IndexFunc(attrs, func(a Attr) bool { return a.Key == key })
	if i < 0 {
		return Attr{}, false
	}
	return attrs[i], true
}

// Has reports whether attrs set key.
func Has(attrs []Attr, key string) bool {
	_, ok := Lookup(attrs, key)
	return ok
}
