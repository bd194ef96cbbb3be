package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/spf13/cobra"
)

// diagramFlags are the flags of "eventgraph diagram", shared with render.
type diagramFlags struct {
	focus, path, kinds, engine, direction string
	asOf, theme, title, subtitle          string
	depth                                 int
	maxNodes                              int
	cluster, noLegend                     bool

	// Read by options: the kinds, the ends of --path.
	kindSet          diagram.Kinds
	pathFrom, pathTo string
	// maxNodesSet is true when --max-nodes was given: without --focus it
	// then limits the whole diagram too.
	maxNodesSet bool
}

func (f *diagramFlags) register(cmd *cobra.Command, views bool) {
	fl := cmd.Flags()
	if views {
		fl.StringVar(&f.focus, "focus", "", "draw only the records within --depth ties of this record ID")
		fl.IntVar(&f.depth, "depth", diagram.DefaultDepth, "how many ties around --focus to draw")
		fl.IntVar(&f.maxNodes, "max-nodes", diagram.DefaultMaxNodes, "most records a --focus view draws (or, when given, the whole diagram, around its centre); the least relevant are folded into \"+N more\" (0: no limit)")
		fl.StringVar(&f.path, "path", "", "draw only the shortest chain between two records: A,B")
		fl.StringVar(&f.title, "title", "", "title (default: the case's title)")
		fl.StringVar(&f.subtitle, "subtitle", "", "subtitle under the title")
		fl.StringVar(&f.asOf, "as-of", "", "draw only what had become public by this EDTF date")
		fl.StringVar(&f.theme, "theme", "light", themeHelp)
		fl.BoolVar(&f.noLegend, "no-legend", false, "leave out the legend")
	}
	fl.StringVar(&f.kinds, "kinds", "people,organizations,events,claims",
		"kinds of record to draw: people, organizations, events, claims, sources (events and claims left out are folded into labelled ties)")
	fl.StringVar(&f.engine, "engine", "auto", "Graphviz layout engine: auto, dot, neato, fdp, sfdp, circo, twopi")
	fl.StringVar(&f.direction, "direction", "LR", "direction of the dot layout: LR or TB")
	fl.BoolVar(&f.cluster, "cluster", false, "group the members of each organization in a box")
}

// options checks the flags and turns them into diagram options (how the
// diagram looks) and the as-of date; view then chooses what it draws.
func (f *diagramFlags) options() (diagram.Options, edtf.Value, error) {
	var o diagram.Options
	var err error
	if f.kindSet, err = diagram.ParseKinds(f.kinds); err != nil {
		return o, edtf.Value{}, usagef("--kinds: %v", err)
	}
	if o.Engine, err = diagram.ParseEngine(f.engine); err != nil {
		return o, edtf.Value{}, usagef("--engine: %v", err)
	}
	if o.Direction, err = diagram.ParseDirection(f.direction); err != nil {
		return o, edtf.Value{}, usagef("--direction: %v", err)
	}
	if o.Theme, err = parseTheme(f.theme); err != nil {
		return o, edtf.Value{}, err
	}
	asOf, err := parseAsOf(f.asOf)
	if err != nil {
		return o, edtf.Value{}, err
	}
	if f.maxNodes < 0 {
		return o, edtf.Value{}, usagef("--max-nodes: %d is negative: use 1 or more, or 0 for no limit", f.maxNodes)
	}
	if f.focus != "" && f.depth < 1 {
		return o, edtf.Value{}, usagef("--depth: %d is too small: use 1 or more", f.depth)
	}
	if f.path != "" {
		a, b, ok := strings.Cut(f.path, ",")
		if !ok || a == "" || b == "" || strings.Contains(b, ",") {
			return o, edtf.Value{}, usagef("--path: %q: name two record IDs, as in --path han-dong,han-tao", f.path)
		}
		f.pathFrom, f.pathTo = strings.TrimSpace(a), strings.TrimSpace(b)
		if f.focus != "" {
			return o, edtf.Value{}, usagef("draw either a --focus or a --path, not both")
		}
	}
	o.Cluster, o.NoLegend = f.cluster, f.noLegend
	o.Title, o.Subtitle = f.title, f.subtitle
	if err := o.Validate(); err != nil {
		return o, edtf.Value{}, usage(err)
	}
	return o, asOf, nil
}

// view returns the part of g that the flags ask to draw: the records
// within --depth ties of --focus, the shortest chain of --path, or the
// whole graph, of the --kinds drawn.
func (f *diagramFlags) view(g *graph.Graph) (diagram.View, error) {
	switch {
	case f.focus != "":
		return f.ego(g, f.focus, f.depth)
	case f.pathFrom != "":
		return diagram.Chain(g, f.pathFrom, f.pathTo, f.kindSet)
	}
	v := diagram.Whole(g, f.kindSet)
	if f.maxNodesSet {
		v.MaxNodes = f.maxNodes
	}
	return v, nil
}

// ego returns the view of the records within depth ties of id, of the
// --kinds drawn, cut to --max-nodes records (0, also when the command has
// no such flag: no limit).
func (f *diagramFlags) ego(g *graph.Graph, id string, depth int) (diagram.View, error) {
	v, err := diagram.Ego(g, id, depth, f.kindSet)
	v.MaxNodes = f.maxNodes
	if f.maxNodes == 0 {
		v.MaxNodes = -1
	}
	return v, err
}

// asOfView returns c as known on d (casefile.Case.AsOf), the one filter
// every command with --as-of applies once, before any other stage; the
// zero d gives c itself.
func asOfView(c *casefile.Case, d edtf.Value) *casefile.Case {
	if d.IsZero() {
		return c
	}
	return c.AsOf(d)
}

