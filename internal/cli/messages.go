package cli

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// internalPrefixes are the package prefixes of library errors ("timeline:
// invalid options: ..."), which mean nothing to a user of the command.
var internalPrefixes = []string{
	"timeline: invalid options: ", "diagram: invalid option: ",
	"timeline: ", "diagram: ", "edtf: ", "theme: ", "casefile: ", "graph: ", "svg: ", "png: ", "scene: ", "xdot: ",
}

// userMessage returns msg without the library packages' prefixes, at its
// start and after each ": " (errors wrapped by the CLI, such as
// "--as-of: edtf: invalid date ...").
func userMessage(msg string) string {
	var b strings.Builder
	for {
		msg = trimPrefixes(msg)
		i := strings.Index(msg, ": ")
		if i < 0 {
			b.WriteString(msg)
			return b.String()
		}
		b.WriteString(msg[:i+2])
		msg = msg[i+2:]
	}
}

func trimPrefixes(s string) string {
	for again := true; again; {
		again = false
		for _, p := range internalPrefixes {
			if strings.HasPrefix(s, p) {
				s, again = s[len(p):], true
			}
		}
	}
	return s
}

// quotePath returns a file name as it can be printed: as is when every
// character is printable, else quoted with Go escapes ("a\x1b[31m.yaml"),
// so a name cannot move the cursor, colour the terminal or start a line.
func quotePath(p string) string {
	if printable(p) {
		return p
	}
	return strconv.Quote(p)
}

// printable reports whether s is valid UTF-8 made only of printable
// characters and spaces.
func printable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || (!unicode.IsPrint(r) && r != ' ') {
			return false
		}
	}
	return true
}

// safeLine escapes, in a message about to be printed, the characters that
// are not printable (control characters, invalid UTF-8) other than tabs,
// and line breaks too unless keepLines is set, so that one message stays
// one line and no terminal escape reaches the terminal.
func safeLine(s string, keepLines bool) string {
	if printable(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\t' || r == ' ' || (r == '\n' && keepLines) || unicode.IsPrint(r):
			b.WriteString(s[i : i+n])
		default:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += n
	}
	return b.String()
}
