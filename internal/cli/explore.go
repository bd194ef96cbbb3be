package cli

import (
	"fmt"

	"github.com/eventgraph/eventgraph/explore"
	"github.com/spf13/cobra"
)

func newExplore(e *env) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "explore [DIR]",
		Short: "Write an interactive explorer of a case as one HTML file",
		Long: `explore writes one self-contained HTML page (all scripts, styles and data
inside; it loads nothing from anywhere, and opens from a file) to explore a
case: a graph of people, organizations, events, claims and sources; a
timeline linked to it; details of each record with its sources; search;
filters by kind, tag, claim status and number of ties; an "As of" control that
replays what was public on each date (claim statuses change as responses
arrive); shortest paths between two records; and a keyboard-navigable list of
every record.

Cases of more than 4,000 records start with sources hidden and draw the ties
of the selection only. Cases of more than 20,000 events are summarised: events
grouped by month, with every person, organization and relation, and without
claims and sources (the page says so); explore a part of such a case for the
rest.`,
		Example: `  eventgraph explore -o explorer.html
  eventgraph explore examples/minimal -o minimal.html`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if err := guardOutput(out, args, false); err != nil {
				return err
			}
			c, _, err := e.loadCase(args)
			if err != nil {
				return err
			}
			p, err := explore.Build(cmd.Context(), c, explore.Options{})
			if err != nil {
				return err
			}
			if err := writeOutput(out, p.HTML, e.stdout); err != nil {
				return err
			}
			if out != "-" {
				fmt.Fprintln(e.stdout, out)
			}
			return nil
		}),
	}
	cmd.Flags().StringVarP(&out, "output", "o", "explorer.html", "output file (- for standard output)")
	return cmd
}
