package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/eventgraph/eventgraph/ingest"
	"github.com/spf13/cobra"
)

func newImport(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Make a case folder from another tool's file",
		Long: `import makes a case folder from what another tool wrote. The folder is
checked as "eventgraph validate" would before anything is written; a bad
input is reported with its file and JSON path (or row), and nothing is
written. The YAML is what a person would write, one file per kind, with a
comment wherever a value was made up rather than read.

  timelinejs FILE   a TimelineJS 3 JSON file (eventgraph's own export comes
                    back with the same events, dates and titles)
  csv FOLDER        a folder of CSV tables as "eventgraph export --format csv"
                    writes them (events.csv, and nodes.csv, edges.csv,
                    sources.csv, claims.csv, responses.csv when present)
  csv FILE          a TimelineJS spreadsheet downloaded as CSV (Google
                    Sheets: File > Download > CSV), known by the template's
                    columns in its first row (Year, Month, Day, ..., Headline)`,
		Args: maxArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	var output string
	tl := &cobra.Command{
		Use:     "timelinejs FILE -o DIR",
		Short:   "Make a case folder from a TimelineJS 3 JSON file",
		Example: `  eventgraph import timelinejs timeline.json -o my-case`,
		Args: func(cmd *cobra.Command, args []string) error {
			return usage(cobra.ExactArgs(1)(cmd, args))
		},
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if output == "" {
				return usagef("-o: name the folder to write the case into")
			}
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			c, err := ingest.TimelineJS(args[0], data)
			var list ingest.ErrorList
			if errors.As(err, &list) {
				for _, p := range list {
					fmt.Fprintln(e.stderr, safeLine(p.Error(), false))
				}
				return reportedError{fmt.Sprintf("%s: %s; nothing written", args[0], plural(len(list), "problem", "problems"))}
			}
			if err != nil {
				return err
			}
			return writeCaseFolder(output, c)
		}),
	}
	tl.Flags().StringVarP(&output, "output", "o", "", "the case folder to write; it must not exist or be empty")
	var csvOutput string
	cs := &cobra.Command{
		Use:   "csv FOLDER|FILE -o DIR",
		Short: "Make a case folder from CSV tables in the layout of the csv export, or from a TimelineJS spreadsheet",
		Example: `  eventgraph import csv tables -o my-case
  eventgraph import csv timeline.csv -o my-case`,
		Args: func(cmd *cobra.Command, args []string) error {
			return usage(cobra.ExactArgs(1)(cmd, args))
		},
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if csvOutput == "" {
				return usagef("-o: name the folder to write the case into")
			}
			fi, err := os.Stat(args[0])
			if err != nil {
				return fmt.Errorf("cannot read %s: name the folder that holds events.csv, or a TimelineJS spreadsheet's CSV file", args[0])
			}
			var c *ingest.Case
			where := func(p *ingest.Error) string { return filepath.Join(args[0], p.Error()) }
			if fi.IsDir() {
				c, err = ingest.CSV(os.DirFS(args[0]), ".")
			} else {
				data, rerr := os.ReadFile(args[0])
				if rerr != nil {
					return rerr
				}
				c, err = ingest.Sheet(args[0], data)
				where = func(p *ingest.Error) string { return p.Error() }
			}
			var list ingest.ErrorList
			if errors.As(err, &list) {
				for _, p := range list {
					fmt.Fprintln(e.stderr, safeLine(where(p), false))
				}
				return reportedError{fmt.Sprintf("%s: %s; nothing written", args[0], plural(len(list), "problem", "problems"))}
			}
			if err != nil {
				return err
			}
			return writeCaseFolder(csvOutput, c)
		}),
	}
	cs.Flags().StringVarP(&csvOutput, "output", "o", "", "the case folder to write; it must not exist or be empty")
	cmd.AddCommand(tl, cs)
	return cmd
}

// writeCaseFolder writes c into the folder dir, which must not exist or be
// empty: into a temporary folder beside it, then renamed, so a failure
// leaves nothing behind and no file of the user's is changed.
func writeCaseFolder(dir string, c *ingest.Case) error {
	if entries, err := os.ReadDir(dir); err == nil {
		if len(entries) > 0 {
			return fmt.Errorf("cannot write %s: the folder is not empty; name a new folder", dir)
		}
		if err := os.Remove(dir); err != nil {
			return writeError(dir, err)
		}
	} else if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
		return fmt.Errorf("cannot write %s: it is a file; name a new folder", dir)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Clean(dir)), "."+filepath.Base(dir)+".*.tmp")
	if err != nil {
		return writeError(dir, err)
	}
	for _, n := range c.Names() {
		p := filepath.Join(tmp, filepath.FromSlash(n))
		err := os.MkdirAll(filepath.Dir(p), 0o755)
		if err == nil {
			err = os.WriteFile(p, c.Files[n], 0o644)
		}
		if err != nil {
			os.RemoveAll(tmp)
			return writeError(dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		return writeError(dir, err)
	}
	return os.Chmod(dir, 0o755)
}
