package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// env is what every command reads and writes: the standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	followLinks    bool // --follow-links
}

// Main runs eventgraph with args (without the program name) and returns the
// process exit code. It never calls os.Exit, so tests can run it in-process.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return mainCode(ctx, args, stdin, &checkedWriter{w: stdout}, stderr)
}

// checkedWriter keeps the first error of its writes (standard output full
// or closed), so that no command loses its output silently.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// mainCode is Main with standard output checked.
func mainCode(ctx context.Context, args []string, stdin io.Reader, stdout *checkedWriter, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRoot(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if stdout.err != nil {
		fmt.Fprintf(stderr, "eventgraph: cannot write to standard output: %s\n", safeLine(stdout.err.Error(), false))
		return ExitInvalid
	}
	if err == nil {
		return ExitOK
	}
	var rep reportedError
	var inv invalidError
	switch {
	case errors.As(err, &rep):
		fmt.Fprintf(stderr, "eventgraph: %s\n", safeLine(userMessage(rep.summary), false))
		return ExitInvalid
	case errors.As(err, &inv):
		fmt.Fprintf(stderr, "eventgraph: %s\n", safeLine(userMessage(inv.err.Error()), false))
		return ExitInvalid
	default:
		// Everything else comes from parsing the command line: cobra's own
		// errors (unknown command, unknown flag) and usageError.
		fmt.Fprintf(stderr, "eventgraph: %s\nRun '%s --help' for usage.\n", safeLine(userMessage(err.Error()), false), cmd.CommandPath())
		return ExitUsage
	}
}

// invalidError marks a failure of the input or of the work itself, as
// opposed to a usage error.
type invalidError struct{ err error }

func (e invalidError) Error() string { return e.err.Error() }
func (e invalidError) Unwrap() error { return e.err }

// run adapts a command body: usage errors stay usage errors, every other
// error is an invalid-input failure (exit code 1).
func run(f func(cmd *cobra.Command, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		err := f(cmd, args)
		var u usageError
		var r reportedError
		if err == nil || errors.As(err, &u) || errors.As(err, &r) {
			return err
		}
		return invalidError{err}
	}
}

// maxArgs is cobra.MaximumNArgs whose error is a usage error.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		return usage(cobra.MaximumNArgs(n)(cmd, args))
	}
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "eventgraph",
		Short: "Turn case files about a story into timelines and relationship diagrams",
		Long: `eventgraph reads a folder of YAML case files (people, organizations, sources,
dated events, claims with the responses to them, and relations), validates
them, and draws SVG timelines and relationship diagrams ready to publish.

Every command that takes a DIR uses the bundled case (the Han Dong story)
when DIR is omitted.`,
		SilenceErrors:     true,
		SilenceUsage:      true,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	root.PersistentPreRunE = checkFlags
	root.PersistentFlags().BoolVar(&e.followLinks, "follow-links", false, "follow symbolic links that lead outside the case folder (not followed by default)")
	root.Version = version()
	root.SetVersionTemplate("eventgraph {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usage(err) })
	root.AddCommand(newValidate(e), newClaims(e), newSchema(e), newVersion(e), newQuery(e), newExport(e), newImport(e))
	root.AddCommand(newExplore(e), newServe(e))
	addDrawingCommands(root, e)

	return root
}
