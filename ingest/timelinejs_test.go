package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/export"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestTimelineJSRoundTrip: the TimelineJS export of a case, imported,
// gives a case with the same events, dates and titles.
func TestTimelineJSRoundTrip(t *testing.T) {
	for _, name := range []string{"seed", "generated"} {
		src := testcase.Seed(t)
		if name == "generated" {
			src = testcase.Generated(t, 300)
		}
		g, err := graph.Build(src)
		if err != nil {
			t.Fatal(err)
		}
		out, err := TimelineJS("case.json", export.TimelineJS(g))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		back, err := out.Load()
		if err != nil {
			t.Fatalf("%s: the imported case does not load: %v", name, err)
		}
		if len(back.Events) != len(src.Events) {
			t.Fatalf("%s: %d events back, want %d", name, len(back.Events), len(src.Events))
		}
		for i, e := range src.Events {
			b := back.Events[i]
			if b.ID != e.ID || b.Title != strings.Join(strings.Fields(e.Title), " ") || b.Date.String() != e.Date.String() {
				t.Errorf("%s: event %s %q %s came back as %s %q %s", name, e.ID, e.Title, e.Date, b.ID, b.Title, b.Date)
			}
		}
		if name == "seed" && back.Meta.Title != src.Meta.Title {
			t.Errorf("case title %q, want %q", back.Meta.Title, src.Meta.Title)
		}
	}
}

// TestTimelineJSFromParts reads a file TimelineJS's own tools would write:
// no edtf, numbers or strings for date parts, HTML in the text.
func TestTimelineJSFromParts(t *testing.T) {
	in := `{"title": {"text": {"headline": "Mars &amp; the Moon", "text": "<p>A <b>short</b> story</p>"}},
 "events": [
  {"start_date": {"year": 1969, "month": "7", "day": 20}, "text": {"headline": "Apollo 11 lands"}, "group": "NASA"},
  {"start_date": {"year": "-44", "month": 3, "day": 15}, "text": {"headline": "Ides of March"}},
  {"start_date": {"year": 2021}, "end_date": {"year": 2023, "month": 3}, "text": {"headline": "Apollo 11 lands"}, "unique_id": "Not An ID"}
 ]}`
	c, err := TimelineJS("t.json", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := `# Events read from t.json, one per slide.
events:
  - id: apollo-11-lands # made from the title
    title: Apollo 11 lands
    date: 1969-07-20 # from the slide's start_date and end_date
    tags: [NASA] # the slide's group
  - id: ides-of-march # made from the title
    title: Ides of March
    date: "-0044-03-15" # from the slide's start_date and end_date
  - id: apollo-11-lands-2 # made from the title
    title: Apollo 11 lands
    date: 2021/2023-03 # from the slide's start_date and end_date
`
	if got := string(c.Files["events.yaml"]); got != want {
		t.Errorf("events.yaml:\n%s\nwant:\n%s", got, want)
	}
	if got := string(c.Files["case.yaml"]); got != "# From the title slide of t.json.\ncase:\n  title: Mars & the Moon\n  description: A short story\n" {
		t.Errorf("case.yaml:\n%s", got)
	}
}

func TestTimelineJSErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"events": [}`, "t.json:1:13: not TimelineJS JSON: invalid character '}' looking for beginning of value"},
		{`{"events": 3}`, "t.json:1:12: not TimelineJS JSON: $.events should be a list, not a number"},
		{`{"events": []}`, `t.json: $.events: no events: a TimelineJS file lists its slides under "events"`},
		{`{"events": [{"text": {"headline": "A"}}, {"start_date": {"year": 2020, "month": 13}, "text": {"headline": "B"}}]}`,
			"t.json: $.events[0].start_date: missing: every event needs a start_date with at least a year\n" +
				"t.json: $.events[1].start_date.month: 13 is out of range 1 to 12"},
		{`{"events": [{"start_date": {"year": "twenty"}, "text": {"headline": "A"}}, {"start_date": {"year": 2020}, "text": {}}]}`,
			"t.json: $.events[0].start_date.year: \"twenty\" is not a whole number\n" +
				"t.json: $.events[1].text.headline: missing: every event needs a title"},
		{`{"events": [{"edtf": "summer 2019", "text": {"headline": "A"}}]}`,
			`t.json: $.events[0].edtf: invalid date "summer 2019": EDTF writes it 2019-22`},
	}
	for _, tt := range tests {
		_, err := TimelineJS("t.json", []byte(tt.in))
		var list ErrorList
		if !errors.As(err, &list) || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

func FuzzTimelineJS(f *testing.F) {
	g, err := graph.Build(testcase.Seed(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(export.TimelineJS(g))
	f.Add([]byte(`{"events": [{"start_date": {"year": 1969, "month": "7"}, "text": {"headline": "x: y #z"}, "group": "a, b"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkImported(t)(TimelineJS("f.json", data))
	})
}
