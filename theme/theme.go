package theme

import (
	"fmt"
	"strings"
)

// Style is how one kind of mark is drawn. Colours are CSS colour strings.
type Style struct {
	Fill   string  // area colour
	Stroke string  // outline and line colour
	Text   string  // colour of text drawn on or beside the mark
	Dash   string  // SVG stroke-dasharray, "" for solid
	Width  float64 // stroke width in px
}

// StatusStyle is how a claim with one status is drawn: a line style and
// whether its area is hatched. The words of a status (its badge) are not a
// matter of style: they come from casefile's wording table.
type StatusStyle struct {
	Style
	Hatched bool // the claim's area is hatched (not a solid fill)
}

// Theme is a complete set of styles.
type Theme struct {
	Name       string
	FontFamily string // CSS font-family list; the metrics in internal/textmetrics are for its first font
	Background string
	Text       string // main text
	Muted      string // secondary text: dates, captions, source list
	Grid       string // faint lines: gridlines, lane separators
	Axis       string // the time axis and its ticks

	Person       Style
	Organization Style
	Event        Style
	Source       Style

	Alleged         StatusStyle
	Disputed        StatusStyle
	Confirmed       StatusStyle
	PartlyConfirmed StatusStyle
	Stated          StatusStyle
	Contested       StatusStyle
	Retracted       StatusStyle

	// Stances colour the lines of responses; each also has a dash pattern.
	Denies, Disputes, Confirms, PartlyConfirms, Supports, DeclinesComment, Retracts Style
}

// FontFamily is the font list every theme names. Its first member's metrics
// are embedded in internal/textmetrics (Liberation Sans is metric-compatible
// with Arial, so both measure the same).
const FontFamily = "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, sans-serif"

// Names lists the theme names in the order help texts show them.
func Names() []string { return []string{"light", "dark", "auto", "print"} }

// ByName returns the theme with the given name, or an error naming the valid
// ones.
func ByName(name string) (Theme, error) {
	switch name {
	case "", "light":
		return Light(), nil
	case "dark":
		return Dark(), nil
	case "auto":
		return Auto(), nil
	case "print":
		return Print(), nil
	}
	return Theme{}, fmt.Errorf("theme: unknown theme %q: use one of %s", name, strings.Join(Names(), ", "))
}

// FollowsScheme reports whether a drawing in t also carries the dark
// theme's colours for readers whose system prefers a dark scheme (the
// auto theme); every other theme looks the same everywhere.
func (t Theme) FollowsScheme() bool { return t.Name == "auto" }

// Kind returns the style of a record kind ("person", "organization",
// "event", "source"). A claim's style depends on its status: see Status.
func (t Theme) Kind(kind string) (Style, bool) {
	switch kind {
	case "person":
		return t.Person, true
	case "organization":
		return t.Organization, true
	case "event":
		return t.Event, true
	case "source":
		return t.Source, true
	}
	return Style{}, false
}

// Status returns the style of a claim status ("alleged", "stated",
// "disputed", "contested", "partly-confirmed", "confirmed", "retracted").
func (t Theme) Status(status string) (StatusStyle, bool) {
	switch status {
	case "alleged":
		return t.Alleged, true
	case "disputed":
		return t.Disputed, true
	case "confirmed":
		return t.Confirmed, true
	case "partly-confirmed":
		return t.PartlyConfirmed, true
	case "stated":
		return t.Stated, true
	case "contested":
		return t.Contested, true
	case "retracted":
		return t.Retracted, true
	}
	return StatusStyle{}, false
}

// Stance returns the style of a response stance ("denies", "disputes",
// "confirms", "partially-confirms", "supports", "declines-comment",
// "retracts").
func (t Theme) Stance(stance string) (Style, bool) {
	switch stance {
	case "denies":
		return t.Denies, true
	case "disputes":
		return t.Disputes, true
	case "confirms":
		return t.Confirms, true
	case "partially-confirms":
		return t.PartlyConfirms, true
	case "supports":
		return t.Supports, true
	case "declines-comment":
		return t.DeclinesComment, true
	case "retracts":
		return t.Retracts, true
	}
	return Style{}, false
}
