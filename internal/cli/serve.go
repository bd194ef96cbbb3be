package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/diagram"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/serve"
	"github.com/eventgraph/eventgraph/timeline"
	"github.com/spf13/cobra"
)

func newServe(e *env) *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "serve [DIR]",
		Short: "Preview a case live in the browser while you edit it",
		Long: `serve shows a case folder in the browser and redraws it each time a file is
saved: the explorer at /, and the pictures at /timeline.svg,
/timeline-vertical.svg, /relations.svg and /focus/ID.svg, each taking the
options of its command as query parameters (/timeline.svg?theme=dark&as-of=2023-03,
/focus/han-dong.svg?depth=2). /api/problems lists the case's problems as JSON
(file, line, column, message, severity) and /api/events sends a server-sent
event after each save. A save that breaks the case shows its problems in the
page and keeps the last good version.

It listens on 127.0.0.1:8080 (this machine only) unless --addr says
otherwise; another address is printed with a warning, since anyone who can
reach it can read the case. Ctrl-C stops it. Without DIR it serves the
bundled case, which does not change.`,
		Example: `  eventgraph serve data/han-dong
  eventgraph serve my-case --addr 127.0.0.1:9000`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return usagef("--addr %q: write HOST:PORT, such as 127.0.0.1:8080", addr)
			}
			load := func() (*casefile.Case, error) { return casefile.Load(data.FS, data.SeedCase) }
			if len(args) == 1 {
				dir := args[0]
				load = func() (*casefile.Case, error) { return casefile.LoadDir(dir) }
			}
			ctx := cmd.Context()
			s, err := serve.New(ctx, serve.Options{Load: load, Draw: drawPicture, Log: e.stderr})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("cannot listen on %s: %w", addr, err)
			}
			if ip := net.ParseIP(host); !(host == "localhost" || ip != nil && ip.IsLoopback()) {
				fmt.Fprintf(e.stderr, "eventgraph: warning: serving on %s, reachable from other machines: anyone who can reach it can read the case\n", ln.Addr())
			}
			fmt.Fprintf(e.stdout, "serving on http://%s/ (Ctrl-C stops)\n", ln.Addr())
			ctx, cancel := context.WithCancel(ctx)
			defer cancel()
			werr := make(chan error, 1)
			if len(args) == 1 {
				go func() { werr <- s.Watch(ctx, args[0]) }()
			}
			err = s.Serve(ctx, ln)
			cancel()
			if len(args) == 1 {
				if e := <-werr; err == nil {
					err = e
				}
			}
			return err
		}),
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (HOST:PORT); other than loopback only on purpose")
	return cmd
}

// drawPicture draws one of the pictures serve offers, reading the options
// of the matching command from the query parameters.
func drawPicture(ctx context.Context, c *casefile.Case, name string, q url.Values) ([]byte, error) {
	cmd := &cobra.Command{Use: name}
	bad := func(err error) error { return fmt.Errorf("%w: %v", serve.ErrBadRequest, err) }
	set := func() error {
		for k, vs := range q {
			if cmd.Flags().Lookup(k) == nil {
				return bad(fmt.Errorf("unknown option %q for %s", k, name))
			}
			for _, v := range vs {
				if err := cmd.Flags().Set(k, v); err != nil {
					return bad(fmt.Errorf("%s: %v", k, err))
				}
			}
		}
		return nil
	}
	if strings.HasPrefix(name, "timeline") {
		var tf timelineFlags
		tf.register(cmd, true)
		if err := set(); err != nil {
			return nil, err
		}
		if name == "timeline-vertical.svg" {
			tf.orientation = "vertical"
		}
		o, th, err := tf.options()
		if err != nil {
			return nil, bad(err)
		}
		out, err := drawTimeline(asOfView(c, o.AsOf), o, th)
		if errors.Is(err, timeline.ErrUnknownLane) {
			return nil, bad(err)
		}
		return out, err
	}
	var df diagramFlags
	df.register(cmd, true)
	if err := set(); err != nil {
		return nil, err
	}
	if id, ok := strings.CutPrefix(name, "focus/"); ok {
		df.focus = strings.TrimSuffix(id, ".svg")
		if !q.Has("depth") {
			df.depth = 1
		}
		if !q.Has("title") {
			df.title = "Around " + c.Name(df.focus)
		}
	}
	o, asOf, err := df.options()
	if err != nil {
		return nil, bad(err)
	}
	g, err := buildGraph(asOfView(c, asOf), &o)
	if err != nil {
		return nil, err
	}
	v, err := df.view(g)
	if errors.Is(err, graph.ErrUnknownRecord) {
		return nil, bad(err)
	}
	if err != nil {
		return nil, err
	}
	return drawDiagram(ctx, v, o, diagram.SVG, 0, nil)
}
