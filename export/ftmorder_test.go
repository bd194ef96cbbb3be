package export

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

func TestDecimalOrder(t *testing.T) {
	tests := []struct {
		n    int
		want []int // i+1, as written
	}{
		{0, nil},
		{1, []int{1}},
		{9, []int{1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{10, []int{1, 10, 2, 3, 4, 5, 6, 7, 8, 9}},
		{12, []int{1, 10, 11, 12, 2, 3, 4, 5, 6, 7, 8, 9}},
		{21, []int{1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 2, 20, 21, 3, 4, 5, 6, 7, 8, 9}},
	}
	for _, tt := range tests {
		var got []int
		decimalOrder(tt.n, func(i int) { got = append(got, i+1) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("decimalOrder(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
	// every n up to 1,200 against a sort of the decimal texts
	for n := range 1201 {
		var got, want []string
		decimalOrder(n, func(i int) { got = append(got, strconv.Itoa(i+1)) })
		for i := 1; i <= n; i++ {
			want = append(want, strconv.Itoa(i))
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("decimalOrder(%d) is not the order of the decimal texts", n)
		}
	}
}

// awkwardCase has IDs that make each kind's list of FtM entities out of
// ID order, and entities of different kinds with equal IDs.
const awkwardCase = `people:
  - {id: a, name: A}
  - {id: a--b, name: A B}
  - {id: p, name: P}
  - {id: c--a, name: not the claim}
organizations:
  - {id: o, name: O, parent: o--a}
  - {id: o--a, name: O A}
  - {id: o--part-of--o--a, name: same ID as a link}
  - {id: o--b, name: O B, parent: o}
sources:
  - {id: s, title: S, date: 2020}
  - {id: s--a, title: S A, date: 2020}
  - {id: s--documents--e, title: a source named like a link, date: 2020}
  - {id: relation-1-p-o, title: a source named like a relation, date: 2020}
events:
  - {id: e, title: E, date: 2020, participants: [p, o], sources: [s, s--a, s--documents--e]}
  - {id: e--x, title: E X, date: 2020, sources: [s]}
  - {id: c--response-1, title: an event named like a response, date: 2020, sources: [s--a]}
claims:
  - id: c
    statement: C
    about: [e]
    sources: [s]
    responses:
%s  - {id: c--b, statement: C B, about: [e--x], sources: [s--a, s]}
relations:
%s`

func awkward(t *testing.T) *casefile.Case {
	t.Helper()
	var responses, relations strings.Builder
	for i := range 12 {
		src := ""
		if i%5 == 2 {
			src = ", sources: [s--a, s]"
		}
		fmt.Fprintf(&responses, "      - {who: p, stance: denies, date: 2020-01-%02d%s}\n", i+1, src)
	}
	for i := range 23 {
		fmt.Fprintf(&relations, "  - {from: p, to: o, type: type-%d}\n", i)
	}
	fsys := fstest.MapFS{"case.yaml": {Data: fmt.Appendf(nil, awkwardCase, responses.String(), relations.String())}}
	c, err := casefile.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// sortedFtMRefs lists the entities of c's export as the export once did:
// all of them in the order of making, then sorted by ID.
func sortedFtMRefs(c *casefile.Case) []ftmRef {
	var refs []ftmRef
	add := func(id string, kind uint8, a, b, _ int) {
		refs = append(refs, ftmRef{id: []byte(id), kind: kind, a: int32(a), b: int32(b), seq: int32(len(refs))})
	}
	for i, p := range c.People {
		add(p.ID, ftmPerson, i, 0, 0)
	}
	for i, o := range c.Organizations {
		add(o.ID, ftmOrganization, i, 0, 0)
		if o.Parent != "" {
			add(o.ID+"--part-of--"+o.Parent, ftmPartOf, i, 0, 0)
		}
	}
	for i, e := range c.Events {
		add(e.ID, ftmEvent, i, 0, 0)
	}
	for i, r := range c.Relations {
		add(relationID(i, r), ftmRelation, i, 0, 0)
	}
	for i, s := range c.Sources {
		add(s.ID, ftmSource, i, 0, 0)
	}
	for _, e := range c.Events {
		for _, s := range e.Sources {
			add(documentationID(s, e.ID), ftmDocEvent, len(s), 0, 0)
		}
	}
	for _, cl := range c.Claims {
		for _, s := range cl.Sources {
			add(documentationID(s, cl.ID), ftmDocClaim, len(s), 0, 0)
		}
		for k, r := range cl.Responses {
			for _, s := range r.Sources {
				add(documentationID(s, responseID(cl, k)), ftmDocResponse, len(s), 0, 0)
			}
		}
	}
	for i, cl := range c.Claims {
		add(cl.ID, ftmClaim, i, 0, 0)
		for k := range cl.Responses {
			add(responseID(cl, k), ftmResponse, i, k, 0)
		}
	}
	slices.SortFunc(refs, func(x, y ftmRef) int { return cmpRef(&x, &y) })
	return refs
}

// The FtM entities are merged from lists into the order of a sort of all
// of them, with awkward IDs too.
func TestFtMOrderIsSortOrder(t *testing.T) {
	// put together by hand: out of order, citing sources it lacks
	byHand := awkward(t)
	slices.Reverse(byHand.People)
	slices.Reverse(byHand.Organizations)
	slices.Reverse(byHand.Events)
	slices.Reverse(byHand.Sources)
	slices.Reverse(byHand.Claims)
	byHand.Events[0].Sources = append(byHand.Events[0].Sources, "zz-missing", "a-missing", "s")
	byHand.Claims[1].Sources = append(byHand.Claims[1].Sources, "a-missing")
	cases := map[string]*casefile.Case{"seed": testcase.Seed(t), "generated": testcase.Generated(t, 1000), "awkward": awkward(t),
		"by hand": byHand}
	for name, c := range cases {
		var got []ftmRef
		newFtMOrder(c, newNames(c), newSources(c, true)).each(func(r *ftmRef) {
			got = append(got, ftmRef{id: slices.Clone(r.id), kind: r.kind, a: r.a, b: r.b, seq: r.seq})
		})
		want := sortedFtMRefs(c)
		if len(got) != len(want) {
			t.Errorf("%s: %d entities, want %d", name, len(got), len(want))
			continue
		}
		for i := range got {
			if string(got[i].id) != string(want[i].id) || got[i].kind != want[i].kind || got[i].a != want[i].a ||
				got[i].b != want[i].b || got[i].seq != want[i].seq {
				t.Errorf("%s: entity %d is %+v, want %+v", name, i, got[i], want[i])
				break
			}
		}
	}
}

// A numChunks gives back every number added, across its chunks.
func TestNumChunks(t *testing.T) {
	var l numChunks
	n := int32(3<<numChunkBits + 5)
	for i := range n {
		l.add(i*7 - 1)
	}
	if l.n != n || len(l.c) != 4 {
		t.Fatalf("%d numbers in %d chunks, want %d in 4", l.n, len(l.c), n)
	}
	for i := range n {
		if got := l.at(i); got != i*7-1 {
			t.Fatalf("at(%d) = %d, want %d", i, got, i*7-1)
		}
	}
}
