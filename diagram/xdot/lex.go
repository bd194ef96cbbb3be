package xdot

import (
	"fmt"
	"strings"
)

// tokKind is the kind of a DOT token.
type tokKind int

const (
	tokEOF    tokKind = iota
	tokID             // a bare word, number, quoted string or HTML string
	tokPunct          // one of { } [ ] ; , = :
	tokEdgeOp         // -> or --
)

// token is one DOT token with its byte offset in the input.
type token struct {
	kind tokKind
	text string // the ID's value (quotes removed and escapes resolved) or the punctuation
	pos  int
}

// lexer splits the DOT text that Graphviz writes for xdot into tokens.
type lexer struct {
	src string
	pos int
	buf []byte // reused by quoted
}

// next returns the next token, or an error for text that is not DOT.
func (l *lexer) next() (token, error) {
	if err := l.skipSpace(); err != nil {
		return token{}, err
	}
	if l.pos >= len(l.src) {
		return token{kind: tokEOF, pos: l.pos}, nil
	}
	start := l.pos
	c := l.src[l.pos]
	switch {
	case strings.IndexByte("{}[];,=:", c) >= 0:
		l.pos++
		return token{tokPunct, l.src[start:l.pos], start}, nil
	case c == '-' && l.pos+1 < len(l.src) && (l.src[l.pos+1] == '>' || l.src[l.pos+1] == '-'):
		l.pos += 2
		return token{tokEdgeOp, l.src[start:l.pos], start}, nil
	case c == '"':
		s, err := l.quoted()
		return token{tokID, s, start}, err
	case c == '<':
		s, err := l.html()
		return token{tokID, s, start}, err
	case isIDByte(c):
		for l.pos < len(l.src) && isIDByte(l.src[l.pos]) {
			l.pos++
		}
		return token{tokID, l.src[start:l.pos], start}, nil
	}
	return token{}, fmt.Errorf("%w: unexpected %q at byte %d", ErrXDOT, c, start)
}

// isIDByte reports whether c may be part of a bare DOT ID or number.
func isIDByte(c byte) bool {
	return c == '_' || c == '.' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// skipSpace skips white space and comments.
func (l *lexer) skipSpace() error {
	for l.pos < len(l.src) {
		switch c := l.src[l.pos]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			l.pos++
		case c == '#' && (l.pos == 0 || l.src[l.pos-1] == '\n'):
			l.skipTo("\n")
		case strings.HasPrefix(l.src[l.pos:], "//"):
			l.skipTo("\n")
		case strings.HasPrefix(l.src[l.pos:], "/*"):
			start := l.pos
			if !l.skipTo("*/") {
				return fmt.Errorf("%w: comment at byte %d is never closed", ErrXDOT, start)
			}
			l.pos += 2
		default:
			return nil
		}
	}
	return nil
}

// skipTo moves to the next occurrence of s (or the end) and reports whether
// s was found.
func (l *lexer) skipTo(s string) bool {
	i := strings.Index(l.src[l.pos:], s)
	if i < 0 {
		l.pos = len(l.src)
		return false
	}
	l.pos += i
	return true
}

