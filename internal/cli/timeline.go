package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/scene/png"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/eventgraph/eventgraph/timeline/draw"
	"github.com/eventgraph/eventgraph/timeline/svg"
	"github.com/spf13/cobra"
)

// timelineFlags are the flags of "eventgraph timeline", shared with render.
type timelineFlags struct {
	orientation, lanes, claims string
	group, panels              string
	from, to, asOf, theme      string
	title, subtitle            string
	width                      float64
	noLegend, noSources        bool
}

func (f *timelineFlags) register(cmd *cobra.Command, withOrientation bool) {
	fl := cmd.Flags()
	if withOrientation {
		fl.StringVar(&f.orientation, "orientation", "horizontal", "horizontal (lanes per actor) or vertical (one column for phones)")
		fl.Float64Var(&f.width, "width", 0, "width in px (default 700 horizontal, an article column; 360 vertical, a phone)")
	}
	fl.StringVar(&f.lanes, "lanes", "auto", "lanes of a horizontal timeline: auto, people, organizations, all, none, or IDs (han-dong,csis)")
	fl.StringVar(&f.claims, "claims", "badges", "how claims are shown: none, badges (numbered callouts) or full")
	fl.StringVar(&f.group, "group", "auto", "when events crowding the axis are drawn as one \"N events\" mark: auto (a vertical timeline of up to 100 events never) or never")
	fl.StringVar(&f.panels, "panels", "all", "lists under the chart: all, claims, sources or none (for editors who set them as text in HTML; without sources the source numbers go too)")
	fl.StringVar(&f.from, "from", "", "crop: start of the view (EDTF date, e.g. 2019)")
	fl.StringVar(&f.to, "to", "", "crop: end of the view (EDTF date, e.g. 2023-03)")
	fl.StringVar(&f.asOf, "as-of", "", "draw only what had become public by this EDTF date")
	fl.StringVar(&f.theme, "theme", "light", themeHelp)
	fl.StringVar(&f.title, "title", "", "title (default: the case's title)")
	fl.StringVar(&f.subtitle, "subtitle", "", "subtitle (default: the case's description)")
	fl.BoolVar(&f.noLegend, "no-legend", false, "leave out the legend")
	fl.BoolVar(&f.noSources, "no-sources", false, "leave out the numbered source list")
}

// options turns the flags into layout options and a theme.
func (f *timelineFlags) options() (timeline.Options, theme.Theme, error) {
	var o timeline.Options
	var err error
	if o.Orientation, err = timeline.ParseOrientation(f.orientation); err != nil {
		return o, theme.Theme{}, usagef("--orientation: %v", err)
	}
	if o.Lanes, err = timeline.ParseLanes(f.lanes); err != nil {
		return o, theme.Theme{}, usagef("--lanes: %v", err)
	}
	if o.Claims, err = timeline.ParseClaims(f.claims); err != nil {
		return o, theme.Theme{}, usagef("--claims: %v", err)
	}
	if o.Group, err = timeline.ParseGroup(f.group); err != nil {
		return o, theme.Theme{}, usagef("--group: %v", err)
	}
	if o.Panels, err = timeline.ParsePanels(f.panels); err != nil {
		return o, theme.Theme{}, usagef("--panels: %v", err)
	}
	if o.From, err = parseDateFlag("from", f.from); err != nil {
		return o, theme.Theme{}, err
	}
	if o.To, err = parseDateFlag("to", f.to); err != nil {
		return o, theme.Theme{}, err
	}
	if o.AsOf, err = parseAsOf(f.asOf); err != nil {
		return o, theme.Theme{}, err
	}
	o.Width = f.width
	o.Title, o.Subtitle = f.title, f.subtitle
	o.HideLegend, o.HideSources = f.noLegend, f.noSources
	if err := o.Validate(); err != nil {
		return o, theme.Theme{}, usage(err)
	}
	th, err := parseTheme(f.theme)
	return o, th, err
}

// drawTimeline lays out and draws c as SVG.
func drawTimeline(c *casefile.Case, o timeline.Options, th theme.Theme) ([]byte, error) {
	return drawTimelineAs(c, o, th, "svg", 0, nil)
}

// drawTimelineAs lays out c and writes it as svg, png (scale pixels per
// px; 0: 2×, or smaller for a picture past the pixel budget) or json (the
// laid-out scene). Notes about a PNG (characters its fonts lack, a
// reduced scale) go to notes.
func drawTimelineAs(c *casefile.Case, o timeline.Options, th theme.Theme, format string, scale float64, notes io.Writer) ([]byte, error) {
	s, err := timeline.Layout(c, o)
	if errors.Is(err, timeline.ErrUnknownLane) {
		return nil, fmt.Errorf("--lanes: %w", err)
	}
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	switch format {
	case "json":
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		err = enc.Encode(s)
	case "png":
		return timelinePNG(s, th, scale, notes)
	default:
		err = svg.Render(&buf, s, th)
	}
	return buf.Bytes(), err
}

