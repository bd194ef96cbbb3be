package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newValidate(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [DIR]",
		Short: "Check a case folder and print its problems, or a summary",
		Long: `validate loads every .yaml and .yml file below DIR (the bundled case when
DIR is omitted) and checks the whole case: syntax, field names and types,
IDs and the references between records, dates, URLs.

Problems are printed one per line as FILE:LINE:COL: message, sorted, and
the exit code is 1. A valid case prints a one-line summary and exits 0.`,
		Example: `  eventgraph validate
  eventgraph validate data/han-dong`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			c, name, err := e.loadCase(args)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s: ok: %s\n", name, c.Counts())
			return nil
		}),
	}
}
