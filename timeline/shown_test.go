package timeline_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

// texts returns the text lines of the items of s whose class contains
// class, in order.
func texts(s *timeline.Scene, class string) []string {
	var out []string
	for _, it := range s.Items {
		if it.Shape != timeline.ShapeText || !strings.Contains(" "+it.Class+" ", " "+class+" ") {
			continue
		}
		var ls []string
		for _, l := range it.Lines {
			ls = append(ls, l.Text)
		}
		out = append(out, strings.Join(ls, " "))
	}
	return out
}

func TestGroupedEventsKeepTheirClaims(t *testing.T) {
	c := testcase.Generated(t, 300)
	for _, mode := range []timeline.ClaimsMode{timeline.ClaimsBadges, timeline.ClaimsFull} {
		s, err := timeline.Layout(c, timeline.Options{Claims: mode})
		if err != nil {
			t.Fatal(err)
		}
		if got := texts(s, "eg-aggregate-title"); len(got) == 0 {
			t.Fatalf("%s: the 300-event case draws no aggregate; the test needs one", mode)
		}
		// Every claim is listed in the panel, or (full mode) beside its event.
		listed := map[string]bool{}
		for _, g := range s.Groups {
			if id, ok := strings.CutPrefix(g.ID, "claim-"); ok {
				listed[id] = true
			}
		}
		statuses := map[casefile.Status]bool{}
		for _, cl := range c.Claims {
			statuses[cl.Status] = true
			if mode == timeline.ClaimsBadges && !listed[cl.ID] {
				t.Errorf("%s: claim %s is not listed", mode, cl.ID)
			}
		}
		if mode == timeline.ClaimsBadges && len(listed) != len(c.Claims) {
			t.Errorf("%s: %d claims listed, want %d", mode, len(listed), len(c.Claims))
		}
		// The key explains every status drawn.
		legend := strings.Join(texts(s, "eg-legend-text"), " | ")
		for _, st := range []casefile.Status{casefile.StatusAlleged, casefile.StatusDisputed, casefile.StatusConfirmed, casefile.StatusPartlyConfirmed} {
			if statuses[st] && !strings.Contains(legend, st.Meaning()) {
				t.Errorf("%s: the key lacks %s (%q): %s", mode, st, st.Meaning(), legend)
			}
		}
		if mode == timeline.ClaimsBadges && !strings.Contains(s.Desc, " 100 claims: ") {
			t.Errorf("%s: desc %q does not count the 100 claims drawn", mode, s.Desc)
		}
	}
	s, _ := timeline.Layout(c, timeline.Options{})
	badges := texts(s, "eg-claim-count")
	if len(badges) == 0 || !strings.Contains(badges[0], " claim") {
		t.Errorf("aggregates carry no claim count: %q", badges)
	}
}

