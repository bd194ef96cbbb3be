package timeline_test

import (
	"errors"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

// checkScene fails t if s has overlapping labels or items outside its
// viewBox.
func checkScene(t *testing.T, s *timeline.Scene) {
	t.Helper()
	ov := s.Overlaps()
	for i, o := range ov {
		if i == 5 {
			t.Errorf("... and %d more overlaps", len(ov)-5)
			break
		}
		a, b := s.Items[o.A], s.Items[o.B]
		t.Errorf("items %d (%s %s %q %v) and %d (%s %s %q %v) overlap at %+v", o.A, a.Shape, a.Class, firstLine(a), a.Bounds(),
			o.B, b.Shape, b.Class, firstLine(b), b.Bounds(), o.Area)
	}
	out := s.OutOfBounds()
	for i, k := range out {
		if i == 5 {
			t.Errorf("... and %d more items outside the viewBox", len(out)-5)
			break
		}
		it := s.Items[k]
		t.Errorf("item %d (%s %s %q) reaches outside the %gx%g viewBox: %+v", k, it.Shape, it.Class, firstLine(it), s.Width, s.Height, it.Bounds())
	}
}

func firstLine(it timeline.Item) string {
	if len(it.Lines) > 0 {
		return it.Lines[0].Text
	}
	return ""
}

var orientations = []timeline.Orientation{timeline.Horizontal, timeline.Vertical}

func TestNoOverlapsInRepositoryCases(t *testing.T) {
	cases := testcase.RepoCases(t)
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, o := range orientations {
			for _, cm := range []timeline.ClaimsMode{timeline.ClaimsBadges, timeline.ClaimsFull, timeline.ClaimsNone} {
				t.Run(filepath.Base(name)+"/"+string(o)+"/"+string(cm), func(t *testing.T) {
					s, err := timeline.Layout(cases[name], timeline.Options{Orientation: o, Claims: cm})
					if err != nil {
						t.Fatal(err)
					}
					checkScene(t, s)
				})
			}
		}
	}
}

func TestNoOverlapsInGeneratedCases(t *testing.T) {
	sizes := []int{10, 100, 1000}
	if testing.Short() {
		sizes = sizes[:2]
	}
	for _, n := range sizes {
		c := testcase.Generated(t, n)
		for _, o := range orientations {
			t.Run(string(o)+"/"+itoa(n), func(t *testing.T) {
				s, err := timeline.Layout(c, timeline.Options{Orientation: o})
				if err != nil {
					t.Fatal(err)
				}
				checkScene(t, s)
			})
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestCrop(t *testing.T) {
	c, err := casefile.LoadDir("../examples/hostile-names")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range orientations {
		s, err := timeline.Layout(c, timeline.Options{Orientation: o,
			From: edtf.MustParse("2000"), To: edtf.MustParse("2021-06")})
		if err != nil {
			t.Fatal(err)
		}
		checkScene(t, s)
		cut, legend := false, false
		for _, g := range s.Groups {
			if strings.Contains(g.Class, "eg-cut") {
				cut = true
			}
		}
		for _, it := range s.Items {
			if len(it.Lines) > 0 && it.Lines[0].Text == "Goes on beyond the edge of the chart" {
				legend = true
			}
			if strings.Contains(it.Class, "eg-date") && (strings.Contains(it.Lines[0].Text, "2023") || strings.Contains(it.Lines[0].Text, "BCE")) {
				t.Errorf("%s: an event outside 2000 to June 2021 is drawn: %q", o, it.Lines[0].Text)
			}
		}
		if !cut || !legend {
			t.Errorf("%s: cut events marked: %v, legend explains it: %v", o, cut, legend)
		}
	}
}

func TestAsOfSubtitle(t *testing.T) {
	s, err := timeline.Layout(testcase.Seed(t), timeline.Options{AsOf: edtf.MustParse("2023-03-21")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.Subtitle, "As known on 21 March 2023.") {
		t.Errorf("subtitle = %q", s.Subtitle)
	}
	full, _ := timeline.Layout(testcase.Seed(t), timeline.Options{})
	if len(s.Items) >= len(full.Items) {
		t.Errorf("as of 21 March 2023 the timeline has %d items, no fewer than the full one's %d", len(s.Items), len(full.Items))
	}
}

func TestNoOverlapsAtAnyWidth(t *testing.T) {
	cases := testcase.RepoCases(t)
	for _, name := range []string{"data/han-dong", "examples/hostile-names"} {
		for _, o := range orientations {
			for _, w := range []float64{timeline.MinWidth, 480, 800, 2400} {
				t.Run(filepath.Base(name)+"/"+string(o)+"/"+itoa(int(w)), func(t *testing.T) {
					s, err := timeline.Layout(cases[name], timeline.Options{Orientation: o, Width: w, Lanes: timeline.Lanes{Mode: timeline.LanesAll}})
					if err != nil {
						t.Fatal(err)
					}
					if s.Width != w {
						t.Errorf("width %g, want %g", s.Width, w)
					}
					checkScene(t, s)
				})
			}
		}
	}
}

func TestEmptyAndTinyCases(t *testing.T) {
	one := &casefile.Case{
		Meta:   casefile.Meta{Title: "One event"},
		Events: []*casefile.Event{{ID: "e", Title: "Something happened", Date: edtf.MustParse("2020-05-01")}},
	}
	for name, c := range map[string]*casefile.Case{"empty": {}, "one event": one} {
		for _, o := range orientations {
			s, err := timeline.Layout(c, timeline.Options{Orientation: o})
			if err != nil {
				t.Fatalf("%s, %s: %v", name, o, err)
			}
			checkScene(t, s)
			if s.Title == "" || s.Height <= 0 {
				t.Errorf("%s, %s: title %q, height %g", name, o, s.Title, s.Height)
			}
		}
	}
	if _, err := timeline.Layout(nil, timeline.Options{}); !errors.Is(err, timeline.ErrNoCase) {
		t.Errorf("Layout(nil) error = %v", err)
	}
	if _, err := timeline.Layout(one, timeline.Options{Lanes: timeline.Lanes{Mode: timeline.LanesIDs, IDs: []string{"nobody"}}}); !errors.Is(err, timeline.ErrUnknownLane) {
		t.Errorf("unknown lane: error = %v", err)
	}
}

func TestOptionsShapeThePage(t *testing.T) {
	c := testcase.Seed(t)
	groups := func(s *timeline.Scene) map[string]bool {
		out := map[string]bool{}
		for _, g := range s.Groups {
			out[g.ID] = true
		}
		return out
	}
	full, err := timeline.Layout(c, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := groups(full)
	if !g["legend"] || !g["sources"] || !g["claims"] {
		t.Errorf("default page lacks legend, sources or claims: %v", g)
	}
	bare, err := timeline.Layout(c, timeline.Options{HideLegend: true, HideSources: true, Claims: timeline.ClaimsNone,
		Title: "Custom title", Subtitle: "Custom subtitle"})
	if err != nil {
		t.Fatal(err)
	}
	g = groups(bare)
	if g["legend"] || g["sources"] || g["claims"] {
		t.Errorf("hidden parts drawn: %v", g)
	}
	if bare.Title != "Custom title" || bare.Subtitle != "Custom subtitle" || bare.Height >= full.Height {
		t.Errorf("title %q, subtitle %q, height %g (full %g)", bare.Title, bare.Subtitle, bare.Height, full.Height)
	}
	for _, it := range bare.Items {
		if strings.Contains(it.Class, "eg-badge") {
			t.Fatal("claims none: a badge is drawn")
		}
	}
}
