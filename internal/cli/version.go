package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Version is the release version, set at build time with
// -ldflags "-X github.com/eventgraph/eventgraph/internal/cli.Version=v1.2.3".
// When empty, the module version recorded in the binary is used.
var Version = ""

func version() string {
	if Version != "" {
		return Version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

func newVersion(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of eventgraph",
		Args:  maxArgs(0),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(e.stdout, "eventgraph %s\n", version())
			return nil
		}),
	}
}
