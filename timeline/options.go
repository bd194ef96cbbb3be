package timeline

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
)

// ErrOptions is wrapped by every error about invalid Options.
var ErrOptions = errors.New("timeline: invalid options")

// Orientation is the direction time runs in.
type Orientation string

// The orientations.
const (
	// Horizontal runs time left to right, with a lane per actor.
	Horizontal Orientation = "horizontal"
	// Vertical runs time top to bottom in one column, for phones.
	Vertical Orientation = "vertical"
)

// ParseOrientation reads "horizontal" or "vertical" ("" is horizontal).
func ParseOrientation(s string) (Orientation, error) {
	switch s {
	case "", "horizontal":
		return Horizontal, nil
	case "vertical":
		return Vertical, nil
	}
	return "", fmt.Errorf("%w: unknown orientation %q: use horizontal or vertical", ErrOptions, s)
}

// LaneMode says which actors get a lane in a horizontal timeline.
type LaneMode string

// The lane modes.
const (
	// LanesAuto gives a lane to every actor taking part in at least two
	// events, most involved first (ties by ID), at most MaxLanes of them.
	LanesAuto LaneMode = "auto"
	// LanesPeople gives a lane to every person taking part in an event.
	LanesPeople LaneMode = "people"
	// LanesOrganizations gives a lane to every organization taking part in
	// an event.
	LanesOrganizations LaneMode = "organizations"
	// LanesAll gives a lane to every actor taking part in an event.
	LanesAll LaneMode = "all"
	// LanesNone draws no lanes.
	LanesNone LaneMode = "none"
	// LanesIDs gives a lane to each listed actor, in the order listed.
	LanesIDs LaneMode = "ids"
)

// Lanes chooses the lanes of a horizontal timeline. The zero value is
// LanesAuto.
type Lanes struct {
	Mode LaneMode `json:"mode,omitempty"`
	// IDs lists the actors of LanesIDs, in order.
	IDs []string `json:"ids,omitempty"`
}

