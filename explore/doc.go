// Package explore assembles the interactive explorer of a case: one
// self-contained HTML page holding the case as JSON (records, typed edges,
// positions computed here, the dates at which each record became public and
// each claim's status history), the page's own script and style (minified
// as the page is made, minify.go), and the
// vendored, pinned sigma.js and graphology libraries (assets/vendor,
// refreshed by scripts/vendor-explorer.sh). The page needs nothing else: no
// request leaves it, and it opens from file://.
//
// The page replays casefile.AsOf without calling Go: every record carries
// the instant it became public as AsOf defines it (the last instant of its
// reported, made or source date), and every claim the statuses it took as
// responses became public. A test compares the page's replay with AsOf at
// every date of a case.
//
// Positions are computed here, so the page draws at once without running
// physics: up to GraphvizUpTo records from the relationship diagram's own
// Graphviz layout (positions.go), so the explorer and the pictures show a
// case alike; above, and when Options.ForceLayout says so, from a
// deterministic force layout (layout.go). Only
// internal/cli and internal/serve import this package.
package explore