// buildGraph builds the graph of c; when c is an as-of view, its note goes
// before the subtitle as the timeline writes it ("As known on 21 March
// 2023. …").
func buildGraph(c *casefile.Case, o *diagram.Options) (*graph.Graph, error) {
	if note := casefile.AsOfNote(c.AsOfDate()); note != "" {
		if o.Subtitle == "" {
			o.Subtitle = note
		} else {
			o.Subtitle = note + ". " + o.Subtitle
		}
	}
	return graph.Build(c)
}

// drawDiagram draws view v in the given format. For PNG, scale is the
// pixels per point (0: chosen by size), and notes about the picture
// (characters the PNG fonts lack, a reduced scale) go to notes.
func drawDiagram(ctx context.Context, v diagram.View, o diagram.Options, format diagram.Format,
	scale float64, notes io.Writer) ([]byte, error) {
	switch format {
	case diagram.PNG:
		pic, err := diagram.DrawPNG(ctx, v, o, diagram.PNGOptions{Scale: scale})
		if err != nil {
			return nil, err
		}
		if len(pic.Missing) > 0 {
			fmt.Fprintf(notes, "eventgraph: note: the PNG fonts lack %s, drawn as empty boxes; use SVG for these scripts\n",
				quoteRunes(pic.Missing))
		}
		if scale == 0 && pic.Scale < 1 {
			fmt.Fprintf(notes, "eventgraph: note: the diagram is large, so the PNG is drawn at %.2g× to stay within %d megapixels; text may be too small to read (try --focus, --kinds or SVG)\n",
				pic.Scale, diagram.MaxPNGPixels/1_000_000)
		}
		return pic.PNG, nil
	case diagram.DOTFormat:
		dot, _, err := diagram.DOT(ctx, v, o)
		return dot, err
	}
	return diagram.DrawSVG(ctx, v, o)
}

// quoteRunes lists runes for a message: "中", "华" and 3 more.
func quoteRunes(rs []rune) string {
	const show = 5
	var parts []string
	for i, r := range rs {
		if i == show {
			return strings.Join(parts, ", ") + fmt.Sprintf(" and %d more", len(rs)-show)
		}
		parts = append(parts, strconv.QuoteRune(r))
	}
	return strings.Join(parts, ", ")
}

func newDiagram(e *env) *cobra.Command {
	var f diagramFlags
	var output, format string
	var scale float64
	cmd := &cobra.Command{
		Use:   "diagram [DIR]",
		Short: "Draw a case as a relationship diagram (SVG, PNG or DOT)",
		Long: `diagram draws who is tied to whom in a case (the bundled case when DIR is
omitted): people, organizations, the events that join them and the claims
about them, laid out by Graphviz. A claim that is only alleged or disputed is
drawn with a dashed or dotted outline and a badge in words, never like an
established fact; every response shows its stance.

Views: --focus ID --depth N draws the neighbourhood of one record, --path A,B
the shortest chain between two. --format dot writes the DOT text for other
Graphviz tools. The output is written atomically; -o - writes to standard
output.`,
		Example: `  eventgraph diagram -o relations.svg
  eventgraph diagram --focus han-dong --depth 1 -o han-dong.svg
  eventgraph diagram --path han-dong,justin-trudeau --format png -o path.png
  eventgraph diagram --kinds people,organizations --cluster -o people.svg
  eventgraph diagram --kinds people,organizations --cluster --max-nodes 30 -o overview.svg`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("depth") && f.focus == "" {
				return usagef("--depth needs --focus: name the record to draw around, as in --focus han-dong --depth 2")
			}
			if f.maxNodesSet = cmd.Flags().Changed("max-nodes"); f.maxNodesSet && f.path != "" {
				return usagef("--max-nodes applies to a --focus view or the whole diagram, not to --path, which draws only the chain")
			}
			if cmd.Flags().Changed("direction") && f.engine != "auto" && f.engine != "dot" {
				return usagef("--direction applies to the dot engine only, not to %s", f.engine)
			}
			o, asOf, err := f.options()
			if err != nil {
				return err
			}
			if format != "" {
				if _, err := diagram.ParseFormat(format); err != nil {
					return usagef("--format: %v", err)
				}
			}
			name, err := formatFor(strings.ToLower(format), output, "svg",
				map[string]string{".svg": "svg", ".png": "png", ".dot": "dot", ".gv": "dot"})
			if err != nil {
				return err
			}
			fm, _ := diagram.ParseFormat(name)
			if scale != 0 && (scale < 0.1 || scale > 8) {
				return usagef("--scale %g: use a number of pixels per point from 0.1 to 8, or 0 to choose by size", scale)
			}
			if err := guardOutput(output, args, false); err != nil {
				return err
			}
			c, _, err := e.loadCase(args)
			if err != nil {
				return err
			}
			g, err := buildGraph(asOfView(c, asOf), &o)
			if err != nil {
				return err
			}
			v, err := f.view(g)
			if err != nil {
				return err
			}
			out, err := drawDiagram(cmd.Context(), v, o, fm, scale, e.stderr)
			if err != nil {
				return err
			}
			return writeOutput(output, out, e.stdout)
		}),
	}
	cmd.Flags().StringVarP(&output, "output", "o", "-", "output file; - for standard output")
	cmd.Flags().StringVar(&format, "format", "",
		"svg, png or dot; default: from the -o file's extension, else svg (PNG draws Latin, Greek and Cyrillic text; for other scripts use SVG)")
	cmd.Flags().Float64Var(&scale, "scale", 0, "PNG pixels per point (2 is sharp on phones and in print); 0 chooses by size, 2 unless the picture would pass 40 megapixels")
	f.register(cmd, true)
	return cmd
}
