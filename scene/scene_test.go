package scene_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/scene"
)

// load reads testdata/sample.json.
func load(t *testing.T) *scene.Scene {
	t.Helper()
	b, err := os.ReadFile("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	var s scene.Scene
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return &s
}

// TestJSONRoundTrip encodes a scene, decodes it and encodes it again: the
// same bytes.
func TestJSONRoundTrip(t *testing.T) {
	s := load(t)
	a, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back scene.Scene
	if err := json.Unmarshal(a, &back); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(&back)
	if !bytes.Equal(a, b) {
		t.Errorf("round trip changed the scene:\n%s\n%s", a, b)
	}
	if err := s.Validate(); err != nil {
		t.Errorf("sample: %v", err)
	}
}

func TestValidate(t *testing.T) {
	ok := func() *scene.Scene { return &scene.Scene{Width: 10, Height: 10} }
	tests := []struct {
		name string
		edit func(s *scene.Scene)
		want string
	}{
		{"no size", func(s *scene.Scene) { s.Width = 0 }, "scene: invalid: size 0×10: width and height must be above 0 and at most 1048576"},
		{"background", func(s *scene.Scene) { s.Background = "blueish" }, `scene: invalid: background: scene: bad colour: "blueish": write #rrggbb`},
		{"kind", func(s *scene.Scene) { s.Elements = []scene.Element{{Kind: "circle"}} }, `scene: invalid: circle "": unknown kind "circle"`},
		{"twice", func(s *scene.Scene) {
			s.Elements = []scene.Element{{Kind: scene.Group, ID: "a", Children: []scene.Element{{Kind: scene.Rect, ID: "a"}}}}
		}, `scene: invalid: id "a" is used twice`},
		{"path", func(s *scene.Scene) {
			s.Elements = []scene.Element{{Kind: scene.Path, Segments: []scene.Segment{{Op: scene.CubicTo}}}}
		}, `scene: invalid: path "": path operation "C" with 0 points`},
		{"link", func(s *scene.Scene) { s.Elements = []scene.Element{{Kind: scene.Group, Href: "javascript:alert(1)"}} },
			`scene: invalid: group "": link "javascript:alert(1)": use an http, https or mailto URL or a #fragment`},
		{"line break", func(s *scene.Scene) {
			s.Elements = []scene.Element{{Kind: scene.Text, Lines: []scene.Line{{Text: "a\nb"}}}}
		}, `scene: invalid: text "": a line of text is not UTF-8 or holds a line break`},
		{"dash", func(s *scene.Scene) {
			s.Elements = []scene.Element{{Kind: scene.Rect, Stroke: scene.Stroke{Dash: []float64{-1}}}}
		},
			`scene: invalid: rect "": negative dash length`},
	}
	for _, tt := range tests {
		s := ok()
		tt.edit(s)
		err := s.Validate()
		if !errors.Is(err, scene.ErrInvalid) || err.Error() != tt.want {
			t.Errorf("%s: %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

func TestBounds(t *testing.T) {
	s := load(t)
	var got []string
	for i := range s.Elements {
		b := s.Elements[i].Bounds()
		got = append(got, strings.TrimSpace(strings.Join([]string{f(b.X0), f(b.Y0), f(b.X1), f(b.Y1)}, " ")))
	}
	want := []string{
		"10 10 130 50",
		"180 10 310 70",
		"130 30 176 40",
		"176 36 180 44",
		"20 100 120 160",
		"148 118 172 142",
		"190 100 310 116",
		"190 150 310 180",
		"10 190 310 190",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bounds:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func f(v float64) string {
	return strings.TrimRight(strings.TrimRight(strconv.FormatFloat(v, 'f', 2, 64), "0"), ".")
}
