package graph

import (
	"fmt"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// Every edge carries the label, date and sources of the entry it was made
// from, and its ends' IDs, as the case holds them: Build copies the IDs
// and sources into the edges' order (layout), and the copies must say what
// the case says. The expected edges are derived here from the case's
// entries, by kind, ends and position.
func TestEdgesCarryTheCase(t *testing.T) {
	for _, c := range []*casefile.Case{smallCase(t), testcase.Generated(t, 1000)} {
		type data struct {
			label   string
			date    edtf.Value
			sources []string
		}
		want := map[string][]data{}
		add := func(kind EdgeKind, from, to string, p casefile.Pos, label string, date edtf.Value, sources []string) {
			k := fmt.Sprintf("%s %s>%s %v", kind, from, to, p)
			want[k] = append(want[k], data{label, date, sources})
		}
		for _, o := range c.Organizations {
			if o.Parent != "" {
				add(EdgeParent, o.ID, o.Parent, o.Pos, "", edtf.Value{}, nil)
			}
		}
		for _, s := range c.Sources {
			if s.Publisher != "" {
				add(EdgePublishedBy, s.ID, s.Publisher, s.Pos, "", edtf.Value{}, []string{s.ID})
			}
			for _, a := range s.Authors {
				add(EdgeAuthoredBy, s.ID, a, s.Pos, "", edtf.Value{}, []string{s.ID})
			}
		}
		for _, e := range c.Events {
			for _, p := range e.Participants {
				add(EdgeParticipant, p.Who, e.ID, p.Pos, p.Role, edtf.Value{}, e.Sources)
			}
			for _, s := range e.Sources {
				add(EdgeCites, e.ID, s, e.Pos, "", edtf.Value{}, []string{s})
			}
		}
		for _, cl := range c.Claims {
			n := 0
			for _, a := range cl.Claimants {
				from := a.Who
				if a.Source != "" {
					from = a.Source
				} else if from == "" {
					n++
					from = anonymousID(cl.ID, n)
				}
				add(EdgeClaimant, from, cl.ID, a.Pos, "", edtf.Value{}, cl.Sources)
			}
			for _, to := range cl.About {
				add(EdgeAbout, cl.ID, to, cl.Pos, "", edtf.Value{}, cl.Sources)
			}
			for _, s := range cl.Sources {
				add(EdgeCites, cl.ID, s, cl.Pos, "", edtf.Value{}, []string{s})
			}
			for _, r := range cl.Responses {
				if r.Who != "" {
					add(EdgeResponse, r.Who, cl.ID, r.Pos, string(r.Stance), r.Date, r.Sources)
				}
				for _, s := range r.Sources {
					add(EdgeCites, cl.ID, s, r.Pos, "", edtf.Value{}, []string{s})
				}
			}
		}
		for _, r := range c.Relations {
			add(EdgeRelation, r.From, r.To, r.Pos, r.Type, r.Date, r.Sources)
		}

		g := mustBuild(t, c)
		edges := g.Edges()
		for _, e := range edges {
			k := fmt.Sprintf("%s %s>%s %v", e.Kind, e.From, e.To, e.Pos)
			i := slices.IndexFunc(want[k], func(d data) bool {
				return d.label == e.Label && d.date == e.Date && slices.Equal(d.sources, e.Sources)
			})
			if i < 0 {
				t.Fatalf("edge %s: label %q, date %v, sources %q; the case has %+v", k, e.Label, e.Date, e.Sources, want[k])
			}
			want[k] = slices.Delete(want[k], i, i+1)
			if len(e.Sources) == 0 && e.Sources != nil {
				t.Errorf("edge %s: empty sources are not nil", k)
			}
		}
		left := 0
		for _, ds := range want {
			left += len(ds)
		}
		// About a relation makes no edge (a relation is no vertex).
		for _, cl := range c.Claims {
			for _, to := range cl.About {
				if c.Kind(to) == casefile.KindRelation {
					left--
				}
			}
		}
		if left != 0 {
			t.Errorf("%d edges of the case are not in the graph (%d edges)", left, len(edges))
		}
	}
}
