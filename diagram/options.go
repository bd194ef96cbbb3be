package diagram

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/theme"
)

// ErrOptions is wrapped by every error about invalid Options or flag values.
var ErrOptions = errors.New("diagram: invalid option")

// Options say how a diagram looks and is laid out; what it draws is its
// View. The zero value draws left to right with the light theme, a legend,
// and the layout engine chosen by size.
type Options struct {
	// Cluster draws a dashed box titled with an organization's name around
	// its members (the records with a member-of relation to it) and its
	// sub-organizations (those whose parent it is), nested as the
	// organizations are. A record that is a member of several
	// organizations goes in the box of its parent, else of the first of
	// them by ID; a loop of memberships is cut. The legend shows the box.
	Cluster bool

	// Engine is the Graphviz layout engine. Zero means dot for up to
	// AutoEngineLimit nodes and sfdp beyond.
	Engine Engine
	// Direction is the direction of the dot layout. Zero means LR.
	Direction Direction

	// Theme gives colours, dashes and fonts. The zero Theme means
	// theme.Light().
	Theme theme.Theme

	// Title is drawn above the diagram and is the SVG <title>. Zero means
	// the case title, or "Relationship diagram" without one.
	Title string
	// Subtitle is drawn under the title ("As known on 22 March 2023").
	// Zero means none.
	Subtitle string
	// Description is the SVG <desc> for screen readers. Zero means a
	// sentence generated from what is drawn ("12 people, 5 organizations…").
	Description string

	// NoLegend leaves the legend out. The zero value draws it.
	NoLegend bool

	// IDPrefix is put before every id in the SVG, so that several diagrams
	// can share one HTML page. Zero means "eg" followed by 8 hex digits of
	// a hash of the drawing, which is stable for the same input.
	IDPrefix string
}

// AutoEngineLimit is the largest number of nodes for which the zero Engine
// chooses dot; larger diagrams use sfdp, whose cost grows much more slowly.
const AutoEngineLimit = 150

// DefaultDepth is the depth of an ego network when View.Depth is zero.
const DefaultDepth = 1

// Validate reports the first problem with o, wrapping ErrOptions.
func (o Options) Validate() error {
	if o.Engine != "" {
		if _, err := ParseEngine(string(o.Engine)); err != nil {
			return err
		}
	}
	if o.Direction != "" {
		if _, err := ParseDirection(string(o.Direction)); err != nil {
			return err
		}
	}
	for _, r := range o.IDPrefix {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return fmt.Errorf("%w: id prefix %q: use only letters, digits, - and _", ErrOptions, o.IDPrefix)
		}
	}
	if o.IDPrefix != "" && !(o.IDPrefix[0] >= 'a' && o.IDPrefix[0] <= 'z' || o.IDPrefix[0] >= 'A' && o.IDPrefix[0] <= 'Z') {
		return fmt.Errorf("%w: id prefix %q must start with a letter", ErrOptions, o.IDPrefix)
	}
	return nil
}

// theme returns the effective theme.
func (o Options) theme() theme.Theme {
	if o.Theme.Name == "" {
		return theme.Light()
	}
	return o.Theme
}

// direction returns the effective direction.
func (o Options) direction() Direction {
	if o.Direction == "" {
		return LR
	}
	return o.Direction
}

// Kinds is a set of record kinds to draw (View.Kinds).
type Kinds uint8

// The kinds that View.Kinds can hold.
const (
	People Kinds = 1 << iota
	Organizations
	Events
	Claims
	Sources
)

// allKinds is every Kinds bit.
const allKinds = People | Organizations | Events | Claims | Sources

// DefaultKinds is what the zero View.Kinds draws: all but sources.
const DefaultKinds = People | Organizations | Events | Claims

// kindNames maps flag words to Kinds bits, in the order String writes them.
var kindNames = []struct {
	name string
	bit  Kinds
}{
	{"people", People}, {"organizations", Organizations}, {"events", Events},
	{"claims", Claims}, {"sources", Sources},
}

