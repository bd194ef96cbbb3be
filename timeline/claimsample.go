package timeline

import "github.com/eventgraph/eventgraph/casefile"

// ClaimLineSample returns the items of a claim beside its event with
// status s (its swatch, then its text saying the status's badge word), at
// 0, 0: an interactive page that shows a claim's status as of a date
// restyles the claim lines it draws with the styles these items are drawn
// with.
func ClaimLineSample(s casefile.Status) []Item {
	return claimLineItems(s, []string{badgeText(s)}, sizeSmall)
}
