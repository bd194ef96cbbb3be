package cli

import (
	"io"
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/export"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/spf13/cobra"
)

func newExport(e *env) *cobra.Command {
	var format, output, asOf string
	cmd := &cobra.Command{
		Use:   "export [DIR] --format gexf|graphml|csv|neo4j|ftm|timelinejs|json -o PATH",
		Short: "Write a case for Gephi (GEXF), networkx and yEd (GraphML), spreadsheets (CSV), Neo4j, Aleph (FtM) TimelineJS or JSON",
		Long: `export writes a case (the bundled case when DIR is omitted) in a format other
tools read:

  gexf      GEXF 1.3 for Gephi: a dynamic graph, node and edge times from the
            EDTF dates (open ends left open), typed attributes
  graphml   GraphML with typed keys, for networkx, yEd, Cytoscape
  csv       a folder (-o names it) of nodes.csv, edges.csv, events.csv,
            claims.csv, responses.csv and sources.csv, UTF-8, with edtf,
            date_min and date_max columns
  neo4j     a folder for Neo4j: node and relationship CSV files for
            neo4j-admin database import, import.cypher (idempotent MERGE by
            id, for cypher-shell) and a README with the commands
  ftm       FollowTheMoney entities, one JSON object per line, for Aleph
            (alephclient write-entities, ftm store write): Person,
            Organization/PublicBody/Company, Event, Membership, Employment,
            Directorship, UnknownLink, Article/Document, Documentation, Note
  timelinejs  TimelineJS 3 JSON: a title slide and a slide per event, with
            its date as eventgraph words it, its first participant as the
            group, and the claims about it with their status (offline, give
            TimelineJS the option font: null so it fetches no web font)
  json      the whole validated model (every record, derived statuses and
            status histories, positions; dates as EDTF with their bounds),
            valid against the schema "eventgraph schema --model" prints

--as-of DATE exports only what had become public by then. The same case and
options give the same bytes.`,
		Example: `  eventgraph export --format gexf -o case.gexf
  eventgraph export data/han-dong --format csv -o tables --as-of 2023-03-21`,
		Args: maxArgs(1),
		RunE: run(func(cmd *cobra.Command, args []string) error {
			if format == "" {
				format = strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".")
			}
			switch format {
			case "gexf", "graphml", "csv", "neo4j", "ftm", "timelinejs", "json":
			default:
				return usagef("--format %q: use gexf, graphml, csv, neo4j, ftm, timelinejs or json", format)
			}
			if output == "" {
				return usagef("-o: name the output file (or, for csv, folder)")
			}
			date, err := parseAsOf(asOf)
			if err != nil {
				return err
			}
			if err := guardOutput(output, args, format == "csv" || format == "neo4j"); err != nil {
				return err
			}
			c, _, err := e.loadCase(args)
			if err != nil {
				return err
			}
			if !date.IsZero() {
				c = c.AsOf(date)
			}
			if format == "json" {
				return writeOutputWith(output, func(w io.Writer) error { return export.WriteModelJSON(w, c) }, e.stdout)
			}
			g, err := graph.Build(c)
			if err != nil {
				return err
			}
			switch format {
			case "gexf":
				return writeOutputWith(output, func(w io.Writer) error { return export.WriteGEXF(w, g) }, e.stdout)
			case "graphml":
				return writeOutputWith(output, func(w io.Writer) error { return export.WriteGraphML(w, g) }, e.stdout)
			case "ftm":
				return writeOutputWith(output, func(w io.Writer) error { return export.WriteFtM(w, g) }, e.stdout)
			case "timelinejs":
				return writeOutputWith(output, func(w io.Writer) error { return export.WriteTimelineJS(w, g) }, e.stdout)
			}
			if format == "neo4j" {
				return writeFolder(output, func(f export.Folder) error { return export.WriteNeo4j(f, g) })
			}
			return writeFolder(output, func(f export.Folder) error { return export.WriteCSV(f, g) })
		}),
	}
	cmd.Flags().StringVar(&format, "format", "", "gexf, graphml, csv, neo4j, ftm, timelinejs or json; default: from the -o file's extension")
	cmd.Flags().StringVarP(&output, "output", "o", "", "output file; for csv and neo4j, a folder (created when missing); - for standard output (the others)")
	cmd.Flags().StringVar(&asOf, "as-of", "", "export only what had become public by this EDTF date")
	return cmd
}
