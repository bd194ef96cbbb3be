package cli

import (
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/spf13/cobra"
)

func newSchema(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the case-file format",
		Long: `schema prints a JSON Schema (draft 2020-12) of the case-file format. Save it
and point your editor at it for completion and checks as you type; with the
YAML language server, put this line at the top of a case file:

  # yaml-language-server: $schema=path/to/eventgraph.schema.json`,
		Example: `  eventgraph schema > eventgraph.schema.json`,
		Args:    maxArgs(0),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			_, err := e.stdout.Write(casefile.JSONSchema())
			return err
		}),
	}
}
