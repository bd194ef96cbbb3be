package timeline_test

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

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
	cases := repoCases(t)
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
