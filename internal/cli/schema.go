package cli

import (
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/export"
	"github.com/spf13/cobra"
)

func newSchema(e *env) *cobra.Command {
	var model bool
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the case-file format",
		Long: `schema prints a JSON Schema (draft 2020-12) of the case-file format. Save it
and point your editor at it for completion and checks as you type; with the
YAML language server, put this line at the top of a case file:

  # yaml-language-server: $schema=path/to/eventgraph.schema.json

With --model it prints instead the JSON Schema of the whole validated model
that "eventgraph export --format json" writes.`,
		Example: `  eventgraph schema > eventgraph.schema.json
  eventgraph schema --model > eventgraph.model.schema.json`,
		Args: maxArgs(0),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if model {
				_, err := e.stdout.Write(export.ModelSchema())
				return err
			}
			_, err := e.stdout.Write(casefile.JSONSchema())
			return err
		}),
	}
	cmd.Flags().BoolVar(&model, "model", false, "print the JSON Schema of the model JSON export instead")
	return cmd
}
