package diagram

import (
	"errors"
	"testing"

	"github.com/eventgraph/eventgraph/theme"
)

func TestParseKinds(t *testing.T) {
	tests := []struct {
		in   string
		want Kinds
		err  string
	}{
		{"", DefaultKinds, ""},
		{"people", People, ""},
		{"people,organizations", People | Organizations, ""},
		{" People , Orgs ,event", People | Organizations | Events, ""},
		{"all", allKinds, ""},
		{"default,sources", DefaultKinds | Sources, ""},
		{"claim,claims", Claims, ""},
		{",,", DefaultKinds, ""},
		{"people,vehicles", 0, `diagram: invalid option: unknown kind "vehicles": use a comma-separated list of people,organizations,events,claims,sources, or all`},
	}
	for _, tt := range tests {
		got, err := ParseKinds(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err || !errors.Is(err, ErrOptions) {
				t.Errorf("ParseKinds(%q) error %v, want %s", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseKinds(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestKindsString(t *testing.T) {
	if got := (People | Claims | Sources).String(); got != "people,claims,sources" {
		t.Errorf("String = %q", got)
	}
	if got := Kinds(0).String(); got != "" {
		t.Errorf("zero String = %q", got)
	}
}

func TestParseEngineFormatDirection(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Engine
		err  bool
	}{{"", "", false}, {"auto", "", false}, {"DOT", Dot, false}, {"sfdp", SFDP, false}, {"twopi", Twopi, false}, {"circo", Circo, false}, {"osage", "", true}} {
		got, err := ParseEngine(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseEngine(%q) = %q, %v", tt.in, got, err)
		}
	}
	for _, tt := range []struct {
		in   string
		want Format
		err  bool
	}{{"", SVG, false}, {"svg", SVG, false}, {"PNG", PNG, false}, {"dot", DOTFormat, false}, {"pdf", "", true}} {
		got, err := ParseFormat(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseFormat(%q) = %q, %v", tt.in, got, err)
		}
	}
	for _, tt := range []struct {
		in   string
		want Direction
		err  bool
	}{{"", LR, false}, {"lr", LR, false}, {"TB", TB, false}, {"BT", "", true}} {
		got, err := ParseDirection(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseDirection(%q) = %q, %v", tt.in, got, err)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		err  string
	}{
		{"zero", Options{}, ""},
		{"focus", Options{Focus: "han-dong", Depth: 3}, ""},
		{"path", Options{PathFrom: "a", PathTo: "b"}, ""},
		{"custom theme", Options{Theme: theme.Theme{Name: "house"}}, ""},
		{"negative depth", Options{Depth: -2}, "diagram: invalid option: depth -2 is negative: use 1 or more"},
		{"half path", Options{PathTo: "b"}, "diagram: invalid option: a path needs both ends: set both PathFrom and PathTo"},
		{"focus and path", Options{Focus: "a", PathFrom: "a", PathTo: "b"}, "diagram: invalid option: draw either a focus or a path, not both"},
		{"bad kinds", Options{Kinds: 1 << 6}, "diagram: invalid option: unknown kinds bits 0x40"},
		{"bad engine", Options{Engine: "osage"}, `diagram: invalid option: unknown layout engine "osage": use one of circo, dot, fdp, neato, sfdp, twopi`},
		{"bad direction", Options{Direction: "RL"}, `diagram: invalid option: unknown direction "RL": use LR (left to right) or TB (top to bottom)`},
		{"bad prefix", Options{IDPrefix: "a b"}, `diagram: invalid option: id prefix "a b": use only letters, digits, - and _`},
		{"digit prefix", Options{IDPrefix: "1a"}, `diagram: invalid option: id prefix "1a" must start with a letter`},
	}
	for _, tt := range tests {
		err := tt.o.Validate()
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.err != "" && (err == nil || err.Error() != tt.err || !errors.Is(err, ErrOptions)):
			t.Errorf("%s: error %v, want %s", tt.name, err, tt.err)
		}
	}
}

func TestEngineFor(t *testing.T) {
	for _, tt := range []struct {
		o    Options
		n    int
		want Engine
	}{{Options{}, 10, Dot}, {Options{}, AutoEngineLimit, Dot}, {Options{}, AutoEngineLimit + 1, SFDP}, {Options{Engine: Neato}, 1000, Neato}} {
		if got := tt.o.EngineFor(tt.n); got != tt.want {
			t.Errorf("EngineFor(%d) with %q = %q, want %q", tt.n, tt.o.Engine, got, tt.want)
		}
	}
}
