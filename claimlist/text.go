package claimlist

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"golang.org/x/text/width"
)

// DefaultWidth is the text listing's width in columns when none is given.
const DefaultWidth = 80

// minWidth is the narrowest text listing: below it the label column leaves
// too little room.
const minWidth = 40

// labelW is the width of the label column ("Responses  ") after the indent.
const labelW = 11

// indent is the indent of a claim's lines under its heading.
const indent = "    "

// WriteText writes claims (selected from c, which has total claims) for a
// terminal: a heading with the case's title, the as-of note and the counts
// by status, then each claim with its status in words, statement, claimants,
// what it is about, responses, history and sources, aligned in columns and
// wrapped to cols columns (0: DefaultWidth; at least 40).
func WriteText(w io.Writer, c *casefile.Case, claims []*casefile.Claim, total, cols int) error {
	if cols == 0 {
		cols = DefaultWidth
	}
	cols = max(cols, minWidth)
	bw := bufio.NewWriter(w)
	p := &printer{w: bw, cols: cols}
	if t := clean(c.Meta.Title); t != "" {
		p.wrapped("", t)
	}
	if note := casefile.AsOfNote(c.AsOfDate()); note != "" {
		p.wrapped("", note)
	}
	p.wrapped("", countLine(claims, total))
	for i, r := range Records(c, claims) {
		p.line("")
		p.wrapped("", "["+strconv.Itoa(i+1)+"] "+r.Status.Words().Badge+" — "+r.ID)
		p.wrapped(indent, clean(r.Statement))
		p.claim(r)
	}
	return bw.Flush()
}

// countLine writes "3 of 10 claims: 2 disputed, 1 contested".
func countLine(claims []*casefile.Claim, total int) string {
	s := plural(len(claims), "claim", "claims")
	if len(claims) != total {
		s = strconv.Itoa(len(claims)) + " of " + plural(total, "claim", "claims")
	}
	counts := map[casefile.Status]int{}
	for _, cl := range claims {
		counts[cl.Status]++
	}
	var parts []string
	for _, st := range casefile.Statuses {
		if counts[st] > 0 {
			parts = append(parts, strconv.Itoa(counts[st])+" "+st.Words().Label)
		}
	}
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

// plural writes a count with its noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// claim writes the labelled lines of one claim.
func (p *printer) claim(r Claim) {
	var by []string
	for _, a := range r.Claimants {
		by = append(by, clean(claimantText(a)))
	}
	made := "not named"
	if len(by) > 0 {
		made = strings.Join(by, "; ")
	}
	if r.Made != "" {
		made += ", " + dateLabel(r.Made)
	}
	p.field("Made by", []string{made})
	var about []string
	for _, a := range r.About {
		about = append(about, clean(orID(a.Name, a.ID))+" ["+a.ID+"]")
	}
	p.field("About", about)
	var rs []string
	for _, x := range r.Responses {
		s := clean(responderText(x)) + " " + verb(x)
		if x.Date != "" {
			s += ", " + dateLabel(x.Date)
		}
		if q := clean(x.Quote); q != "" {
			s += ": “" + q + "”"
		}
		if len(x.Sources) > 0 {
			s += " [" + strings.Join(x.Sources, ", ") + "]"
		}
		if n := clean(x.Note); n != "" {
			s += " (note: " + n + ")"
		}
		rs = append(rs, s)
	}
	if len(rs) == 0 {
		rs = []string{"none"}
	}
	p.field("Responses", rs)
	var hs []string
	for _, h := range r.History {
		d := "undated"
		if h.Date != "" {
			d = dateLabel(h.Date)
		}
		s := d + ": " + h.Status.Words().Label
		if h.Cause == nil {
			s += " (as made)"
		} else {
			x := r.Responses[h.Cause.Response]
			s += " (" + clean(responderText(x)) + " " + verb(x) + ")"
		}
		hs = append(hs, s)
	}
	p.field("History", hs)
	p.field("Sources", []string{strings.Join(r.Sources, ", ")})
	if n := clean(r.Note); n != "" {
		p.field("Note", []string{n})
	}
}

// dateLabel writes an EDTF date for readers ("21 Mar 2023").
func dateLabel(s string) string {
	v, err := edtf.Parse(s)
	if err != nil {
		return s
	}
	return v.Label()
}

// printer writes wrapped, aligned lines.
type printer struct {
	w    *bufio.Writer
	cols int
}

// line writes one line.
func (p *printer) line(s string) {
	p.w.WriteString(strings.TrimRight(s, " "))
	p.w.WriteByte('\n')
}

// wrapped writes text wrapped to the width, every line after prefix.
func (p *printer) wrapped(prefix, text string) {
	for _, l := range wrap(text, p.cols-cellWidth(prefix)) {
		p.line(prefix + l)
	}
}

// field writes a labelled field: the label in its column on the first line,
// each value starting a new line, every line wrapped beside the column.
func (p *printer) field(label string, values []string) {
	first := true
	pad := strings.Repeat(" ", labelW)
	for _, v := range values {
		for _, l := range wrap(v, p.cols-len(indent)-labelW) {
			if first {
				p.line(indent + label + strings.Repeat(" ", labelW-len(label)) + l)
				first = false
				continue
			}
			p.line(indent + pad + l)
		}
	}
	if first {
		p.line(indent + label)
	}
}

// wrap breaks text into lines of at most cols columns at spaces; a word
// wider than a line is broken inside.
func wrap(text string, cols int) []string {
	cols = max(cols, 10)
	var lines []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
	}
	for _, word := range strings.Fields(text) {
		ww := cellWidth(word)
		if curW > 0 && curW+1+ww > cols {
			flush()
		}
		if curW > 0 {
			cur.WriteByte(' ')
			curW++
		}
		for curW == 0 && ww > cols {
			head, rest := cut(word, cols)
			cur.WriteString(head)
			flush()
			word, ww = rest, cellWidth(rest)
		}
		cur.WriteString(word)
		curW += ww
	}
	if curW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// cut splits s after at most cols columns (at least one rune).
func cut(s string, cols int) (string, string) {
	w := 0
	for i, r := range s {
		rw := runeWidth(r)
		if w+rw > cols && i > 0 {
			return s[:i], s[i:]
		}
		w += rw
	}
	return s, ""
}

// cellWidth returns the columns s takes in a terminal: wide and
// full-width characters take two, combining marks none.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth returns the columns r takes in a terminal.
func runeWidth(r rune) int {
	switch {
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == '\u200d' || unicode.Is(unicode.Cf, r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// clean makes text safe for a terminal: control characters (which could
// move the cursor or change colours) and line breaks become spaces, and
// runs of spaces one.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
