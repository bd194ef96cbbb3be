package cli

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/claimlist"
	"github.com/spf13/cobra"
)

// claimsFlags holds the flags of the claims command.
type claimsFlags struct {
	asOf, status, about, by, format, output string
	width                                   int
}

func newClaims(e *env) *cobra.Command {
	var f claimsFlags
	cmd := &cobra.Command{
		Use:   "claims [DIR]",
		Short: "List the claims of a case with their status, responses and history",
		Long: `claims lists every claim of a case (the bundled case when DIR is omitted),
oldest first: its status in words, what it states, who made it and when,
what it is about, every response (who, stance, date, quote, sources), the
dated history of its status, and its sources.

A claim's status follows the latest word of each responder: a claim denied
in 2019 and confirmed by the same party in 2020 reads confirmed from 2020.
With --as-of DATE the list is what was public on that date: later claims and
responses are left out and every status is the one of that date.

--status, --about and --by choose claims; --by names a claimant or a
responder ("who denied what"). --format json writes a list of objects (id,
statement, status, made, about, claimants, sources, responses, history);
--format csv one row per claim, for spreadsheets.`,
		Example: `  eventgraph claims
  eventgraph claims --status disputed,contested
  eventgraph claims --by han-dong --as-of 2023-03-22
  eventgraph claims data/han-dong --format csv -o claims.csv`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			format, err := formatFor(f.format, f.output, "text", map[string]string{".txt": "text", ".json": "json", ".csv": "csv"})
			if err != nil {
				return err
			}
			if format != "text" && format != "json" && format != "csv" {
				return usagef("--format: unknown format %q: use text, json or csv", format)
			}
			if cmd.Flags().Changed("width") && format != "text" {
				return usagef("--width applies to --format text")
			}
			if f.width < 0 {
				return usagef("--width: give a number of columns, such as 100")
			}
			asOf, err := parseAsOf(f.asOf)
			if err != nil {
				return err
			}
			var filter claimlist.Filter
			if filter.Statuses, err = claimlist.ParseStatuses(f.status); err != nil {
				return usagef("--status: %v", err)
			}
			filter.About, filter.By = idList(f.about), idList(f.by)
			if err := guardOutput(f.output, args, false); err != nil {
				return err
			}
			c, _, err := e.loadCase(args)
			if err != nil {
				return err
			}
			if err := filter.Check(c); err != nil {
				return fmt.Errorf("--%w", err)
			}
			c = asOfView(c, asOf)
			claims := claimlist.Select(c, filter)
			var buf bytes.Buffer
			switch format {
			case "json":
				err = claimlist.WriteJSON(&buf, c, claims)
			case "csv":
				err = claimlist.WriteCSV(&buf, c, claims)
			default:
				err = claimlist.WriteText(&buf, c, claims, len(c.Claims), f.width)
			}
			if err != nil {
				return err
			}
			return writeOutput(f.output, buf.Bytes(), e.stdout)
		}),
	}
	fl := cmd.Flags()
	fl.StringVar(&f.asOf, "as-of", "", "list what had become public by this EDTF date, with the statuses of that date")
	fl.StringVar(&f.status, "status", "", "list only claims with these statuses (comma-separated): alleged, stated, disputed, contested, partly-confirmed, confirmed, retracted")
	fl.StringVar(&f.about, "about", "", "list only claims about these record IDs (comma-separated)")
	fl.StringVar(&f.by, "by", "", "list only claims made or answered by these people or organizations (comma-separated IDs)")
	fl.StringVar(&f.format, "format", "", "text, json or csv; default: from the -o file's extension, else text")
	fl.StringVarP(&f.output, "output", "o", "-", "output file; - for standard output")
	fl.IntVar(&f.width, "width", claimlist.DefaultWidth, "width of the text listing in columns (at least 40)")
	return cmd
}

// idList splits a comma-separated list of IDs, dropping empty items.
func idList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
