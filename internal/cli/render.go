package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/spf13/cobra"
)

// addDrawingCommands adds timeline, diagram and render to root.
func addDrawingCommands(root *cobra.Command, e *env) {
	root.AddCommand(newTimeline(e), newDiagram(e), newRender(e))
}

func newRender(e *env) *cobra.Command {
	var tf timelineFlags
	var df diagramFlags
	var outDir string
	cmd := &cobra.Command{
		Use:   "render [DIR]",
		Short: "Write every picture of a case into a folder",
		Long: `render draws a case (the bundled case when DIR is omitted) in every view and
writes the pictures into the output folder, printing each file it wrote:

  timeline.svg            horizontal timeline with a lane per actor
  timeline-vertical.svg   one-column timeline for phones
  relations.svg           relationship diagram of the whole case
  focus-<id>.svg          the neighbourhood of each person taking part
                          in at least two events

The folder is created if needed; each file is written atomically.`,
		Example: `  eventgraph render -o out
  eventgraph render data/han-dong -o out --theme dark --as-of 2023-03-21`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			to, th, err := tf.options()
			if err != nil {
				return err
			}
			df.theme, df.asOf, df.noLegend = tf.theme, tf.asOf, tf.noLegend
			do, asOf, err := df.options()
			if err != nil {
				return err
			}
			c, _, err := loadCase(args, e.stderr)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(outDir, 0o755); err != nil {
				return fmt.Errorf("cannot create the output folder: %w", err)
			}
			write := func(name string, data []byte) error {
				p := filepath.Join(outDir, name)
				if err := writeOutput(p, data, nil); err != nil {
					return err
				}
				fmt.Fprintln(e.stdout, p)
				return nil
			}
			for _, v := range []struct {
				name string
				o    timeline.Orientation
			}{{"timeline.svg", timeline.Horizontal}, {"timeline-vertical.svg", timeline.Vertical}} {
				o := to
				o.Orientation = v.o
				out, err := drawTimeline(c, o, th, false)
				if err != nil {
					return err
				}
				if err := write(v.name, out); err != nil {
					return err
				}
			}
			g, err := buildGraph(c, asOf, &do)
			if err != nil {
				return err
			}
			out, err := drawDiagram(cmd.Context(), c, g, do, diagram.SVG)
			if err != nil {
				return err
			}
			if err := write("relations.svg", out); err != nil {
				return err
			}
			for _, id := range focusPeople(g.Case()) {
				o := do
				o.Focus, o.Depth = id, 1
				o.Title = "Around " + g.Case().Name(id)
				out, err := drawDiagram(cmd.Context(), c, g, o, diagram.SVG)
				if err != nil {
					return err
				}
				if err := write("focus-"+id+".svg", out); err != nil {
					return err
				}
			}
			return nil
		}),
	}
	cmd.Flags().StringVarP(&outDir, "output", "o", "out", "output folder")
	tf.register(cmd, false)
	df.register(cmd, false)
	return cmd
}

// focusPeople lists, sorted, the people taking part in at least two events.
func focusPeople(c *casefile.Case) []string {
	count := map[string]int{}
	for _, ev := range c.Events {
		seen := map[string]bool{}
		for _, p := range ev.Participants {
			if !seen[p.Who] && c.Kind(p.Who) == casefile.KindPerson {
				seen[p.Who] = true
				count[p.Who]++
			}
		}
	}
	var ids []string
	for id, n := range count {
		if n >= 2 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}
