package gen

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
)

// TestSplitAcrossFiles checks that RecordsPerFile splits each kind into a
// folder of files of at most that many records, and changes nothing else:
// the records, in order, are those of the unsplit case, and the split case
// loads.
func TestSplitAcrossFiles(t *testing.T) {
	whole := Files(Options{Events: 1000, Seed: 7})
	o := Options{Events: 1000, Seed: 7, RecordsPerFile: 40}
	parts := Files(o)
	var names []string
	for name := range parts {
		if name != "case.yaml" && !strings.HasPrefix(name, "events/") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	want := []string{}
	for _, k := range []struct {
		kind  string
		files int
	}{{"organizations", 2}, {"people", 7}, {"relations", 7}, {"sources", 13}} {
		for i := 1; i <= k.files; i++ {
			want = append(want, fmt.Sprintf("%s/%04d.yaml", k.kind, i))
		}
	}
	if !slices.Equal(names, want) {
		t.Errorf("files %v,\nwant %v", names, want)
	}
	for name, data := range parts {
		if _, ok := whole[name]; ok && !slices.Equal(data, whole[name]) {
			t.Errorf("%s differs from the unsplit case", name)
		}
	}
	for _, d := range decodeAll(t, parts) {
		for _, kind := range [][]map[string]any{d.People, d.Organizations, d.Sources, d.Relations} {
			if len(kind) > o.RecordsPerFile {
				t.Errorf("a file holds %d records, more than %d", len(kind), o.RecordsPerFile)
			}
		}
	}
	if a, b := concat(decodeAll(t, whole)), concat(decodeAll(t, parts)); !reflect.DeepEqual(a, b) {
		t.Error("the records of the split case differ from those of the unsplit case")
	}
	c, err := casefile.Load(FS(o), ".")
	if err != nil {
		t.Fatal(err)
	}
	if n := o.Counts(); len(c.People) != n.People || len(c.Sources) != n.Sources || len(c.Organizations) != n.Organizations {
		t.Errorf("loaded %s, want %+v", c.Counts(), n)
	}
}

// concat joins the records of every document, kind by kind, in order.
func concat(docs []decoded) decoded {
	var all decoded
	for _, d := range docs {
		all.People = append(all.People, d.People...)
		all.Organizations = append(all.Organizations, d.Organizations...)
		all.Sources = append(all.Sources, d.Sources...)
		all.Events = append(all.Events, d.Events...)
		all.Claims = append(all.Claims, d.Claims...)
		all.Relations = append(all.Relations, d.Relations...)
	}
	return all
}

// TestDefaultSplitFitsTheLoader checks that DefaultRecordsPerFile records
// of the largest kind stay far below casefile.MaxFileSize: records do not
// grow with the case but for a few digits of their IDs, so a quarter of
// the limit leaves room for cases of any size.
func TestDefaultSplitFitsTheLoader(t *testing.T) {
	o := Options{Events: 2000, Seed: 3}
	files := Files(o)
	n := o.Counts()
	for _, k := range []struct {
		name    string
		records int
	}{{"people.yaml", n.People}, {"organizations.yaml", n.Organizations}, {"sources.yaml", n.Sources}, {"relations.yaml", n.Relations}} {
		perRecord := float64(len(files[k.name])) / float64(k.records)
		if size := perRecord * DefaultRecordsPerFile; size > casefile.MaxFileSize/4 {
			t.Errorf("%s: %.0f bytes a record, %.1f MiB for %d records; the loader reads at most %d MiB", k.name, perRecord, size/(1<<20), DefaultRecordsPerFile, casefile.MaxFileSize>>20)
		}
	}
}