// quoted reads a quoted string as Graphviz writes it: \" is a quote, \\ a
// backslash, a backslash before a line break continues the line, and any
// other backslash is kept. Quoted strings joined by + are concatenated.
//
// Graphviz 12 does not escape every quote it writes: a quote after a
// backslash (in "\\n\"" or a text holding \") comes out bare. So a bare
// quote ends the string only when what follows it can follow a string in
// the DOT Graphviz writes: the end of the line or of the text, one of
// ] ; } [ = + or an edge operator, a comma ending the line (Graphviz
// writes one attribute per line), or white space and a word (the next
// statement). Otherwise it is part of the text. Graphviz writes a few
// texts ambiguously (a label with \" followed by " -> "): eventgraph
// sends it labels only as HTML-like labels, which it writes unambiguously.
func (l *lexer) quoted() (string, error) {
	// Most strings hold no escape and are not joined: they are returned
	// as a part of the text, without a copy. The others are built in
	// l.buf and copied out once.
	built := false
	l.buf = l.buf[:0]
	// The next quote and backslash at or after l.pos (len(l.src) for
	// none), found with strings.IndexByte and kept until passed.
	nextQuote, nextSlash := -1, -1
	for {
		start := l.pos
		l.pos++ // past the opening quote
		// from is the first byte not yet in l.buf.
		from := l.pos
		for {
			if nextQuote < l.pos {
				nextQuote = indexFrom(l.src, l.pos, '"')
			}
			if nextSlash < l.pos {
				nextSlash = indexFrom(l.src, l.pos, '\\')
			}
			l.pos = min(nextQuote, nextSlash)
			if l.pos >= len(l.src) {
				return "", fmt.Errorf("%w: string at byte %d is never closed", ErrXDOT, start)
			}
			c := l.src[l.pos]
			if c == '"' {
				if !l.endsString(l.pos + 1) {
					l.pos++
					continue
				}
				break
			}
			if c == '\\' && l.pos+1 < len(l.src) {
				skip := 0
				switch l.src[l.pos+1] {
				case '"', '\\':
					skip = 1 // the escaped byte is kept
				case '\n':
					skip = 2
				case '\r':
					skip = 2
					if l.pos+2 < len(l.src) && l.src[l.pos+2] == '\n' {
						skip = 3
					}
				}
				if skip > 0 {
					built = true
					l.buf = append(l.buf, l.src[from:l.pos]...)
					l.pos += skip
					from = l.pos
					if skip == 1 {
						l.pos++ // past the escaped byte, now in the next run
					}
					continue
				}
			}
			l.pos++
		}
		end := l.pos
		l.pos++ // closing quote
		save := l.pos
		if err := l.skipSpace(); err != nil {
			return "", err
		}
		if l.pos+1 < len(l.src) && l.src[l.pos] == '+' {
			l.pos++
			if err := l.skipSpace(); err != nil {
				return "", err
			}
			if l.pos < len(l.src) && l.src[l.pos] == '"' {
				built = true
				l.buf = append(l.buf, l.src[from:end]...)
				continue
			}
		}
		l.pos = save
		if !built {
			return l.src[from:end], nil
		}
		l.buf = append(l.buf, l.src[from:end]...)
		return string(l.buf), nil
	}
}

// indexFrom returns the index of the first c in s at or after i, or
// len(s).
func indexFrom(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return len(s)
}

// html reads an HTML-like string <...> with nested angle brackets and
// returns it without its outer brackets.
func (l *lexer) html() (string, error) {
	start := l.pos
	depth := 0
	for ; l.pos < len(l.src); l.pos++ {
		switch l.src[l.pos] {
		case '<':
			depth++
		case '>':
			depth--
			if depth == 0 {
				l.pos++
				return l.src[start+1 : l.pos-1], nil
			}
		}
	}
	return "", fmt.Errorf("%w: HTML string at byte %d is never closed", ErrXDOT, start)
}

// endsString reports whether a quote before byte i can end a string in
// the DOT Graphviz writes.
func (l *lexer) endsString(i int) bool {
	start := i
	for i < len(l.src) && (l.src[i] == ' ' || l.src[i] == '\t') {
		i++
	}
	if i >= len(l.src) {
		return true
	}
	if i > start && isIDByte(l.src[i]) && l.src[i] != '-' {
		return true // the next statement: a k=v after a graph attribute
	}
	switch l.src[i] {
	case '\n', '\r', ';', ']', '}', '=', '[', '+', '{':
		return true
	case ',':
		i++
		for i < len(l.src) && (l.src[i] == ' ' || l.src[i] == '\t') {
			i++
		}
		return i >= len(l.src) || l.src[i] == '\n' || l.src[i] == '\r'
	case '-':
		return i+1 < len(l.src) && (l.src[i+1] == '>' || l.src[i+1] == '-')
	}
	return false
}
