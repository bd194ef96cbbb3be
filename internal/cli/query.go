package cli

import (
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/query"
	"github.com/spf13/cobra"
)

// queryFlags are the flags every query subcommand shares.
type queryFlags struct {
	asOf, format string
}

func (f *queryFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.asOf, "as-of", "", "answer from only what had become public by this EDTF date")
	cmd.Flags().StringVar(&f.format, "format", "text", "text (for a terminal), json (for scripts) or csv (for spreadsheets)")
}

// graph checks the flags, loads the case named by dir (the bundled case
// when empty), filters it as of --as-of and builds its graph.
func (f *queryFlags) graph(e *env, dir []string) (*graph.Graph, query.Format, error) {
	fm, err := query.ParseFormat(f.format)
	if err != nil {
		return nil, "", usagef("--format: %v", err)
	}
	asOf, err := parseAsOf(f.asOf)
	if err != nil {
		return nil, "", err
	}
	c, _, err := e.loadCase(dir)
	if err != nil {
		return nil, "", err
	}
	if !asOf.IsZero() {
		c = c.AsOf(asOf)
	}
	g, err := graph.Build(c)
	return g, fm, err
}

// argsBetween is cobra.RangeArgs whose error is a usage error.
func argsBetween(lo, hi int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		return usage(cobra.RangeArgs(lo, hi)(cmd, args))
	}
}

// splitIDs reads a comma-separated list of record IDs.
func splitIDs(s string) []string {
	var out []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}

func newQuery(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Ask a case how records are connected, what is near one, what mentions a text, what rests on a source",
		Long: `query answers questions of a case (the bundled case when DIR is omitted) as
text for a terminal, JSON for scripts (--format json) or CSV for spreadsheets
(--format csv). --as-of DATE answers from only what had become public by then.

  path FROM TO      the shortest chains between two records, every tie with its
                    type, role, date and sources
  neighbours ID     the records within --depth ties of one, with the tie that
                    reached each
  search TEXT       records whose names, aliases, titles, statements, quotes,
                    notes, places, tags or descriptions hold the text (case and
                    accents ignored), best first, with the field that matched
  cites SOURCE      what rests on a source: events, claims, responses, relations

An unknown ID is an error (exit 1) with the nearest ID suggested; two records
with no chain between them are not: path prints "no path" and exits 0.`,
		Args: maxArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newQueryPath(e), newQueryNeighbours(e), newQuerySearch(e), newQueryCites(e))
	return cmd
}

func newQueryPath(e *env) *cobra.Command {
	var f queryFlags
	var k int
	var avoid, via string
	cmd := &cobra.Command{
		Use:   "path FROM TO [DIR]",
		Short: "The shortest chains of ties between two records",
		Long: `path prints the shortest chain of ties between two records, taken in either
direction, with every tie's type (participant, claimant, response, relation,
...), role or stance, date and sources. --paths K prints the K shortest
chains that differ in the records they pass (Yen's algorithm), shortest
first. --avoid lists records the chains must not pass through; --via the
kinds of record allowed between the ends (sources are left out unless
named, since citing the same article is rarely a connection).

No chain is not an error: "no path" is printed and the exit code is 0.`,
		Example: `  eventgraph query path han-dong michael-kovrig
  eventgraph query path han-dong justin-trudeau --paths 3 --avoid liberal-caucus
  eventgraph query path han-dong han-tao --via people,events --format json data/han-dong`,
		Args: argsBetween(2, 3),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if k < 1 || k > 1000 {
				return usagef("--paths %d: ask for 1 to 1000 chains", k)
			}
			kinds, err := query.ParseKinds(via)
			if err != nil {
				return usagef("--via: %v", err)
			}
			g, fm, err := f.graph(e, args[2:])
			if err != nil {
				return err
			}
			res, err := query.Paths(g, args[0], args[1], query.PathOptions{K: k, Avoid: splitIDs(avoid), Via: kinds})
			if err != nil {
				return err
			}
			if res.NoPath != "" && fm == query.CSV {
				e.stderr.Write([]byte("eventgraph: " + res.NoPath + "\n"))
			}
			return query.Write(e.stdout, res, fm)
		}),
	}
	f.register(cmd)
	cmd.Flags().IntVar(&k, "paths", 1, "how many shortest chains to print")
	cmd.Flags().StringVar(&avoid, "avoid", "", "records the chains may not pass through: ID,ID,...")
	cmd.Flags().StringVar(&via, "via", query.DefaultVia, "kinds of record allowed between the ends: people, organizations, events, claims, sources")
	return cmd
}

