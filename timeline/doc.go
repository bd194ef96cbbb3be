// Package timeline lays out the timeline of a case: it chooses a time
// scale (piecewise linear, with marked breaks over long stretches no
// event covers, never inside a drawn span; on a vertical timeline
// stretched where labels need room, so each mark stands beside its
// label), ticks that fit the span and no finer than its dates, lanes for
// the actors, marks that show each date's precision and uncertainty,
// labels that never overlap, numbered claims with their status (every
// claim listed, up to MaxListedClaims), a legend of the marks used and a
// numbered source list. Layout returns a Scene of pure geometry, which
// serialises to JSON and which package timeline/svg draws.
//
// The pipeline is
//
//	c, err := casefile.Load(fsys, root)
//	scene, err := timeline.Layout(c, timeline.Options{})
//	err = svg.Render(w, scene, theme.Light())
//
// Text is measured with internal/textmetrics, whose metrics are those of
// the first font of theme.FontFamily, so what Layout places is what a
// browser draws.
package timeline
