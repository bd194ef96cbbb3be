// Package diagram draws the relationship diagram of a case through Graphviz.
//
// The pipeline: the caller chooses what to draw, a View (a subgraph of a
// case's graph from graph's queries, or from Whole, Ego and Chain, which
// run them, and the kinds drawn), and how it looks, Options (engine,
// direction, clusters, theme, titles, legend). The view becomes
// deterministic DOT of our own making (records sorted by ID, stable node
// IDs; DOT returns it), built as a model of package diagram/dotgraph whose
// one writer quotes and escapes every user string; Graphviz (go-graphviz,
// compiled to WebAssembly) lays it out and writes xdot; Layout reads that
// layout (diagram/xdot) into eventgraph's drawing model (package scene),
// carrying eventgraph's ids, classes, exact dash patterns and hatching;
// DrawSVG and DrawPNG draw that model with scene/svg and scene/png. Each
// output has one entry point, and each computes the DOT once. Graphviz lays out only: the SVG is ours by
// construction, ready to embed in an article unchanged: no generator
// comment, its intrinsic width and height in pixels with max-width:100%,
// role="img" with a <title> and <desc> tied by aria-labelledby, CSS
// classes per kind and claim status, node names as tooltips, and for the
// auto theme the dark theme's colours under prefers-color-scheme: dark (the
// light theme stays light).
// Render lays out DOT text of any origin and writes Graphviz's SVG, laid-out
// DOT, or a PNG drawn from its xdot.
//
// # What is drawn
//
// People are rounded boxes, organizations folders (boxes with a tab) with
// their kind, events notes carrying their date written for people ("Feb
// 2021", "summer 2019", "10 Dec 2018 – 24 Sep 2021"), sources grey tabs
// (only when View.Kinds includes them) and anonymous claimant groups
// dashed ellipses ("2 national security sources"; groups with the same
// description and count are drawn as one node). A claim is a square box
// whose outline is dashed or dotted by its status, whose area is hatched
// unless confirmed, and whose label starts with a badge ("ALLEGED",
// "DISPUTED", "PARTLY CONFIRMED", "CONFIRMED") above the statement (a
// paraphrase, so without quotation marks; up to six lines, cut at a word),
// so that no claim can be mistaken for an established fact, even in
// greyscale. Under the statement each response is written in its stance's
// colour ("Han Dong denies, 21 Mar 2023"; at most four lines, the last
// counting the rest), so that a stance is read with its own claim.
// Participants are joined to events with their role as the edge label,
// relations carry their type and dates, claimants point at their claim, a
// claim points at what it is about (dashed like the claim), and each
// response is an unlabelled edge from the responder to the claim, dashed
// and coloured by stance (its words are in the claim's box). A legend ("Key") explains every mark that
// the diagram uses, and only those, computed as data from the marks drawn;
// it is a small graph of its own (the second DOT text), laid out with dot
// and placed under the diagram by Layout, so that it never disturbs the
// diagram's layout. Records whose
// every tie goes to something not drawn (the reporters of sources, when
// sources are not drawn) are left out.
//
// Labels are wrapped and measured with internal/textmetrics, and each
// node's width is set from that measure: Graphviz measures CJK about 25%
// too narrow, so its own width would let such names spill out.
//
// # Views
//
// A View is any subgraph; Ego gives the ego network of a record to a depth
// (graph hops: a fellow participant of an event is two hops away), centred
// on it (View.Focus) and cut to View.MaxNodes records, Chain the shortest
// chain between two records (View.Path: the chain drawn bold, other ties
// among its records faded, everything else omitted), Whole the whole
// graph. Unless sources are drawn, neither Ego nor Chain walks through a
// source: citing the same article does not connect two records. Events and
// claims in view but left out of View.Kinds are folded into labelled edges between the records they
// join ("conversation, Feb 2021" between two participants; "DISPUTED
// claim …, Han Dong denies, 21 Mar 2023" from a claimant to what the claim
// is about). Options.Cluster draws a dashed box titled with an
// organization's name around its members (member-of relations) and its
// sub-organizations (parent), nested as the organizations are; a record
// that is a member of several goes in the first by ID. When the kinds
// drawn leave nothing to draw, DOT, Layout, DrawSVG and DrawPNG return an
// error wrapping ErrEmpty.
//
// # Layout
//
// dot lays a focus view or the whole graph out in columns: the focus (for
// the whole graph, the record at the centre of its largest connected
// group) alone in the first, every other record in the column of its
// distance from it, and, in the whole graph, a record tied to one that
// stays in its column moved to the next, so that no tie runs along a
// column. In a focus or chain view (whose columns run from the end of the
// chain that puts more of its events in date order) the events also run
// in date order from column to column: an event whose distance would put
// it before an earlier one goes to a later column, held there by an
// invisible edge. A view of the whole graph that draws two events or more
// is laid out by date instead: its events, in date order, fill every
// other column two to a column (more in a case of more than 24 events),
// the events of one date always together, and every other record goes to
// the column where its ties are shortest. Within a column, the events run
// in date order down it (across it, top to bottom); where dot swaps two,
// the view is laid out again with them held by an anchor, and failing
// that with each a rank after the one before. The whole graph with people
// and organizations only, clustered
// and limited to OverviewMaxNodes records (Options.MaxNodes without
// Focus), is the overview that eventgraph render writes as relations.svg:
// narrow enough for a 1200-pixel page with no text under 9 pixels.
// Graphviz puts an edge's label beside the middle of its edge, a
// multi-line one often well away from the line; a label left more than 8
// pixels from its line is moved to 2 pixels from it, unless it would then
// cover another text or a record.
//
// # Concurrency
//
// go-graphviz runs one WebAssembly module per process and is not safe for
// concurrent use, so Render serialises all Graphviz work behind one
// process-wide mutex. DOT and drawing the scene run concurrently.
//
// # Output formats
//
// SVG is the format to publish on the web. DrawPNG draws the same
// picture as a PNG for documents (Word, PDF): scene/png draws the same
// scene at two pixels per point (less for a diagram that would exceed MaxPNGPixels; never
// refused for its size; PNGOptions.Scale sets it) with the theme's
// background, each claim status's and
// stance's exact dash pattern, hatched claims, arrowheads, and text in the
// SVG's font, Liberation Sans, fitted to the widths it takes there; it records 192 dpi, so
// that a word processor places it at the SVG's size, and the SVG's title
// and description as its Title and Description texts. Liberation Sans covers
// Latin, Greek and Cyrillic only: PNG draws the characters of other
// scripts (CJK, Arabic, Hebrew, ...) as empty boxes, so use SVG for such
// cases; DrawPNG lists those characters (PNGPicture.Missing), so that a
// command can warn. Render also writes PNG (without legend) and laid-out DOT.
package diagram