// timelinePNG draws a laid-out timeline as a PNG through the drawing
// model that the diagram's PNG uses too.
func timelinePNG(s *timeline.Scene, th theme.Theme, scale float64, notes io.Writer) ([]byte, error) {
	sc, err := draw.Scene(s, th)
	if err != nil {
		return nil, err
	}
	pic, err := png.Draw(sc, png.Options{Scale: scale})
	if errors.Is(err, png.ErrOptions) {
		return nil, usagef("--scale %g: %v", scale, err)
	}
	if err != nil {
		return nil, err
	}
	if notes != nil {
		var text strings.Builder
		for _, it := range s.Items {
			for _, l := range it.Lines {
				text.WriteString(l.Text)
			}
		}
		if missing := png.MissingGlyphs(text.String()); len(missing) > 0 {
			fmt.Fprintf(notes, "eventgraph: note: the PNG fonts lack %s, drawn as empty boxes; use SVG for these scripts\n", quoteRunes(missing))
		}
		if scale == 0 && pic.Scale < png.DefaultScale {
			fmt.Fprintf(notes, "eventgraph: note: the timeline is large, so the PNG is drawn at %.2g× to stay within %d megapixels; text may be too small to read (try --from, --to or SVG)\n",
				pic.Scale, png.DefaultMaxPixels/1_000_000)
		}
	}
	return pic.PNG, nil
}

func newTimeline(e *env) *cobra.Command {
	var f timelineFlags
	var output, format string
	var scale float64
	cmd := &cobra.Command{
		Use:   "timeline [DIR]",
		Short: "Draw a case as an SVG or PNG timeline",
		Long: `timeline draws the events of a case (the bundled case when DIR is omitted)
on a time axis: horizontally with a lane per actor, each event joined to the
lanes of its participants, or vertically in one column for phones.

Uncertain dates are drawn as what they are: a month or a year is a span, an
approximate or uncertain date looks different from an exact one, and an
open-ended interval fades out. Claims carry their status in words and line
patterns. Long empty stretches of time are cut out of the axis and marked.

The picture is SVG, or PNG (-o x.png or --format png) drawn at twice its
size in pixels for sharp screens and print. The output is written
atomically; -o - writes to standard output.`,
		Example: `  eventgraph timeline -o timeline.svg
  eventgraph timeline data/han-dong --orientation vertical -o timeline-phone.svg
  eventgraph timeline --orientation vertical -o timeline-phone.png
  eventgraph timeline --lanes han-dong,han-tao --claims full --theme dark -o -
  eventgraph timeline --as-of 2023-03-21 --from 2019 -o before.svg`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("lanes") && f.orientation == "vertical" {
				return usagef("--lanes applies to horizontal timelines; a vertical timeline has one column")
			}
			o, th, err := f.options()
			if err != nil {
				return err
			}
			if format != "" && format != "svg" && format != "png" && format != "json" {
				return usagef("--format: unknown format %q: use svg, png or json", format)
			}
			format, err := formatFor(format, output, "svg", map[string]string{".svg": "svg", ".png": "png", ".json": "json"})
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("scale") && format != "png" {
				return usagef("--scale applies to PNG output (--format png or -o x.png)")
			}
			if scale != 0 && (scale < 0.5 || scale > 8) {
				return usagef("--scale %g: use a number of pixels per px from 0.5 to 8, or 0 for 2", scale)
			}
			if err := guardOutput(output, args, false); err != nil {
				return err
			}
			// A file named for another format (x.pdf) would hold SVG, PNG
			// or JSON under the wrong name.
			if ext := strings.ToLower(filepath.Ext(output)); output != "-" && ext != "" && ext != ".svg" && ext != ".png" && ext != ".json" {
				return usagef("-o %s: a timeline is written as SVG (.svg), PNG (.png) or as its scene in JSON (.json), not as %s: name the file %s",
					output, ext, strings.TrimSuffix(output, filepath.Ext(output))+"."+format)
			}
			c, _, err := e.loadCase(args)
			if err != nil {
				return err
			}
			out, err := drawTimelineAs(asOfView(c, o.AsOf), o, th, format, scale, e.stderr)
			if err != nil {
				return err
			}
			return writeOutput(output, out, e.stdout)
		}),
	}
	cmd.Flags().StringVarP(&output, "output", "o", "-", "output file; - for standard output")
	cmd.Flags().StringVar(&format, "format", "", "svg, png (at 2×; Latin, Greek and Cyrillic text; the auto theme draws light) or json for the laid-out scene (geometry only); default: from the -o file's extension, else svg")
	cmd.Flags().Float64Var(&scale, "scale", 0, "PNG pixels per px: 0 for 2 (sharp on phones and in print), or less for a picture past 40 megapixels; 1 for a screen-sized image")
	f.register(cmd, true)
	return cmd
}
