// Command eventgraph loads case files about a story or an investigation and
// draws them as SVG timelines and relationship diagrams. Run
// "eventgraph --help" for the commands.
package main

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/eventgraph/eventgraph/internal/cli"
)

func main() {
	var stdout io.Writer = os.Stdout
	if stdoutClosed() {
		stdout = closed{}
	}
	os.Exit(cli.MainWithSignals(context.Background(), os.Args[1:], os.Stdin, stdout, os.Stderr))
}

// closed stands for a standard output that was closed.
type closed struct{}

func (closed) Write([]byte) (int, error) { return 0, errors.New("it is closed") }
