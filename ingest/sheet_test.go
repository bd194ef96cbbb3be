package ingest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/export"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// sheetFromJSON writes a TimelineJS JSON file as the spreadsheet
// template's CSV, as a desk that keeps its timeline in Google Sheets
// would have it: a title row, then a row per slide, date parts in their
// columns. extra adds eventgraph's Unique ID and EDTF columns.
func sheetFromJSON(t testing.TB, data []byte, extra bool) []byte {
	t.Helper()
	type date struct{ Year, Month, Day, Hour, Minute string }
	type slide struct {
		StartDate   *date `json:"start_date"`
		EndDate     *date `json:"end_date"`
		Text        struct{ Headline, Text string }
		Group       string `json:"group"`
		DisplayDate string `json:"display_date"`
		UniqueID    string `json:"unique_id"`
		EDTF        string `json:"edtf"`
	}
	var in struct {
		Title  *slide
		Events []slide
	}
	if err := json.Unmarshal(data, &in); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	header := SheetColumns[:]
	if extra {
		header = append(append([]string{}, SheetColumns[:]...), SheetColumnID, SheetColumnEDTF)
	}
	w.Write(header)
	row := func(s slide, kind string) {
		cells := map[string]string{"Headline": s.Text.Headline, "Text": s.Text.Text, "Display Date": s.DisplayDate,
			"Group": s.Group, "Type": kind, SheetColumnID: s.UniqueID, SheetColumnEDTF: s.EDTF}
		for prefix, d := range map[string]*date{"": s.StartDate, "End ": s.EndDate} {
			if d == nil {
				continue
			}
			cells[prefix+"Year"], cells[prefix+"Month"], cells[prefix+"Day"] = d.Year, d.Month, d.Day
			if d.Hour != "" {
				cells[prefix+"Time"] = fmt.Sprintf("%s:%02s", d.Hour, d.Minute)
			}
		}
		var r []string
		for _, h := range header {
			r = append(r, cells[h])
		}
		w.Write(r)
	}
	if in.Title != nil {
		row(*in.Title, "title")
	}
	for _, s := range in.Events {
		row(s, "")
	}
	w.Flush()
	return b.Bytes()
}

// plainDate reports whether the spreadsheet's date columns can hold d
// exactly: a day, month or year (or a span of them, with a time of day),
// without qualifiers, seasons, unspecified digits or open ends.
func plainDate(v edtf.Value) bool {
	plain := func(d edtf.Date) bool {
		return d.Precision != edtf.PrecisionSeason && d.Unspecified == 0 && d.Qualifier == 0 &&
			d.Precision <= edtf.PrecisionMinute && !d.HasZone
	}
	if !v.IsInterval {
		return plain(v.Date)
	}
	return v.Start.Kind == edtf.BoundDate && v.End.Kind == edtf.BoundDate && plain(v.Start.Date) && plain(v.End.Date)
}