func newQueryNeighbours(e *env) *cobra.Command {
	var f queryFlags
	var depth int
	var via string
	cmd := &cobra.Command{
		Use:     "neighbours ID [DIR]",
		Aliases: []string{"neighbors"},
		Short:   "The records within --depth ties of one, with the tie that reached each",
		Long: `neighbours lists the records within --depth ties of one (ties taken in either
direction), nearest first, each with the tie that first reached it. --via
lists the kinds of record the search may reach and pass through (sources are
left out unless named).`,
		Example: `  eventgraph query neighbours han-dong
  eventgraph query neighbours han-tao --depth 2 --format csv`,
		Args: argsBetween(1, 2),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if depth < 1 {
				return usagef("--depth %d: use 1 or more", depth)
			}
			kinds, err := query.ParseKinds(via)
			if err != nil {
				return usagef("--via: %v", err)
			}
			g, fm, err := f.graph(e, args[1:])
			if err != nil {
				return err
			}
			res, err := query.Neighbours(g, args[0], depth, kinds)
			if err != nil {
				return err
			}
			return query.Write(e.stdout, res, fm)
		}),
	}
	f.register(cmd)
	cmd.Flags().IntVar(&depth, "depth", 1, "how many ties away to look")
	cmd.Flags().StringVar(&via, "via", query.DefaultVia, "kinds of record to reach and pass through: people, organizations, events, claims, sources")
	return cmd
}

func newQuerySearch(e *env) *cobra.Command {
	var f queryFlags
	var limit int
	cmd := &cobra.Command{
		Use:   "search TEXT [DIR]",
		Short: "Records whose texts hold every word of TEXT, best first",
		Long: `search finds the records whose names, aliases, titles, statements, response
quotes, relation notes, places, tags or descriptions hold every word of TEXT,
ignoring case and accents ("menard" finds "Ménard"). Results are ranked: a
word in a name or title counts more than one in a description, and a whole
field or the start of a word more than the inside of one. Each result names
the field that matched.`,
		Example: `  eventgraph query search "two michaels"
  eventgraph query search consul --format csv > consul.csv`,
		Args: argsBetween(1, 2),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return usagef("--limit %d: use 0 (no limit) or more", limit)
			}
			if strings.TrimSpace(args[0]) == "" {
				return usagef("search: give a text to look for")
			}
			g, fm, err := f.graph(e, args[1:])
			if err != nil {
				return err
			}
			return query.Write(e.stdout, query.Search(g, args[0], limit), fm)
		}),
	}
	f.register(cmd)
	cmd.Flags().IntVar(&limit, "limit", 50, "the most results to print; 0 for all")
	return cmd
}

func newQueryCites(e *env) *cobra.Command {
	var f queryFlags
	cmd := &cobra.Command{
		Use:   "cites SOURCE [DIR]",
		Short: "What rests on a source: events, claims, responses, relations",
		Long: `cites lists what rests on a source: the events it documents, the claims it
is evidence for, the responses to claims it is evidence for (evidence for a
denial is not evidence for the claim), and the relations it supports.`,
		Example: `  eventgraph query cites gn-2023-03-22-dong-two-michaels`,
		Args:    argsBetween(1, 2),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			g, fm, err := f.graph(e, args[1:])
			if err != nil {
				return err
			}
			res, err := query.Cites(g, args[0])
			if err != nil {
				return err
			}
			return query.Write(e.stdout, res, fm)
		}),
	}
	f.register(cmd)
	return cmd
}
