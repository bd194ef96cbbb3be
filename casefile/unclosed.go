package casefile

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// unclosed finds the first quoted scalar or flow collection ([ or {) in a
// YAML file that is never closed, or a closing bracket that does not match
// its opening one: the usual causes of the parser's "did not find expected
// ',' or '}'" and "found unexpected end of stream", which the parser
// reports at a line far from the mistake (often line 1). It returns the
// line and column to show and the message; ok is false when it finds
// nothing, and the parser's own message stands.
//
// It reads YAML the way people write case files: quotes and brackets open
// only where a value starts (after "key: ", "- ", "[", "{" or ","), so an
// apostrophe inside plain text (O'Brien) or brackets in a title ("see [1]")
// are text; comments and block scalars (| and >) are skipped.
func unclosed(data []byte) (line, col int, msg string, ok bool) {
	type open struct {
		ch        byte
		line, col int
	}
	var stack []open
	var quote open // quote.ch is 0 outside a quoted scalar
	blockIndent := -1
	for n, text := range bytes.Split(data, []byte("\n")) {
		ln := n + 1
		text = bytes.TrimSuffix(text, []byte("\r"))
		indent := len(text) - len(bytes.TrimLeft(text, " "))
		if blockIndent >= 0 {
			if len(bytes.TrimSpace(text)) == 0 || indent > blockIndent {
				continue
			}
			blockIndent = -1
		}
		if quote.ch == 0 && len(stack) == 0 && (bytes.HasPrefix(text, []byte("---")) || bytes.HasPrefix(text, []byte("..."))) {
			continue
		}
		start := true // at the start of a value
		for i := indent; i < len(text); i++ {
			c := text[i]
			colAt := func() int { return 1 + utf8.RuneCount(text[:i]) }
			if quote.ch == '"' {
				switch c {
				case '\\':
					i++
				case '"':
					quote.ch, start = 0, false
				}
				continue
			}
			if quote.ch == '\'' {
				if c == '\'' {
					if i+1 < len(text) && text[i+1] == '\'' {
						i++
					} else {
						quote.ch, start = 0, false
					}
				}
				continue
			}
			switch {
			case c == ' ':
				continue
			case c == '#' && (i == 0 || text[i-1] == ' '):
				i = len(text)
				continue
			case start && (c == '"' || c == '\''):
				quote = open{c, ln, colAt()}
				continue
			case start && (c == '[' || c == '{'):
				stack = append(stack, open{c, ln, colAt()})
				continue
			case start && len(stack) == 0 && (c == '|' || c == '>'):
				blockIndent = indent
				i = len(text)
				continue
			case c == '-' && start && (i+1 == len(text) || text[i+1] == ' '):
				continue
			case c == ':' && (i+1 == len(text) || text[i+1] == ' ' || len(stack) > 0):
				start = true
				continue
			case len(stack) > 0 && c == ',':
				start = true
				continue
			case len(stack) > 0 && (c == ']' || c == '}'):
				top := stack[len(stack)-1]
				if want := closer(top.ch); c != want {
					return ln, colAt(), fmt.Sprintf("%c here closes the %c at line %d, column %d; use %c", c, top.ch, top.line, top.col, want), true
				}
				stack = stack[:len(stack)-1]
				start = false
				continue
			}
			start = false
		}
		// A plain line inside a flow collection that starts with a key
		// ("  - id: x") shows that the bracket was meant to close earlier.
		if len(stack) > 0 && ln > stack[len(stack)-1].line && indent <= stack[len(stack)-1].col-1 &&
			bytes.HasPrefix(bytes.TrimLeft(text, " "), []byte("- ")) {
			top := stack[len(stack)-1]
			return top.line, top.col, neverClosed(top.ch), true
		}
	}
	if quote.ch != 0 {
		return quote.line, quote.col, fmt.Sprintf("the quoted text that starts here is never closed: add the closing %c", quote.ch), true
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return top.line, top.col, neverClosed(top.ch), true
	}
	return 0, 0, "", false
}

// neverClosed is the message for an open bracket that is never closed.
func neverClosed(open byte) string {
	what := "mapping"
	if open == '[' {
		what = "list"
	}
	return fmt.Sprintf("this %c is never closed: add %c where the %s ends", open, closer(open), what)
}

// closer returns the bracket that closes open.
func closer(open byte) byte {
	if open == '[' {
		return ']'
	}
	return '}'
}