// String writes l back in the form ParseLanes reads.
func (l Lanes) String() string {
	switch l.Mode {
	case "":
		return string(LanesAuto)
	case LanesIDs:
		return strings.Join(l.IDs, ",")
	}
	return string(l.Mode)
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// ParseLanes reads "auto", "people", "organizations", "all", "none" or a
// comma-separated list of person and organization IDs ("" is auto).
func ParseLanes(s string) (Lanes, error) {
	switch LaneMode(s) {
	case "", LanesAuto:
		return Lanes{Mode: LanesAuto}, nil
	case LanesPeople, LanesOrganizations, LanesAll, LanesNone:
		return Lanes{Mode: LaneMode(s)}, nil
	}
	var ids []string
	seen := map[string]bool{}
	for _, id := range strings.Split(s, ",") {
		id = strings.TrimSpace(id)
		if !idPattern.MatchString(id) {
			return Lanes{}, fmt.Errorf("%w: lanes %q: %q is not an ID; use auto, people, organizations, all, none or IDs such as han-dong,csis", ErrOptions, s, id)
		}
		if seen[id] {
			return Lanes{}, fmt.Errorf("%w: lanes %q: %q is listed twice", ErrOptions, s, id)
		}
		seen[id] = true
		ids = append(ids, id)
	}
	return Lanes{Mode: LanesIDs, IDs: ids}, nil
}

// ClaimsMode says how claims about events are shown.
type ClaimsMode string

// The claims modes.
const (
	// ClaimsBadges puts a numbered callout with the claim's status on each
	// event a claim is about, and lists the claims in a panel below the
	// chart.
	ClaimsBadges ClaimsMode = "badges"
	// ClaimsFull writes each claim, with its status, claimants and
	// responses, beside the event it is about.
	ClaimsFull ClaimsMode = "full"
	// ClaimsNone shows no claims.
	ClaimsNone ClaimsMode = "none"
)

// ParseClaims reads "none", "badges" or "full" ("" is badges).
func ParseClaims(s string) (ClaimsMode, error) {
	switch ClaimsMode(s) {
	case "", ClaimsBadges:
		return ClaimsBadges, nil
	case ClaimsFull, ClaimsNone:
		return ClaimsMode(s), nil
	}
	return "", fmt.Errorf("%w: unknown claims mode %q: use none, badges or full", ErrOptions, s)
}

// Default sizes.
const (
	// DefaultWidth is the width of a horizontal timeline: an article
	// column, so that embedded at its width its text is drawn at the
	// sizes Layout sets (11 px and up).
	DefaultWidth = 700
	// DefaultVerticalWidth is the width of a vertical timeline: a phone.
	DefaultVerticalWidth = 360
	// DefaultMaxLanes caps the lanes LanesAuto chooses.
	DefaultMaxLanes = 16
	// MinWidth is the narrowest timeline Layout draws.
	MinWidth = 280
	// MaxWidth is the widest timeline Layout draws.
	MaxWidth = 20000
)

// Options tune Layout. The zero value is a horizontal timeline 700 px
// wide with automatic lanes, claims as badges, and the case's own title.
type Options struct {
	// Orientation is Horizontal (the default, also for "") or Vertical.
	Orientation Orientation `json:"orientation,omitempty"`
	// Width is the width in px; 0 means DefaultWidth for Horizontal and
	// DefaultVerticalWidth for Vertical.
	Width float64 `json:"width,omitempty"`
	// Lanes chooses the lanes of a horizontal timeline; the zero value is
	// LanesAuto. Vertical timelines have no lanes.
	Lanes Lanes `json:"lanes,omitempty"`
	// MaxLanes caps the lanes LanesAuto chooses; 0 means one lane per
	// 80 px of width, from 4 up to DefaultMaxLanes (8 at 700 px).
	// Participants without a lane are named on their events' labels.
	MaxLanes int `json:"maxLanes,omitempty"`
	// Claims says how claims are shown; "" means ClaimsBadges.
	Claims ClaimsMode `json:"claims,omitempty"`
	// From and To crop the timeline; a zero Value leaves that side open.
	// Events reaching past a crop edge are marked as continuing.
	From edtf.Value `json:"-"`
	To   edtf.Value `json:"-"`
	// AsOf shows the case as it was known on that date: Layout filters the
	// case with casefile.Case.AsOf unless it already is that view (as the
	// command line passes it, filtered once for every stage). The zero
	// Value shows the case as given, headed by its AsOfDate if it has one.
	AsOf edtf.Value `json:"-"`
	// Title and Subtitle replace the case's title and description; "" keeps
	// the case's own, except that a view with AsOf set leaves out the
	// case's description (it tells what came later) and shows only the
	// casefile.AsOfNote.
	Title    string `json:"title,omitempty"`
	Subtitle string `json:"subtitle,omitempty"`
	// HideSources leaves out the numbered source list under the chart,
	// and with it the source numbers ("[1, 2]") that would point into it.
	HideSources bool `json:"hideSources,omitempty"`
	// HideLegend leaves out the legend.
	HideLegend bool `json:"hideLegend,omitempty"`
	// Group says when events are grouped into "N events"; "" means
	// GroupAuto.
	Group GroupMode `json:"group,omitempty"`
	// Panels chooses the lists drawn under the chart, for editors who set
	// the rest as text in HTML; "" means PanelsAll. Leaving out the
	// sources leaves out the source numbers too, as HideSources does.
	Panels Panels `json:"panels,omitempty"`
}

// Panels chooses the lists under the chart.
type Panels string

// The panel choices.
const (
	PanelsAll     Panels = "all"     // the claims and the sources
	PanelsClaims  Panels = "claims"  // the claims only
	PanelsSources Panels = "sources" // the sources only
	PanelsNone    Panels = "none"    // neither
)

// ParsePanels reads "all", "claims", "sources" or "none" ("" is all).
func ParsePanels(s string) (Panels, error) {
	switch Panels(s) {
	case "", PanelsAll:
		return PanelsAll, nil
	case PanelsClaims, PanelsSources, PanelsNone:
		return Panels(s), nil
	}
	return "", fmt.Errorf("%w: unknown panels %q: use all, claims, sources or none", ErrOptions, s)
}

// hideSources reports whether the source list, and with it the source
// numbers, is left out.
func (o Options) hideSources() bool {
	return o.HideSources || o.Panels == PanelsClaims || o.Panels == PanelsNone
}

// hideClaimsPanel reports whether the list of claims is left out.
func (o Options) hideClaimsPanel() bool {
	return o.Panels == PanelsSources || o.Panels == PanelsNone
}

// GroupMode says when events crowding the axis are drawn as one
// "N events" mark.
type GroupMode string

// The group modes.
const (
	// GroupAuto draws every event of a timeline of up to 100 events with
	// its own label, and past that groups the densest stretches of time
	// that leave no room for labels.
	GroupAuto GroupMode = "auto"
	// GroupNever draws every event with its own label, however many.
	GroupNever GroupMode = "never"
)

// ParseGroup reads "auto" or "never" ("" is auto).
func ParseGroup(s string) (GroupMode, error) {
	switch GroupMode(s) {
	case "", GroupAuto:
		return GroupAuto, nil
	case GroupNever:
		return GroupNever, nil
	}
	return "", fmt.Errorf("%w: unknown group mode %q: use auto or never", ErrOptions, s)
}

// Validate reports the first thing wrong with o, wrapping ErrOptions.
func (o Options) Validate() error {
	if _, err := ParseOrientation(string(o.Orientation)); err != nil {
		return err
	}
	if o.Width != 0 && (o.Width < MinWidth || o.Width > MaxWidth) {
		return fmt.Errorf("%w: width %g is out of range: use %d to %d px, or 0 for the default", ErrOptions, o.Width, MinWidth, MaxWidth)
	}
	switch o.Lanes.Mode {
	case "", LanesAuto, LanesPeople, LanesOrganizations, LanesAll, LanesNone:
		if len(o.Lanes.IDs) > 0 {
			return fmt.Errorf("%w: lanes %q take no IDs; use mode %q to list actors", ErrOptions, o.Lanes.Mode, LanesIDs)
		}
	case LanesIDs:
		if len(o.Lanes.IDs) == 0 {
			return fmt.Errorf("%w: lanes list no IDs", ErrOptions)
		}
		for _, id := range o.Lanes.IDs {
			if !idPattern.MatchString(id) {
				return fmt.Errorf("%w: lane %q is not an ID", ErrOptions, id)
			}
		}
	default:
		return fmt.Errorf("%w: unknown lane mode %q: use auto, people, organizations, all, none or ids", ErrOptions, o.Lanes.Mode)
	}
	if o.MaxLanes < 0 {
		return fmt.Errorf("%w: max lanes %d is negative: use 0 for the default", ErrOptions, o.MaxLanes)
	}
	if _, err := ParseClaims(string(o.Claims)); err != nil {
		return err
	}
	if _, err := ParseGroup(string(o.Group)); err != nil {
		return err
	}
	if _, err := ParsePanels(string(o.Panels)); err != nil {
		return err
	}
	if !o.From.IsZero() && !o.To.IsZero() {
		if from, ok := lowerOf(o.From); ok {
			if to, ok := upperOf(o.To); ok && to < from {
				return fmt.Errorf("%w: the crop ends (%s) before it starts (%s)", ErrOptions, o.To.String(), o.From.String())
			}
		}
	}
	return nil
}

// orientation returns o's orientation with the default applied.
func (o Options) orientation() Orientation {
	if o.Orientation == Vertical {
		return Vertical
	}
	return Horizontal
}

// width returns o's width with the default applied.
func (o Options) width() float64 {
	switch {
	case o.Width != 0:
		return o.Width
	case o.orientation() == Vertical:
		return DefaultVerticalWidth
	}
	return DefaultWidth
}

// maxLanesFor returns o's lane cap with the default applied for a page
// width px wide: one lane per 80 px of width, from 4 up to
// DefaultMaxLanes, so that lanes leave the labels room.
func (o Options) maxLanesFor(width float64) int {
	if o.MaxLanes == 0 {
		return min(DefaultMaxLanes, max(4, int(width/80)))
	}
	return o.MaxLanes
}
