package claimlist

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// csvHeader names the CSV columns.
var csvHeader = []string{"id", "statement", "status", "made", "about", "claimants", "responses", "history", "sources"}

// WriteCSV writes claims (selected from c) as CSV, one row per claim under
// a header row: id, statement, status, made (EDTF), about (IDs), claimants
// and responses (in words, "; " between them), history ("DATE status",
// "; " between entries) and sources (IDs). Text cells that a spreadsheet
// would read as a formula (starting with =, +, -, @) are prefixed with an
// apostrophe.
func WriteCSV(w io.Writer, c *casefile.Case, claims []*casefile.Claim) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range Records(c, claims) {
		var about, by, rs, hs []string
		for _, a := range r.About {
			about = append(about, a.ID)
		}
		for _, a := range r.Claimants {
			by = append(by, claimantText(a))
		}
		for _, x := range r.Responses {
			s := responderText(x) + " " + verb(x)
			if x.Date != "" {
				s += " " + x.Date
			}
			rs = append(rs, s)
		}
		for _, h := range r.History {
			hs = append(hs, strings.TrimSpace(h.Date+" "+string(h.Status)))
		}
		row := []string{r.ID, safe(r.Statement), string(r.Status), r.Made, strings.Join(about, "; "),
			safe(strings.Join(by, "; ")), safe(strings.Join(rs, "; ")), strings.Join(hs, "; "), strings.Join(r.Sources, "; ")}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// safe returns a text cell that spreadsheets will not run as a formula.
func safe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
