// Package export writes a case in the formats other tools read: GEXF 1.3
// for Gephi (dynamic, with node and edge times from the EDTF dates),
// GraphML with typed keys (networkx, yEd, Cytoscape), CSV tables for
// spreadsheets, a folder for Neo4j (neo4j-admin CSV files and an
// idempotent import.cypher), FollowTheMoney entities for Aleph, TimelineJS
// 3 JSON, and the whole model as JSON with its JSON Schema (ModelSchema).
// Every export reads the model only (a casefile.Case and its
// graph.Graph); filter the case with AsOf first to export what was known
// on a date. Output is deterministic: records in ID order, edges in the
// order of graph.Edges, no dates or versions of its own.
//
// The single-file exports come in two forms: WriteGEXF, WriteGraphML,
// WriteFtM, WriteTimelineJS and WriteModelJSON write to an io.Writer as
// they go, a 64 KB chunk at a time, so that a large case's export is never
// held whole in memory; GEXF, GraphML, FtM, TimelineJS and ModelJSON
// return the same bytes. The exports of a folder of files do the same
// through a Folder, which gives a writer per file: WriteCSV and
// WriteNeo4j; CSV and Neo4j return the files in memory.
package export
