package query

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Format is how a result is written.
type Format string

// The formats.
const (
	Text Format = "text" // for a terminal
	JSON Format = "json" // for scripts: the result as indented JSON
	CSV  Format = "csv"  // for spreadsheets: one row per record, UTF-8 with a header
)

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case Text, JSON, CSV:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q: use text, json or csv", s)
}

// Result is the answer to one query.
type Result interface {
	writeText(w *bytes.Buffer)
	csvRows() [][]string
}

var (
	_ Result = (*PathResult)(nil)
	_ Result = (*NeighbourResult)(nil)
	_ Result = (*SearchResult)(nil)
	_ Result = (*CitesResult)(nil)
)

// Write writes r in format f.
func Write(w io.Writer, r Result, f Format) error {
	var b bytes.Buffer
	switch f {
	case JSON:
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			return err
		}
	case CSV:
		cw := csv.NewWriter(&b)
		if err := cw.WriteAll(r.csvRows()); err != nil {
			return err
		}
	default:
		r.writeText(&b)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// describe writes a record for a terminal: "han-dong (person) Han Dong".
func (r Record) describe() string {
	var extra []string
	if r.Date != "" {
		extra = append(extra, r.Date)
	}
	if r.Status != "" {
		extra = append(extra, r.Status)
	}
	kind := r.Kind
	if len(extra) > 0 {
		kind += ", " + strings.Join(extra, ", ")
	}
	if r.ID == "" {
		return fmt.Sprintf("(%s) %s", kind, r.Label)
	}
	return fmt.Sprintf("%s (%s) %s", r.ID, kind, oneLine(r.Label, 100))
}

// describe writes a tie: "participant (alice → meeting); host; 2021-02;
// sources: a b".
func (t Tie) describe() string {
	parts := []string{t.Type + " (" + t.From + " → " + t.To + ")"}
	if t.Role != "" {
		parts = append(parts, t.Role)
	}
	if t.Date != "" {
		parts = append(parts, t.Date)
	}
	if len(t.Sources) > 0 {
		parts = append(parts, "sources: "+strings.Join(t.Sources, " "))
	}
	return strings.Join(parts, "; ")
}

// oneLine puts s on one line and cuts it to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func (r *PathResult) writeText(b *bytes.Buffer) {
	if r.NoPath != "" {
		fmt.Fprintf(b, "%s\n", r.NoPath)
		return
	}
	for i, c := range r.Chains {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "path %d of %d, %s:\n", i+1, len(r.Chains), plural(c.Length, "tie", "ties"))
		for j, rec := range c.Records {
			if j > 0 {
				fmt.Fprintf(b, "    | %s\n", c.Ties[j-1].describe())
			}
			fmt.Fprintf(b, "  %s\n", rec.describe())
		}
	}
}

func (r *PathResult) csvRows() [][]string {
	rows := [][]string{{"path", "step", "id", "kind", "label", "date", "status",
		"tie_from", "tie_to", "tie_type", "tie_role", "tie_date", "tie_sources"}}
	for i, c := range r.Chains {
		for j, rec := range c.Records {
			row := []string{strconv.Itoa(i + 1), strconv.Itoa(j), rec.ID, rec.Kind, rec.Label, rec.Date, rec.Status}
			if j > 0 {
				t := c.Ties[j-1]
				row = append(row, t.From, t.To, t.Type, t.Role, t.Date, strings.Join(t.Sources, " "))
			} else {
				row = append(row, "", "", "", "", "", "")
			}
			rows = append(rows, row)
		}
	}
	return rows
}

func (r *NeighbourResult) writeText(b *bytes.Buffer) {
	fmt.Fprintf(b, "%s within %s of %s:\n", plural(len(r.Neighbours)-1, "record", "records"),
		plural(r.Depth, "tie", "ties"), r.Start.ID)
	for _, n := range r.Neighbours[1:] {
		fmt.Fprintf(b, "  %d  %s\n", n.Depth, n.describe())
		fmt.Fprintf(b, "       by %s\n", n.Tie.describe())
	}
}

func (r *NeighbourResult) csvRows() [][]string {
	rows := [][]string{{"depth", "id", "kind", "label", "date", "status",
		"tie_from", "tie_to", "tie_type", "tie_role", "tie_date", "tie_sources"}}
	for _, n := range r.Neighbours {
		row := []string{strconv.Itoa(n.Depth), n.ID, n.Kind, n.Label, n.Date, n.Status}
		if t := n.Tie; t != nil {
			row = append(row, t.From, t.To, t.Type, t.Role, t.Date, strings.Join(t.Sources, " "))
		} else {
			row = append(row, "", "", "", "", "", "")
		}
		rows = append(rows, row)
	}
	return rows
}

func (r *SearchResult) writeText(b *bytes.Buffer) {
	if len(r.Hits) == 0 {
		fmt.Fprintf(b, "nothing matches %q\n", r.Query)
		return
	}
	fmt.Fprintf(b, "%s for %q:\n", plural(len(r.Hits), "match", "matches"), r.Query)
	for _, h := range r.Hits {
		fmt.Fprintf(b, "  %s\n", h.describe())
		if h.Text != h.Label {
			fmt.Fprintf(b, "      %s: %s\n", h.Field, oneLine(h.Text, 100))
		}
	}
}

func (r *SearchResult) csvRows() [][]string {
	rows := [][]string{{"rank", "score", "id", "kind", "label", "date", "status", "field", "text"}}
	for i, h := range r.Hits {
		rows = append(rows, []string{strconv.Itoa(i + 1), strconv.Itoa(h.Score), h.ID, h.Kind, h.Label, h.Date, h.Status, h.Field, h.Text})
	}
	return rows
}

func (r *CitesResult) writeText(b *bytes.Buffer) {
	fmt.Fprintf(b, "%s\n", r.Source.describe())
	var by []string
	if r.Publisher != "" {
		by = append(by, "published by "+r.Publisher)
	}
	if len(r.Authors) > 0 {
		by = append(by, "written by "+strings.Join(r.Authors, ", "))
	}
	if len(by) > 0 {
		fmt.Fprintf(b, "  %s\n", strings.Join(by, ", "))
	}
	if len(r.Citations) == 0 {
		b.WriteString("nothing in the case cites it\n")
		return
	}
	fmt.Fprintf(b, "%s rest on it:\n", plural(len(r.Citations), "thing", "things"))
	for _, c := range r.Citations {
		switch c.As {
		case "response":
			fmt.Fprintf(b, "  evidence for a response: %s %s", c.Who, c.Stance)
			if c.Date != "" {
				fmt.Fprintf(b, " (%s)", c.Date)
			}
			fmt.Fprintf(b, " the claim %s\n", c.Record.describe())
		case "claim":
			fmt.Fprintf(b, "  evidence for the claim %s\n", c.Record.describe())
		case "relation":
			fmt.Fprintf(b, "  evidence for the relation %s", c.Relation)
			if c.Date != "" {
				fmt.Fprintf(b, " (%s)", c.Date)
			}
			b.WriteString("\n")
		default:
			fmt.Fprintf(b, "  source of the event %s\n", c.Record.describe())
		}
	}
}

func (r *CitesResult) csvRows() [][]string {
	rows := [][]string{{"source", "as", "id", "kind", "label", "date", "status", "who", "stance", "response_date", "relation"}}
	for _, c := range r.Citations {
		rows = append(rows, []string{r.Source.ID, c.As, c.Record.ID, c.Record.Kind, c.Record.Label, c.Record.Date, c.Record.Status,
			c.Who, c.Stance, c.Date, c.Relation})
	}
	return rows
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
