// Package query answers a researcher's questions of a case and writes the
// answers as text for a terminal, JSON for scripts or CSV for
// spreadsheets:
//
//   - Paths: how two records are connected — the K shortest chains, every
//     tie with its type, role, date and sources, avoiding records and
//     passing only through the kinds asked for;
//   - Neighbours: the records within N ties of one, each with the tie that
//     reached it;
//   - Search: records whose names, aliases, titles, statements, quotes,
//     notes, places, tags or descriptions hold a text, ignoring case and
//     accents, ranked, with the field that matched;
//   - Cites: what rests on a source, telling the evidence for a claim from
//     the evidence for a response to it.
//
// It reads a graph.Graph (and through it the case); filter the case with
// casefile's AsOf before building the graph to ask what was known on a
// date. Results are plain data (JSON-serialisable) in a stable order; the
// same case and question give the same bytes in every format.
package query