// Has reports whether k includes every kind of x.
func (k Kinds) Has(x Kinds) bool { return k&x == x }

// String lists the kinds as ParseKinds reads them ("people,events").
func (k Kinds) String() string {
	var names []string
	for _, kn := range kindNames {
		if k&kn.bit != 0 {
			names = append(names, kn.name)
		}
	}
	return strings.Join(names, ",")
}

// kindAliases are the other words ParseKinds accepts.
var kindAliases = map[string]Kinds{
	"person": People, "organization": Organizations, "orgs": Organizations, "org": Organizations,
	"event": Events, "claim": Claims, "source": Sources,
	"all": allKinds, "default": DefaultKinds,
}

// ParseKinds reads a comma-separated list of kinds such as
// "people,organizations,events". Singular forms, "orgs", "all" and
// "default" are accepted; spaces and case are ignored. An empty string
// gives DefaultKinds.
func ParseKinds(s string) (Kinds, error) {
	var k Kinds
	for _, w := range strings.Split(s, ",") {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" {
			continue
		}
		bit, ok := Kinds(0), false
		for _, kn := range kindNames {
			if kn.name == w {
				bit, ok = kn.bit, true
			}
		}
		if !ok {
			bit, ok = kindAliases[w]
		}
		if !ok {
			return 0, fmt.Errorf("%w: unknown kind %q: use a comma-separated list of %s, or all", ErrOptions, w, Kinds(allKinds))
		}
		k |= bit
	}
	if k == 0 {
		return DefaultKinds, nil
	}
	return k, nil
}

// Engine is a Graphviz layout engine.
type Engine string

// The layout engines Render accepts.
const (
	Dot   Engine = "dot"
	Neato Engine = "neato"
	FDP   Engine = "fdp"
	SFDP  Engine = "sfdp"
	Circo Engine = "circo"
	Twopi Engine = "twopi"
)

// Engines lists every Engine in the order help texts show them.
var Engines = [...]Engine{Dot, Neato, FDP, SFDP, Circo, Twopi}

// ParseEngine reads an engine name; "" gives the zero Engine (chosen by
// size).
func ParseEngine(s string) (Engine, error) {
	w := strings.ToLower(strings.TrimSpace(s))
	if w == "" || w == "auto" {
		return "", nil
	}
	for _, e := range Engines {
		if string(e) == w {
			return e, nil
		}
	}
	return "", fmt.Errorf("%w: unknown layout engine %q: use one of %s", ErrOptions, s, joinNames(Engines[:]))
}

// Format is an output format of Render.
type Format string

// The output formats Render writes. DOTFormat is laid-out DOT (with
// coordinates), for other tools. PNG is drawn by scene/png from
// Graphviz's xdot output (see DrawPNG).
const (
	SVG       Format = "svg"
	PNG       Format = "png"
	DOTFormat Format = "dot"
)

// Formats lists every Format.
var Formats = [...]Format{SVG, PNG, DOTFormat}

// ParseFormat reads an output format name ("svg", "png", "dot"); "" gives
// SVG.
func ParseFormat(s string) (Format, error) {
	w := strings.ToLower(strings.TrimSpace(s))
	if w == "" {
		return SVG, nil
	}
	for _, f := range Formats {
		if string(f) == w {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w: unknown output format %q: use one of %s", ErrOptions, s, joinNames(Formats[:]))
}

// Direction is the direction in which dot lays out the graph.
type Direction string

// The layout directions.
const (
	LR Direction = "LR" // left to right
	TB Direction = "TB" // top to bottom
)

// ParseDirection reads "LR" or "TB" (any case); "" gives LR.
func ParseDirection(s string) (Direction, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "", "LR":
		return LR, nil
	case "TB":
		return TB, nil
	}
	return "", fmt.Errorf("%w: unknown direction %q: use LR (left to right) or TB (top to bottom)", ErrOptions, s)
}

// joinNames lists names for an error message.
func joinNames[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	sort.Strings(s)
	return strings.Join(s, ", ")
}
