package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/graph"
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
  relations.svg           overview of the whole case: people and organizations
                          grouped by organization, the events and claims
                          that join them drawn as labelled ties, the 30
                          records nearest the centre of the case's ties
                          (the others counted in "+N more" boxes); the
                          same as diagram --kinds people,organizations
                          --cluster --max-nodes 30 (--kinds and --cluster
                          change it)
  focus-<id>.svg          the neighbourhood of each person taking part
                          in at least two events (at most 25 records, the
                          rest counted in "+N more" boxes)

The folder is created if needed; each file is written atomically.`,
		Example: `  eventgraph render -o out
  eventgraph render data/han-dong -o out --theme dark --as-of 2023-03-21`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if outDir == "-" {
				return usagef("-o -: render writes several files; name a folder, such as -o out")
			}
			to, th, err := tf.options()
			if err != nil {
				return err
			}
			df.theme, df.asOf, df.noLegend = tf.theme, tf.asOf, tf.noLegend
			do, asOf, err := df.options()
			if err != nil {
				return err
			}
			if err := guardOutput(outDir, args, true); err != nil {
				return err
			}
			c, _, err := e.loadCase(args)
			if err != nil {
				return err
			}
			c = asOfView(c, asOf)
			// Draw everything before writing anything, so that a failure
			// leaves the folder as it was.
			var files []outputFile
			for _, v := range []struct {
				name string
				o    timeline.Orientation
			}{{"timeline.svg", timeline.Horizontal}, {"timeline-vertical.svg", timeline.Vertical}} {
				o := to
				o.Orientation = v.o
				out, err := drawTimeline(c, o, th)
				if err != nil {
					return err
				}
				files = append(files, outputFile{v.name, out})
			}
			g, err := buildGraph(c, &do)
			if err != nil {
				return err
			}
			ov, oo := overview(cmd, g, df.kindSet, do)
			out, err := drawDiagram(cmd.Context(), ov, oo, diagram.SVG, 0, e.stderr)
			if err != nil {
				return err
			}
			files = append(files, outputFile{"relations.svg", out})
			// Focus diagrams as diagram --focus draws them by default,
			// sized for a 700-pixel column.
			df.maxNodes = diagram.DefaultMaxNodes
			for _, id := range g.Case().PeopleInEvents(2) {
				o := do
				o.Title = "Around " + g.Case().Name(id)
				v, err := df.ego(g, id, 1)
				if err != nil {
					return err
				}
				out, err := drawDiagram(cmd.Context(), v, o, diagram.SVG, 0, e.stderr)
				if err != nil {
					return err
				}
				files = append(files, outputFile{"focus-" + id + ".svg", out})
			}
			if err := os.MkdirAll(outDir, 0o755); err != nil {
				return fmt.Errorf("cannot create the output folder %s: %w", outDir, err)
			}
			for _, f := range files {
				p := filepath.Join(outDir, f.name)
				if err := writeOutput(p, f.data, nil); err != nil {
					return err
				}
				fmt.Fprintln(e.stdout, quotePath(p))
			}
			for _, p := range stalePictures(outDir, files) {
				fmt.Fprintf(e.stderr, "eventgraph: note: %s is left from an earlier run and was not drawn now; delete it if it should not be published\n", quotePath(p))
			}
			return nil
		}),
	}
	cmd.Flags().StringVarP(&outDir, "output", "o", "out", "output folder")
	tf.register(cmd, false)
	df.register(cmd, false)
	return cmd
}

// overview returns the view and options of render's relations.svg, the
// overview of the whole case: people and organizations (the events and
// claims between them folded into their ties) unless --kinds is given,
// boxed by organization unless --cluster is given, and the
// diagram.OverviewMaxNodes records nearest the centre, so that a
// 1200-pixel page shows it with no text under 9 pixels.
func overview(cmd *cobra.Command, g *graph.Graph, kinds diagram.Kinds, do diagram.Options) (diagram.View, diagram.Options) {
	if !cmd.Flags().Changed("kinds") {
		kinds = diagram.People | diagram.Organizations
	}
	v := diagram.Whole(g, kinds)
	v.MaxNodes = diagram.OverviewMaxNodes
	if !cmd.Flags().Changed("cluster") {
		do.Cluster = true
	}
	return v, do
}

// outputFile is one picture render draws.
type outputFile struct {
	name string
	data []byte
}

// stalePictures lists the files in dir named as render names its pictures
// (timeline*.svg, relations.svg, focus-*.svg) that this run did not write:
// pictures of an earlier run, for example of a person no longer in two
// events, or before an --as-of date.
func stalePictures(dir string, written []outputFile) []string {
	wrote := map[string]bool{}
	for _, f := range written {
		wrote[f.name] = true
	}
	var stale []string
	for _, pattern := range []string{"timeline*.svg", "relations.svg", "focus-*.svg"} {
		matches, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, m := range matches {
			if !wrote[filepath.Base(m)] {
				stale = append(stale, m)
			}
		}
	}
	sort.Strings(stale)
	return stale
}
