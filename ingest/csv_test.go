package ingest

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/export"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

func csvFS(t testing.TB, c *casefile.Case) fstest.MapFS {
	g, err := graph.Build(c)
	if err != nil {
		t.Fatal(err)
	}
	m := fstest.MapFS{}
	for _, f := range export.CSV(g) {
		m["tables/"+f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return m
}

// TestCSVRoundTrip: the csv export of a case, imported, gives the same
// events (IDs, titles, dates, participants), claims with their statuses,
// sources and relations.
func TestCSVRoundTrip(t *testing.T) {
	for _, src := range []*casefile.Case{testcase.Seed(t), testcase.Generated(t, 300)} {
		out, err := CSV(csvFS(t, src), "tables")
		if err != nil {
			t.Fatal(err)
		}
		back, err := out.Load()
		if err != nil {
			t.Fatalf("the imported case does not load: %v", err)
		}
		if len(back.Events) != len(src.Events) || len(back.Claims) != len(src.Claims) ||
			len(back.Sources) != len(src.Sources) || len(back.Relations) != len(src.Relations) ||
			len(back.People) != len(src.People) || len(back.Organizations) != len(src.Organizations) {
			t.Fatalf("counts back %s, want %s", back.Counts(), src.Counts())
		}
		for i, e := range src.Events {
			b := back.Events[i]
			if b.ID != e.ID || b.Title != strings.Join(strings.Fields(e.Title), " ") || b.Date.String() != e.Date.String() ||
				len(b.Participants) != len(e.Participants) {
				t.Errorf("event %s %q %s came back as %s %q %s", e.ID, e.Title, e.Date, b.ID, b.Title, b.Date)
			}
		}
		for i, cl := range src.Claims {
			if b := back.Claims[i]; b.ID != cl.ID || b.Status != cl.Status || len(b.Responses) != len(cl.Responses) {
				t.Errorf("claim %s (%s, %d responses) came back as %s (%s, %d)", cl.ID, cl.Status, len(cl.Responses),
					b.ID, b.Status, len(b.Responses))
			}
		}
	}
}

func TestCSVErrors(t *testing.T) {
	good := "id,title,edtf\nmeeting,A meeting,2021-02\n"
	tests := []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{}, "events.csv: cannot read it: open tables/events.csv: file does not exist"},
		{map[string]string{"events.csv": "id,name\nx,y\n"}, `events.csv:row 1: no column "title": the columns are those of eventgraph's csv export`},
		{map[string]string{"events.csv": "id,title,edtf\n\"x,y\n"}, "events.csv:row 2: not CSV: extraneous or missing \" in quoted-field"},
		{map[string]string{"events.csv": "id,title,edtf\nMeeting,A,2021\nb,B,summer 2019\nc,C,\n"},
			"events.csv:row 2, column id: \"Meeting\" is not a record ID (lower-case letters, digits and hyphens)\n" +
				"events.csv:row 3, column edtf: invalid date \"summer 2019\": EDTF writes it 2019-22\n" +
				"events.csv:row 4, column edtf: missing: every event needs a date"},
		{map[string]string{"events.csv": good, "sources.csv": "id,title\n"}, `sources.csv:row 1: no column "edtf": the columns are those of eventgraph's csv export`},
	}
	for _, tt := range tests {
		m := fstest.MapFS{}
		for n, d := range tt.files {
			m["tables/"+n] = &fstest.MapFile{Data: []byte(d)}
		}
		_, err := CSV(m, "tables")
		var list ErrorList
		if !errors.As(err, &list) || err.Error() != tt.want {
			t.Errorf("%v:\n got %v\nwant %s", tt.files, err, tt.want)
		}
	}
	m := fstest.MapFS{"tables/events.csv": &fstest.MapFile{Data: []byte(good)}}
	c, err := CSV(m, "tables")
	if err != nil {
		t.Fatal(err)
	}
	if got := string(c.Files["events.yaml"]); got != "# Events read from events.csv.\nevents:\n  - id: meeting\n    title: A meeting\n    date: 2021-02\n" {
		t.Errorf("events.yaml:\n%s", got)
	}
}

func FuzzCSV(f *testing.F) {
	seed := csvFS(f, testcase.Seed(f))
	f.Add(seed["tables/events.csv"].Data, seed["tables/claims.csv"].Data)
	f.Add([]byte("id,title,edtf,participants\na,\"x: y\",2021,\"b (r, s); c\"\n"), []byte("id,statement,about,sources\n"))
	f.Fuzz(func(t *testing.T, events, claims []byte) {
		m := fstest.MapFS{}
		for n, d := range seed {
			m[n] = d
		}
		m["tables/events.csv"] = &fstest.MapFile{Data: events}
		m["tables/claims.csv"] = &fstest.MapFile{Data: claims}
		checkImported(t)(CSV(m, "tables"))
	})
}

// checkImported returns the fuzz targets' check of an import: it fails
// with an error list or writes a case that loads.
func checkImported(t *testing.T) func(*Case, error) {
	return func(c *Case, err error) {
		t.Helper()
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error not an ErrorList: %v", err)
			}
			return
		}
		if _, err := c.Load(); err != nil {
			t.Fatalf("imported case does not load: %v", err)
		}
	}
}
