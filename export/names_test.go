package export

import (
	"strconv"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// The tables of names and sources give what c.Name, c.Kind and c.Source
// give, for every ID of a case and for IDs it lacks; a table of sources'
// positions the same positions, and no URL or title.
func TestNamesAsCaseName(t *testing.T) {
	for name, c := range map[string]*casefile.Case{"seed": testcase.Seed(t), "generated": testcase.Generated(t, 1000), "awkward": awkward(t)} {
		table, src, pos := newNames(c), newSources(c, true), newSourcePositions(c)
		ids := []string{"", "no-such-record", "p--"}
		for _, p := range c.People {
			ids = append(ids, p.ID)
		}
		for _, o := range c.Organizations {
			ids = append(ids, o.ID)
		}
		for _, s := range c.Sources {
			ids = append(ids, s.ID)
		}
		for _, e := range c.Events {
			ids = append(ids, e.ID)
		}
		for _, cl := range c.Claims {
			ids = append(ids, cl.ID)
		}
		for _, id := range ids {
			if got, want := table.name(id), c.Name(id); got != want {
				t.Errorf("%s: name(%q) = %q, want %q", name, id, got, want)
			}
			if got, want := table.kind(id), c.Kind(id); got != want {
				t.Errorf("%s: kind(%q) = %q, want %q", name, id, got, want)
			}
			s, ok := src.source(id)
			want := c.Source(id)
			if ok != (want != nil) || ok && (c.Sources[s.at] != want || s.url != want.URL || s.title != want.Title) {
				t.Errorf("%s: source(%q) = %+v, %v, want %+v", name, id, s, ok, want)
			}
			if at, ok := src.at(id); ok != (want != nil) || ok && c.Sources[at] != want {
				t.Errorf("%s: at(%q) = %d, %v", name, id, at, ok)
			}
			if p, ok := pos.source(id); ok != (want != nil) || ok && (c.Sources[p.at] != want || p.url != "" || p.title != "") {
				t.Errorf("%s: positions: source(%q) = %+v, %v, want %+v", name, id, p, ok, want)
			}
		}
	}
}

// An idTable gives back each record as added, one at a time or a batch
// at a time, whatever the lengths of its ID and fields, and the first of
// two records with one ID, in one batch or in two; warming lookups
// changes nothing of what they find.
func TestIDTableRecords(t *testing.T) {
	var recs []record
	for i := range 3000 {
		id := strings.Repeat("x", i%300) + strconv.Itoa(i)
		recs = append(recs, record{id: id, kind: byte(i % 3), pos: int32(i * 7919), fields: [2]string{strings.Repeat("é", i%100), strings.Repeat("t", i)}})
	}
	size := 0
	for _, r := range recs {
		size += entrySize(r.id, r.fields[0], r.fields[1])
	}
	// "0" again in the batch of the first "0" and in a later one, "1"
	// again at once
	dups := map[int]record{1: {id: "1", fields: [2]string{"dup in batch"}}, 10: {id: "0", fields: [2]string{"dup"}}, 2000: {id: "0", fields: [2]string{"dup later"}}}
	for _, batch := range []bool{false, true} {
		tab := newIDTable(len(recs)+len(dups), size+3*entrySize("0", "dup in batch", ""))
		add := tab.add
		f := newFiller(tab)
		if batch {
			add = f.add
		}
		for i, r := range recs {
			add(r)
			if d, ok := dups[i]; ok {
				add(d)
			}
		}
		f.done()
		var ids []string
		for _, r := range recs {
			ids = append(ids, r.id, "missing-"+r.id)
		}
		tab.warm(ids)
		for _, r := range recs {
			if got, ok := tab.find(r.id); !ok || got != r {
				t.Fatalf("batch %v: find(%q) = %+v, %v; want %+v", batch, r.id, got, ok, r)
			}
		}
		if got, ok := tab.find("missing"); ok {
			t.Errorf("batch %v: find(missing) = %+v", batch, got)
		}
	}
}
