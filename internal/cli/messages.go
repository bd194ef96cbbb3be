package cli

import "strings"

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
