package graph

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

func date(t testing.TB, s string) edtf.Value {
	t.Helper()
	v, err := edtf.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func at(line int32) casefile.Pos { return casefile.Pos{File: "case.yaml", Line: line, Col: 3} }

// smallCase is a hand-built case:
//
//	alice --participant(host)--> meeting <--participant-- bob, ministry
//	bob --claimant--> leak, bob --response(denies)--> leak   (two edges, one pair)
//	alice --response(confirms)--> leak
//	two anonymous groups --claimant--> leak --about--> meeting
//	leak --cites--> s1 (twice: the claim and bob's response)
//	s1 --published-by--> paper, s1 --authored-by--> carol
//	alice --relation(member-of)--> ministry --parent--> gov
//	dave: no ties at all
func smallCase(t testing.TB) *casefile.Case {
	return &casefile.Case{
		People: []*casefile.Person{
			{ID: "alice", Name: "Alice Chen", Pos: at(2)},
			{ID: "bob", Name: "Bob Novak", Pos: at(4)},
			{ID: "carol", Name: "Carol Okafor", Pos: at(6)},
			{ID: "dave", Name: "Dave Park", Pos: at(8)},
		},
		Organizations: []*casefile.Organization{
			{ID: "gov", Name: "Government", Kind: "government", Pos: at(11)},
			{ID: "ministry", Name: "Ministry", Kind: "government", Parent: "gov", Pos: at(14)},
			{ID: "paper", Name: "Daily Chronicle", Kind: "media", Pos: at(17)},
		},
		Sources: []*casefile.Source{
			{ID: "s1", Title: "Leak revealed", Date: date(t, "2021-03-01"), Publisher: "paper",
				Authors: []string{"carol"}, URL: "https://example.org/leak", Pos: at(21)},
		},
		Events: []*casefile.Event{
			{ID: "meeting", Title: "Meeting at the ministry", Date: date(t, "2021-02-15"),
				Participants: []casefile.Participant{
					{Who: "alice", Role: "host", Pos: at(31)},
					{Who: "bob", Pos: at(33)},
					{Who: "ministry", Pos: at(34)},
				},
				Sources: []string{"s1"}, Pos: at(29)},
		},
		Claims: []*casefile.Claim{
			{ID: "leak", Statement: "The ministry arranged the meeting", About: []string{"meeting"},
				Sources: []string{"s1"},
				Claimants: []casefile.Claimant{
					{Who: "bob", Pos: at(43)},
					{Anonymous: "national security sources", Count: 2, Pos: at(44)},
					{Pos: at(46)},
				},
				Responses: []casefile.Response{
					{Who: "bob", Stance: casefile.StanceDenies, Date: date(t, "2021-03-05"), Sources: []string{"s1"}, Pos: at(48)},
					{Who: "alice", Stance: casefile.StanceConfirms, Date: date(t, "2021-03-07"), Pos: at(52)},
				},
				Pos: at(40)},
		},
		Relations: []*casefile.Relation{
			{From: "alice", To: "ministry", Type: "member-of", Date: date(t, "2018/2021-06"), Pos: at(60)},
		},
	}
}

func mustBuild(t testing.TB, c *casefile.Case) *Graph {
	t.Helper()
	g, err := Build(c)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
