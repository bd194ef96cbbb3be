// Command eventgraph loads case files about a story or an investigation and
// draws them as SVG timelines and relationship diagrams. Run
// "eventgraph --help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/eventgraph/eventgraph/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
