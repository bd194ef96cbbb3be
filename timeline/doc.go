// Package timeline lays out the timeline of a case: it chooses a time
// scale (piecewise linear, with marked breaks over long stretches no
// event covers, never inside a drawn span; on a vertical timeline
// stretched where labels need room, so each mark stands beside its
// label; on a horizontal one stretched where labels crowd, so that
// labels stand in time order from left to right in a compact band above
// the lanes, and no connector runs through text), ticks that fit the span
// and no finer than its dates and never name a day no event is on, lanes
// for the actors (named on their lines, where no connector crosses;
// participants without a lane named on the label), marks that show each
// date's precision and uncertainty, labels that never overlap, claims
// beside their events (status in words and the statement shortened at a
// word), numbered claims with their status (every
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
// One loop lays out both orientations (layOut, behind the orientation
// interface): it measures each entry's card, a model of rows that is
// both the size placement reckons with and what is drawn; groups the
// densest stretches into "N events" until the cards fit; then, in one
// pass over the entries drawn, numbers the claims and sources they cite
// and registers their groups and legend keys (measuring a card changes
// nothing); then places and draws the cards.
//
// Text is measured with internal/textmetrics, whose metrics are those of
// the first font of theme.FontFamily, so what Layout places is what a
// browser draws.
package timeline