// TestSheetRoundTrip: the TimelineJS export of a case, made into the
// spreadsheet template's CSV and imported, gives the same events, titles
// and dates: every date exactly with eventgraph's EDTF column, and every
// date the template's columns can hold without it.
func TestSheetRoundTrip(t *testing.T) {
	for _, name := range []string{"seed", "generated"} {
		src := testcase.Seed(t)
		if name == "generated" {
			src = testcase.Generated(t, 300)
		}
		g, err := graph.Build(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, extra := range []bool{true, false} {
			out, err := Sheet("timeline.csv", sheetFromJSON(t, export.TimelineJS(g), extra))
			if err != nil {
				t.Fatalf("%s, extra columns %v: %v", name, extra, err)
			}
			back, err := out.Load()
			if err != nil {
				t.Fatalf("%s: the imported case does not load: %v", name, err)
			}
			if len(back.Events) != len(src.Events) {
				t.Fatalf("%s: %d events back, want %d", name, len(back.Events), len(src.Events))
			}
			// without the Unique ID column the IDs are made from the
			// headlines and the case lists the events in another order
			want, got := map[string]int{}, map[string]int{}
			key := func(e *casefile.Event, date bool) string {
				k := strings.Join(strings.Fields(e.Title), " ")
				if date {
					k += " @ " + e.Date.String()
				}
				return k
			}
			same := 0
			for i, e := range src.Events {
				dated := extra || plainDate(e.Date)
				if dated {
					same++
				}
				want[key(e, dated)]++
				b := back.Events[i]
				got[key(b, false)]++
				got[key(b, true)]++
				if extra && (b.ID != e.ID || key(b, true) != key(e, true)) {
					t.Errorf("%s: event %s %q %s came back as %s %q %s", name, e.ID, e.Title, e.Date, b.ID, b.Title, b.Date)
				}
			}
			for k, n := range want {
				if got[k] < n {
					t.Errorf("%s, extra columns %v: %d events %s, %d came back", name, extra, n, k, got[k])
				}
			}
			if same < len(src.Events)/2 {
				t.Errorf("%s: only %d of %d dates compared", name, same, len(src.Events))
			}
			if back.Meta.Title != src.Meta.Title {
				t.Errorf("%s: case title %q, want %q", name, back.Meta.Title, src.Meta.Title)
			}
		}
	}
}

// TestSheetTemplate reads a spreadsheet as TimelineJS's template has it:
// a title row, times, spans, an era, media, HTML in the text, a blank row,
// a Display Date that says more than the columns.
func TestSheetTemplate(t *testing.T) {
	in := strings.Join(SheetColumns[:], ",") + "\n" +
		`,,,,,,,,,Mars &amp; the Moon,<p>A <b>short</b> story</p>,,,,,title,,` + "\n" +
		`1969,7,20,20:17,,,,,,Apollo 11 lands,,https://example.org/eagle.jpg,NASA,The Eagle,,,NASA,` + "\n" +
		`,,,,,,,,,,,,,,,,,` + "\n" +
		`-44,3,15,,,,,,,Ides of March,,<blockquote>Et tu</blockquote>,,,,,,` + "\n" +
		`"1,961",,,,1972,12,,,,Apollo programme,,,,,,era,,#000000` + "\n" +
		`2019,6,,,2019,8,,,Summer 2019,Apollo 11 lands,,,,,,,,` + "\n"
	c, err := Sheet("t.csv", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := `# Events read from t.csv, one per row of the TimelineJS spreadsheet.
events:
  - id: apollo-11-lands # made from the headline
    title: Apollo 11 lands
    date: 1969-07-20T20:17 # from the Year, Month, Day and Time columns
    tags: [NASA] # the row's group
    links: ['https://example.org/eagle.jpg'] # the row's media; credit: NASA; caption: The Eagle
  - id: ides-of-march # made from the headline
    title: Ides of March # media not kept, not a web address: "<blockquote>Et tu</blockquote>"
    date: "-0044-03-15" # from the Year, Month, Day and Time columns
  - id: apollo-programme # made from the headline
    title: Apollo programme
    date: 1961/1972-12 # from the Year, Month, Day and Time columns
    tags: [era] # a TimelineJS era
  - id: apollo-11-lands-2 # made from the headline
    title: Apollo 11 lands
    date: 2019-06/2019-08 # from the Year, Month, Day and Time columns; TimelineJS showed it as "Summer 2019"
`
	if got := string(c.Files["events.yaml"]); got != want {
		t.Errorf("events.yaml:\n%s\nwant:\n%s", got, want)
	}
	if got := string(c.Files["case.yaml"]); got != "# From the title row of t.csv.\ncase:\n  title: Mars & the Moon\n  description: A short story\n" {
		t.Errorf("case.yaml:\n%s", got)
	}
}

func TestSheetErrors(t *testing.T) {
	head := strings.Join(SheetColumns[:], ",") + "\n"
	tests := []struct{ in, want string }{
		{"", "t.csv:row 1: not a TimelineJS spreadsheet: the first row must name the template's columns (Year, Month, Day, ..., Headline, Text, ...), at least Year and Headline (the tables of eventgraph's csv export are read from their folder)"},
		{"Year,Title\n2020,A\n", "t.csv:row 1: not a TimelineJS spreadsheet: the first row must name the template's columns (Year, Month, Day, ..., Headline, Text, ...), at least Year and Headline (the tables of eventgraph's csv export are read from their folder)"},
		{"Year,Headline\n\"2020,A\n", "t.csv:row 2: not CSV: extraneous or missing \" in quoted-field"},
		{head, `t.csv: no events: below the header, each row (but the one of Type "title") is an event`},
		{"Year,Month,Day,Headline\n2020,13,,A\n,,,B\n2021,,3,C\ntwenty,,,D\n2021,2,30,\n",
			"t.csv:row 2, column Month: 13 is out of range 1 to 12\n" +
				"t.csv:row 3, column Year: missing: every event needs a date, at least its year\n" +
				"t.csv:row 4, column Month: missing: a date with a day needs its month\n" +
				"t.csv:row 5, column Year: \"twenty\" is not a whole number\n" +
				"t.csv:row 6, column Headline: missing: every event needs a title\n" +
				"t.csv:row 6, column Day: invalid date \"2021-02-30\": February 2021 has 28 days"},
		{"Year,Month,Day,Time,End Year,End Month,Headline\n2020,1,1,25:00,,,A\n2020,,,10:00,,,B\n2020,,,,,5,C\n2023,,,,2021,,D\n",
			"t.csv:row 2, column Time: \"25:00\" is not a time of day: hours 0 to 23, minutes and seconds 0 to 59\n" +
				"t.csv:row 3, column Time: a time needs the day: fill in Month and Day\n" +
				"t.csv:row 4, column End Year: missing: a date needs its year when End Month is filled in\n" +
				"t.csv:row 5, column End Year: invalid date \"2023/2021\": the interval ends (2021) before it starts (2023)"},
		{"Year,Month,Day,Headline,EDTF\n2020,,,A,summer 2019\n12345,1,,B,\n",
			"t.csv:row 2, column EDTF: invalid date \"summer 2019\": EDTF writes it 2019-22\n" +
				"t.csv:row 3, column Month: a year beyond 9999 (12345) stands alone in EDTF: leave out the month and day"},
	}
	for _, tt := range tests {
		_, err := Sheet("t.csv", []byte(tt.in))
		var list ErrorList
		if !errors.As(err, &list) || err.Error() != tt.want {
			t.Errorf("%q:\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]string{"14:30": "14:30", "2:30 PM": "14:30", "12:05 a.m.": "00:05",
		"1430": "14:30", "9": "09:00", "14:30:15": "14:30:15", "7.45": "07:45", "12 PM": "12:00"} {
		if got, err := parseClock(in); err != nil || got != want {
			t.Errorf("parseClock(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"noon", "13 PM", "0 AM", "10:60", "1:2:3:4"} {
		if got, err := parseClock(in); err == nil {
			t.Errorf("parseClock(%q) = %q, want an error", in, got)
		}
	}
}

func TestIsSheet(t *testing.T) {
	if !IsSheet(SheetColumns[:]) || !IsSheet([]string{"\ufeffYear", " Headline "}) {
		t.Error("the template's header not recognised")
	}
	if IsSheet([]string{"id", "title", "edtf"}) || IsSheet([]string{"Year", "Title"}) {
		t.Error("another header taken for the template's")
	}
}

func FuzzSheet(f *testing.F) {
	g, err := graph.Build(testcase.Seed(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sheetFromJSON(f, export.TimelineJS(g), false))
	f.Add(sheetFromJSON(f, export.TimelineJS(g), true))
	f.Add([]byte(strings.Join(SheetColumns[:], ",") + "\n-44,3,15,2:30 pm,,,,,x,\"a: b #c\",,http://x,,,,era,\"g, h\",\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkImported(t)(Sheet("f.csv", data))
	})
}
