package timeline_test

import (
	"errors"
	"math"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

func FuzzParseLanes(f *testing.F) {
	for _, s := range []string{"", "auto", "people", "a,b", "han-dong, csis", ",", "A", "a,a", "a-,b1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := timeline.ParseLanes(s)
		if err != nil {
			if !errors.Is(err, timeline.ErrOptions) {
				t.Fatalf("ParseLanes(%q) error %v does not wrap ErrOptions", s, err)
			}
			return
		}
		again, err := timeline.ParseLanes(l.String())
		if err != nil || again.String() != l.String() {
			t.Fatalf("ParseLanes(%q) = %q, which reads back as %q, %v", s, l.String(), again.String(), err)
		}
		if (timeline.Options{Lanes: l}).Validate() != nil {
			t.Fatalf("ParseLanes(%q) gives lanes that do not validate", s)
		}
	})
}

// FuzzLayout lays the seed case out at any width, crop and orientation and
// checks that no label overlaps and nothing leaves the viewBox.
func FuzzLayout(f *testing.F) {
	f.Add(1200.0, false, "", "", uint8(0))
	f.Add(280.0, true, "2019", "2021-06", uint8(1))
	f.Add(733.3, false, "2023-03-21", "", uint8(2))
	f.Fuzz(func(t *testing.T, width float64, vertical bool, from, to string, claims uint8) {
		if math.IsNaN(width) || width < timeline.MinWidth || width > 3000 {
			return
		}
		o := timeline.Options{Width: width, Claims: []timeline.ClaimsMode{timeline.ClaimsBadges, timeline.ClaimsFull, timeline.ClaimsNone}[claims%3]}
		if vertical {
			o.Orientation = timeline.Vertical
		}
		var err error
		if from != "" {
			if o.From, err = edtf.Parse(from); err != nil {
				return
			}
		}
		if to != "" {
			if o.To, err = edtf.Parse(to); err != nil {
				return
			}
		}
		if o.Validate() != nil {
			return
		}
		s, err := timeline.Layout(testcase.Seed(t), o)
		if err != nil {
			t.Fatal(err)
		}
		if ov := s.Overlaps(); len(ov) > 0 {
			t.Fatalf("%d overlaps, first %+v", len(ov), ov[0])
		}
		if out := s.OutOfBounds(); len(out) > 0 {
			t.Fatalf("%d items outside the viewBox, first %+v", len(out), s.Items[out[0]].Bounds())
		}
	})
}