func TestDescMatchesThePicture(t *testing.T) {
	c := testcase.Seed(t)
	for _, tc := range []struct {
		name string
		opts timeline.Options
		want string
	}{
		{"crop", timeline.Options{From: edtf.MustParse("2021"), To: edtf.MustParse("2021-12")},
			"Timeline of 3 of the case's 15 dated events, Jan–Dec 2021 (cropped to this period). 7 claims: 1 alleged, 1 on record, 4 disputed, 1 partly confirmed. 7 sources listed."},
		{"hidden sources", timeline.Options{HideSources: true, Claims: timeline.ClaimsNone},
			"Timeline of 15 events, 2018–2023."},
	} {
		s, err := timeline.Layout(c, tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		got := s.Desc
		if i := strings.Index(got, "Timeline of"); i >= 0 {
			got = got[i:]
		}
		if got != tc.want {
			t.Errorf("%s: desc = %q, want %q", tc.name, got, tc.want)
		}
	}
	// With the source list hidden, no label cites a source number.
	s, _ := timeline.Layout(c, timeline.Options{HideSources: true})
	for _, it := range s.Items {
		for _, l := range it.Lines {
			if strings.Contains(l.Text, "[1") {
				t.Errorf("hidden sources: %q still cites a source", l.Text)
			}
		}
	}
}

func TestKeyUsesStatusMeaning(t *testing.T) {
	s, err := timeline.Layout(testcase.Seed(t), timeline.Options{Width: 2000})
	if err != nil {
		t.Fatal(err)
	}
	legend := texts(s, "eg-legend-text")
	want := "DISPUTED: " + casefile.StatusDisputed.Meaning()
	found := false
	for _, l := range legend {
		found = found || l == want
	}
	if !found {
		t.Errorf("key %q lacks %q", legend, want)
	}
}

func TestLabelsStayBesideTheirMarks(t *testing.T) {
	for _, w := range []float64{0, 1200} {
		s, err := timeline.Layout(testcase.Seed(t), timeline.Options{Width: w})
		if err != nil {
			t.Fatal(err)
		}
		// Every label hangs right of its connector: none is turned.
		for _, it := range s.Items {
			if it.Shape == timeline.ShapeText && it.Anchor == timeline.AnchorEnd && strings.Contains(it.Class, "eg-date") {
				t.Errorf("width %g: label %q is set flush right", w, it.Lines[0].Text)
			}
		}
		checkConnectors(t, s)
	}
}

// checkConnectors fails t when a connector runs through the text of
// another event's label, or through a lane's name.
func checkConnectors(t *testing.T, s *timeline.Scene) {
	t.Helper()
	// No connector runs through another event's label.
	for _, c := range s.Items {
		if c.Role != timeline.RoleConnector || len(c.Points) != 2 {
			continue
		}
		x, y0, y1 := c.Points[0].X, min(c.Points[0].Y, c.Points[1].Y), max(c.Points[0].Y, c.Points[1].Y)
		for _, it := range s.Items {
			if it.Shape != timeline.ShapeText || it.Group == c.Group || !strings.HasPrefix(it.Group, "event") && !strings.HasPrefix(it.Group, "date") && !strings.HasPrefix(it.Group, "lane") {
				continue
			}
			if it.X < x && x < it.X+it.W && it.Y < y1 && y0 < it.Y+it.H {
				t.Errorf("connector of %s at x %.2f runs through %q of %s", c.Group, x, it.Lines[0].Text, it.Group)
			}
		}
	}
}

func TestVerticalMarksBesideTheirLabels(t *testing.T) {
	for _, mode := range []timeline.ClaimsMode{timeline.ClaimsBadges, timeline.ClaimsFull} {
		s, err := timeline.Layout(testcase.Seed(t), timeline.Options{Orientation: timeline.Vertical, Claims: mode})
		if err != nil {
			t.Fatal(err)
		}
		// Every leader runs straight across from its mark to its label's
		// first line, so no two run side by side.
		n := 0
		for _, it := range s.Items {
			if !strings.Contains(it.Class, "eg-leader") {
				continue
			}
			n++
			if b := it.Bounds(); b.H > 0.5 {
				t.Errorf("%s: leader of %s drops %.2f px from its mark to its label", mode, it.Group, b.H)
			}
		}
		if n != 10 {
			t.Errorf("%s: %d leaders, want 10 (one per date drawn)", mode, n)
		}
	}
}

func TestLaneNamesWrapBeforeCutting(t *testing.T) {
	s, err := timeline.Layout(testcase.Seed(t), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Lane names stand on their lines where no connector crosses: on
	// one line where a stretch is wide enough, else by an alias that
	// fits (the consulate's), wrapped where none does, never cut short.
	var names []string
	for _, it := range s.Items {
		if it.Shape != timeline.ShapeText || !strings.Contains(it.Class, "eg-lane-label") {
			continue
		}
		var ls []string
		for _, l := range it.Lines {
			ls = append(ls, l.Text)
			if strings.HasSuffix(l.Text, "…") {
				t.Errorf("lane name cut short: %q", l.Text)
			}
		}
		names = append(names, strings.Join(ls, " / "))
	}
	want := []string{"Han Dong", "Global News", "Chinese consulate in Toronto", "David Johnston", "House of Commons of Canada",
		"Jagmeet Singh", "Justin Trudeau", "Liberal caucus"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("lane names = %q, want %q", names, want)
	}
	tip := ""
	for _, g := range s.Groups {
		if g.ID == "lane-chinese-consulate-toronto" {
			tip = g.Tooltip
		}
	}
	if tip != "Consulate General of the People's Republic of China in Toronto" {
		t.Errorf("the consulate's lane is titled %q, want its full name", tip)
	}
}

func TestTooManyClaimsSaySo(t *testing.T) {
	c := testcase.Generated(t, 3000)
	s, err := timeline.Layout(c, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := len(c.Claims)
	if n <= timeline.MaxListedClaims {
		t.Fatalf("the case has %d claims, no more than the %d listed; the test needs more", n, timeline.MaxListedClaims)
	}
	want := "Claims 1 to 500 of " + itoa(n) + " are listed; " + itoa(n-500) + " more are not. Crop the timeline to a shorter period (--from, --to) to list them."
	if got := strings.Join(texts(s, "eg-claims-more"), " "); got != want {
		t.Errorf("note = %q, want %q", got, want)
	}
	listed := 0
	for _, g := range s.Groups {
		if strings.HasPrefix(g.ID, "claim-") {
			listed++
		}
	}
	if listed != 500 {
		t.Errorf("%d claims listed, want 500", listed)
	}
	if !strings.Contains(s.Desc, " "+itoa(n)+" claims (500 listed): ") {
		t.Errorf("desc %q does not say how many claims are listed", s.Desc)
	}
}

// TestKeyEventsAreEmphasisedAndNeverGrouped marks every seventh event of
// a case crowded enough to be grouped as a key event: each is drawn with
// its own title, set larger than the others, and its mark with a heavier
// outline, in both orientations; --group never draws every event.
func TestKeyEventsAreEmphasisedAndNeverGrouped(t *testing.T) {
	c := testcase.Generated(t, 300)
	high := map[string]bool{}
	for i, ev := range c.Events {
		if i%7 == 0 {
			ev.Importance = "high"
			high[ev.ID] = true
		}
	}
	for _, o := range orientations {
		for _, g := range []timeline.GroupMode{timeline.GroupAuto, timeline.GroupNever} {
			s, err := timeline.Layout(c, timeline.Options{Orientation: o, Group: g})
			if err != nil {
				t.Fatal(err)
			}
			titled := map[string]bool{}
			var normal, key float64
			for _, it := range s.Items {
				if it.Shape == timeline.ShapeText && strings.Contains(it.Class, "eg-event-title") {
					id := strings.TrimPrefix(it.Group, "event-")
					titled[id] = true
					if high[id] != strings.Contains(it.Class, "eg-high") {
						t.Errorf("%s/%s: title of %s has class %q", o, g, id, it.Class)
					}
					if high[id] {
						key = it.Size
					} else {
						normal = it.Size
					}
				}
				if strings.Contains(it.Class, "eg-event-mark") && strings.Contains(it.Class, "eg-high") && it.Solid && it.Width < 2 {
					t.Errorf("%s/%s: key event mark of %s drawn %g px wide, want a heavier outline", o, g, it.Group, it.Width)
				}
			}
			if key <= normal {
				t.Errorf("%s/%s: key event titles at %g px, others at %g: not larger", o, g, key, normal)
			}
			for id := range high {
				if !titled[id] {
					t.Errorf("%s/%s: key event %s has no title of its own (grouped?)", o, g, id)
				}
			}
			aggregates := len(texts(s, "eg-aggregate-title"))
			if g == timeline.GroupNever && (aggregates > 0 || len(titled) != len(c.Events)) {
				t.Errorf("%s/never: %d aggregates, %d of %d events titled", o, aggregates, len(titled), len(c.Events))
			}
			if g == timeline.GroupAuto && o == timeline.Horizontal && aggregates == 0 {
				t.Errorf("%s/auto: the 300-event case draws no aggregate; the test needs one", o)
			}
			checkScene(t, s)
		}
	}
}
