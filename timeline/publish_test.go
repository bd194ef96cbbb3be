package timeline_test

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

// columns are the widths an article embeds a timeline at, with
// <img style="max-width:100%">: the horizontal one in a 700 px column, the
// vertical one on a 360 px phone.
var columns = []struct {
	o      timeline.Orientation
	column float64
}{{timeline.Horizontal, 700}, {timeline.Vertical, 360}}

// TestReadableWherePublished lays out every case of the repository with
// the default options and measures its text as the column draws it: a
// size in the viewBox times the column's width over the viewBox's.
func TestReadableWherePublished(t *testing.T) {
	cases := testcase.RepoCases(t)
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, col := range columns {
			t.Run(filepath.Base(name)+"/"+string(col.o), func(t *testing.T) {
				s, err := timeline.Layout(cases[name], timeline.Options{Orientation: col.o})
				if err != nil {
					t.Fatal(err)
				}
				checkScene(t, s)
				if s.Width != col.column {
					t.Errorf("designed %g px wide, want the column's %g", s.Width, col.column)
				}
				scale := min(col.column, s.Width) / s.Width
				for _, it := range s.Items {
					if it.Shape != timeline.ShapeText || len(it.Lines) == 0 {
						continue
					}
					least := 11.0
					if strings.Contains(it.Class, "eg-event-title") {
						least = 13
					}
					if px := it.Size * scale; px < least-1e-9 {
						t.Errorf("%q (%s) is drawn at %.2f px in a %g px column, want %g px or more", it.Lines[0].Text, it.Class, px, col.column, least)
					}
					if strings.Contains(it.Class, "eg-subtitle") && len(it.Lines) > 3 {
						t.Errorf("the intro takes %d lines, want 3 at most", len(it.Lines))
					}
					if strings.Contains(it.Class, "eg-participants") && strings.HasSuffix(it.Lines[len(it.Lines)-1].Text, "…") {
						t.Errorf("participants cut short: %q", it.Lines[len(it.Lines)-1].Text)
					}
				}
			})
		}
	}
}

// TestChronologicalLabels lays out every case of the repository at the
// default widths and checks that labels read in time order: left to right
// on a horizontal timeline (by where each label starts), top to bottom on
// a vertical one; and that no connector runs through text.
func TestChronologicalLabels(t *testing.T) {
	cases := testcase.RepoCases(t)
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, col := range columns {
			t.Run(filepath.Base(name)+"/"+string(col.o), func(t *testing.T) {
				s, err := timeline.Layout(cases[name], timeline.Options{Orientation: col.o})
				if err != nil {
					t.Fatal(err)
				}
				checkConnectors(t, s)
				// The first date line of each event's label, taken in
				// the time order of the events (by their start), and
				// where it stands.
				start := map[string]time.Time{}
				for _, ev := range cases[name].Events {
					if !ev.Date.IsZero() {
						start[ev.ID] = ev.Date.Lower()
					}
				}
				type label struct {
					start time.Time
					at    float64
					text  string
				}
				var ls []label
				for _, it := range s.Items {
					if it.Shape != timeline.ShapeText || !strings.Contains(it.Class, "eg-date") || len(it.Lines) == 0 {
						continue
					}
					id := strings.TrimPrefix(strings.TrimPrefix(it.Group, "event-"), "date-")
					if i := strings.Index(id, "-and-"); i >= 0 && strings.HasPrefix(it.Group, "date-") {
						id = id[:i]
					}
					st, ok := start[id]
					if !ok {
						continue // an aggregate
					}
					l := label{start: st, at: it.Y, text: it.Lines[0].Text}
					if col.o == timeline.Horizontal {
						l.at = it.X
					}
					ls = append(ls, l)
				}
				sort.SliceStable(ls, func(i, j int) bool { return ls[i].start.Before(ls[j].start) })
				at := make([]float64, len(ls))
				text := make([]string, len(ls))
				for i, l := range ls {
					at[i], text[i] = l.at, l.text
				}
				// A connector attaches a little inside a bar (up to 12 px
				// into a faded open end): labels of marks that start
				// together may stand that far apart either way.
				for i := 1; i < len(at); i++ {
					if at[i] < at[i-1]-13 {
						t.Errorf("%q stands at %.2f, before %q at %.2f, which comes earlier", text[i], at[i], text[i-1], at[i-1])
					}
				}
			})
		}
	}
}

func TestPanels(t *testing.T) {
	c := testcase.Seed(t)
	for _, tt := range []struct {
		panels                timeline.Panels
		claims, sources, refs bool
	}{
		{"", true, true, true},
		{timeline.PanelsAll, true, true, true},
		{timeline.PanelsClaims, true, false, false},
		{timeline.PanelsSources, false, true, true},
		{timeline.PanelsNone, false, false, false},
	} {
		s, err := timeline.Layout(c, timeline.Options{Panels: tt.panels})
		if err != nil {
			t.Fatal(err)
		}
		var claims, sources, refs bool
		for _, g := range s.Groups {
			claims = claims || g.ID == "claims"
			sources = sources || g.ID == "sources"
		}
		for _, it := range s.Items {
			if len(it.Lines) == 0 {
				continue
			}
			if strings.Contains(it.Class, "eg-date") && strings.Contains(it.Lines[0].Text, "[") {
				refs = true
			}
			if strings.Contains(it.Class, "eg-claim-line") && !strings.Contains(it.Lines[0].Text, ":") {
				t.Errorf("%q: claim beside its event without its status word: %q", tt.panels, it.Lines[0].Text)
			}
		}
		if claims != tt.claims || sources != tt.sources || refs != tt.refs {
			t.Errorf("panels %q: claims listed %v, sources listed %v, source numbers %v; want %v, %v, %v",
				tt.panels, claims, sources, refs, tt.claims, tt.sources, tt.refs)
		}
	}
	if _, err := timeline.ParsePanels("some"); err == nil || !strings.Contains(err.Error(), "use all, claims, sources or none") {
		t.Errorf("ParsePanels(some) error = %v", err)
	}
}

// TestSeedAxisNamesNoDayAfter lays the bundled case out at many widths:
// no tick names 25 September 2021, the day after the Two Michaels came
// home (the last event of its segment).
func TestSeedAxisNamesNoDayAfter(t *testing.T) {
	c := testcase.Seed(t)
	for _, o := range orientations {
		for w := float64(timeline.MinWidth); w <= 2400; w += 60 {
			s, err := timeline.Layout(c, timeline.Options{Orientation: o, Width: w})
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range s.Items {
				if strings.Contains(it.Class, "eg-tick-label") && strings.HasPrefix(it.Lines[0].Text, "25 Sep") {
					t.Errorf("%s at %g px: a tick names %q", o, w, it.Lines[0].Text)
				}
			}
		}
	}
}

// chartHeight returns how tall the chart of s is, from the top of its
// first mark or label under the header (title and intro) to the bottom of
// its axis, leaving out the key, the claims and the sources listed under
// it; and how far down the picture it reaches.
func chartHeight(s *timeline.Scene) (h, bottom float64) {
	top := s.Height
	for _, it := range s.Items {
		switch {
		case it.Group == "legend" || it.Group == "claims" || it.Group == "sources",
			strings.HasPrefix(it.Group, "claim-") || strings.HasPrefix(it.Group, "source-"):
			continue // listed under the chart
		}
		bx := it.Bounds()
		bottom = max(bottom, bx.Y+bx.H)
		if strings.Contains(it.Class, "eg-title") || strings.Contains(it.Class, "eg-subtitle") || strings.Contains(it.Class, "eg-as-of") {
			continue // the header
		}
		top = min(top, bx.Y)
	}
	return bottom - top, bottom
}

// TestHeightWherePublished reports the height of every case of the
// repository, laid out with the default options, and holds the bundled
// case to the height an article can carry: at 700 px the whole picture
// (header, chart, key, claims and sources) at most 2,200 px tall, and the
// chart (its labels, lanes and axis) no taller than it is wide.
func TestHeightWherePublished(t *testing.T) {
	cases := testcase.RepoCases(t)
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, col := range columns {
			s, err := timeline.Layout(cases[name], timeline.Options{Orientation: col.o})
			if err != nil {
				t.Fatal(err)
			}
			chart, bottom := chartHeight(s)
			t.Logf("%s %s at %g px: %g px tall; chart %.0f px, header and chart %.0f px", filepath.Base(name), col.o, s.Width, s.Height, chart, bottom)
			if filepath.Base(name) != "han-dong" || col.o != timeline.Horizontal {
				continue
			}
			if s.Height > 2200 {
				t.Errorf("%s at %g px is %g px tall, want 2200 at most", name, s.Width, s.Height)
			}
			if chart > s.Width {
				t.Errorf("%s at %g px: the chart is %.0f px tall, want no taller than it is wide", name, s.Width, chart)
			}
		}
	}
}
