package casefile

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
)

// resp is a response by who with stance s on date d ("" for undated).
func resp(t *testing.T, who string, s Stance, d string) Response {
	t.Helper()
	r := Response{Who: who, Stance: s}
	if d != "" {
		v, err := edtf.Parse(d)
		if err != nil {
			t.Fatal(err)
		}
		r.Date = v
	}
	return r
}

var (
	anonymous = []Claimant{{Anonymous: "national security sources", Count: 2}}
	named     = []Claimant{{Who: "ana"}}
	mixed     = []Claimant{{Anonymous: "council staff"}, {Who: "ana"}}
)

// TestDeriveStatusRows has one case or more for every row of the status
// table in docs/format.md.
func TestDeriveStatusRows(t *testing.T) {
	type r = struct {
		who    string
		stance Stance
		date   string
	}
	tests := []struct {
		name      string
		claimants []Claimant
		rs        []r
		want      Status
	}{
		{"no claimants, no responses", nil, nil, StatusAlleged},
		{"anonymous, no responses", anonymous, nil, StatusAlleged},
		{"anonymous, only declines-comment", anonymous, []r{{"ben", StanceDeclinesComment, "2021"}}, StatusAlleged},
		{"named, no responses", named, nil, StatusStated},
		{"named and anonymous, no responses", mixed, nil, StatusStated},
		{"named, only declines-comment", named, []r{{"ben", StanceDeclinesComment, ""}, {"carl", StanceDeclinesComment, ""}}, StatusStated},
		{"denies", anonymous, []r{{"ben", StanceDenies, ""}}, StatusDisputed},
		{"disputes", named, []r{{"ben", StanceDisputes, ""}}, StatusDisputed},
		{"partly confirmed and denied", anonymous, []r{{"ben", StancePartlyConfirms, ""}, {"carl", StanceDenies, ""}}, StatusDisputed},
		{"confirmed and denied", anonymous, []r{{"ben", StanceConfirms, ""}, {"carl", StanceDenies, ""}}, StatusContested},
		{"supported and disputed", anonymous, []r{{"ben", StanceDisputes, ""}, {"carl", StanceSupports, ""}}, StatusContested},
		{"confirms", anonymous, []r{{"ben", StanceConfirms, ""}}, StatusConfirmed},
		{"supports", named, []r{{"ben", StanceSupports, ""}, {"carl", StanceDeclinesComment, ""}}, StatusConfirmed},
		{"confirmed and partly confirmed by two", anonymous, []r{{"ben", StanceConfirms, ""}, {"carl", StancePartlyConfirms, ""}}, StatusPartlyConfirmed},
		{"partly confirms", named, []r{{"ben", StancePartlyConfirms, ""}}, StatusPartlyConfirmed},
		{"declines then partly confirms", anonymous, []r{{"ben", StanceDeclinesComment, ""}, {"carl", StancePartlyConfirms, ""}}, StatusPartlyConfirmed},
		{"retracted by its claimant", named, []r{{"ana", StanceRetracts, "2021"}}, StatusRetracted},
		{"retracted outranks confirmation", named, []r{{"ben", StanceConfirms, "2020"}, {"ana", StanceRetracts, "2021"}}, StatusRetracted},
		{"retracts by a non-claimant is ignored", named, []r{{"ben", StanceRetracts, "2021"}}, StatusStated},
	}
	for _, tt := range tests {
		var rs []Response
		for _, x := range tt.rs {
			rs = append(rs, resp(t, x.who, x.stance, x.date))
		}
		if got := DeriveStatus(tt.claimants, rs); got != tt.want {
			t.Errorf("%s: DeriveStatus = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestStatusTransitions checks the transitions named in the rules: later
// words replace earlier ones of the same responder, in date order (not file
// order), and the history records each change with its cause.
func TestStatusTransitions(t *testing.T) {
	made, _ := edtf.Parse("2019-05")
	type change struct {
		date   string
		status Status
		cause  int
	}
	tests := []struct {
		name      string
		claimants []Claimant
		rs        []Response
		want      []change
	}{
		{"denied then confirmed by the same party", anonymous,
			[]Response{resp(t, "ben", StanceDenies, "2019-06"), resp(t, "ben", StanceConfirms, "2020-02-03")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06", StatusDisputed, 0}, {"2020-02-03", StatusConfirmed, 1}}},
		{"written in the file out of date order", anonymous,
			[]Response{resp(t, "ben", StanceConfirms, "2020-02-03"), resp(t, "ben", StanceDenies, "2019-06")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06", StatusDisputed, 1}, {"2020-02-03", StatusConfirmed, 0}}},
		{"confirmed by one, still denied by another", anonymous,
			[]Response{resp(t, "accused", StanceDenies, "2019-06"), resp(t, "auditors", StanceConfirms, "2020")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06", StatusDisputed, 0}, {"2020", StatusContested, 1}}},
		{"contested, then the denier confirms", anonymous,
			[]Response{resp(t, "accused", StanceDenies, "2019-06"), resp(t, "auditors", StanceConfirms, "2020"),
				resp(t, "accused", StanceConfirms, "2021-03-01")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06", StatusDisputed, 0}, {"2020", StatusContested, 1}, {"2021-03-01", StatusConfirmed, 2}}},
		{"stated, then retracted by its claimant", named,
			[]Response{resp(t, "ana", StanceRetracts, "2019-07-01")},
			[]change{{"2019-05", StatusStated, -1}, {"2019-07-01", StatusRetracted, 0}}},
		{"denied, then retracted", named,
			[]Response{resp(t, "ben", StanceDenies, "2019-06"), resp(t, "ana", StanceRetracts, "2019-07")},
			[]change{{"2019-05", StatusStated, -1}, {"2019-06", StatusDisputed, 0}, {"2019-07", StatusRetracted, 1}}},
		{"partial then full confirmation by the same responder", anonymous,
			[]Response{resp(t, "ben", StancePartlyConfirms, "2019-06"), resp(t, "ben", StanceConfirms, "2019-08")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06", StatusPartlyConfirmed, 0}, {"2019-08", StatusConfirmed, 1}}},
		{"full then partial confirmation by the same responder", anonymous,
			[]Response{resp(t, "ben", StanceConfirms, "2019-06"), resp(t, "ben", StancePartlyConfirms, "2019-08")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06", StatusConfirmed, 0}, {"2019-08", StatusPartlyConfirmed, 1}}},
		{"denial withdrawn by declining comment", named,
			[]Response{resp(t, "ben", StanceDenies, "2019-06"), resp(t, "ben", StanceDeclinesComment, "2019-09")},
			[]change{{"2019-05", StatusStated, -1}, {"2019-06", StatusDisputed, 0}, {"2019-09", StatusStated, 1}}},
		{"same-day answers taken together", anonymous,
			[]Response{resp(t, "ben", StanceConfirms, "2019-06-02"), resp(t, "carl", StanceDenies, "2019-06-02")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06-02", StatusContested, 1}}},
		{"an answer that changes nothing makes no entry", anonymous,
			[]Response{resp(t, "ben", StanceDenies, "2019-06"), resp(t, "carl", StanceDisputes, "2019-07")},
			[]change{{"2019-05", StatusAlleged, -1}, {"2019-06", StatusDisputed, 0}}},
		{"undated answers count from the start", anonymous,
			[]Response{resp(t, "ben", StanceConfirms, "2019-06"), resp(t, "ben", StanceDenies, "")},
			[]change{{"2019-05", StatusAlleged, -1}, {"", StatusDisputed, 1}, {"2019-06", StatusConfirmed, 0}}},
	}
	for _, tt := range tests {
		h := history(tt.claimants, tt.rs, func(r Response) edtf.Value { return r.Date }, made)
		var got []change
		for _, c := range h {
			got = append(got, change{c.Date.String(), c.Status, c.Cause})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: history\n got %v\nwant %v", tt.name, got, tt.want)
		}
		if last := DeriveStatus(tt.claimants, tt.rs); last != tt.want[len(tt.want)-1].status {
			t.Errorf("%s: DeriveStatus = %s, want the history's last %s", tt.name, last, tt.want[len(tt.want)-1].status)
		}
	}
}

func TestStatusOn(t *testing.T) {
	c := &Case{
		Sources: []*Source{{ID: "s1", Title: "S1", Date: date(t, "2019-05-01")}, {ID: "s2", Title: "S2", Date: date(t, "2020-02-03")}},
		People:  []*Person{{ID: "ben", Name: "Ben"}, {ID: "ana", Name: "Ana"}},
		Claims: []*Claim{{ID: "c", Statement: "x", About: []string{"ana"}, Sources: []string{"s1"},
			Responses: []Response{
				{Who: "ben", Stance: StanceDenies, Date: date(t, "2019-06")},
				{Who: "ben", Stance: StanceConfirms, Sources: []string{"s2"}}, // undated: counts from its source's date
			}}},
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	cl := c.Claim("c")
	tests := []struct {
		on   string
		want Status
	}{
		{"2019-04", ""},
		{"2019-05-01", StatusAlleged},
		{"2019-06-30", StatusDisputed},
		{"2019", StatusDisputed},
		{"2020-02", StatusConfirmed},
		{"", StatusConfirmed},
	}
	for _, tt := range tests {
		var d edtf.Value
		if tt.on != "" {
			d = date(t, tt.on)
		}
		if got := cl.StatusOn(d); got != tt.want {
			t.Errorf("StatusOn(%s) = %q, want %q", tt.on, got, tt.want)
		}
		if tt.on != "" && tt.want != "" {
			if got := c.AsOf(d).Claim("c").Status; got != tt.want {
				t.Errorf("AsOf(%s) status = %q, want %q (as StatusOn)", tt.on, got, tt.want)
			}
		}
	}
}

func TestRetractsOnlyByClaimant(t *testing.T) {
	c := &Case{
		Sources: []*Source{{ID: "s1", Title: "S1", Date: date(t, "2019-05-01")}},
		People:  []*Person{{ID: "ben", Name: "Ben"}, {ID: "ana", Name: "Ana"}},
		Claims: []*Claim{{ID: "c", Statement: "x", About: []string{"ana"}, Sources: []string{"s1"},
			Claimants: []Claimant{{Who: "ana"}},
			Responses: []Response{{Who: "ben", Stance: StanceRetracts}, {Who: "ana", Stance: StanceRetracts}}}},
	}
	err := c.Validate()
	want := `"ben" cannot retract claim "c": only a named claimant of the claim can (add ben to its claimants, or use "denies" or "disputes")`
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v, want %s", err, want)
	}
}

func TestWords(t *testing.T) {
	for _, s := range Stances {
		w := s.Words()
		if w.Present == "" || w.Plural == "" || w.Past == "" || w.Meaning == "" || w.Present == "responds" {
			t.Errorf("stance %s has incomplete words %+v", s, w)
		}
	}
	if w := Stance("").Words(); w.Present != "responds" {
		t.Errorf("no stance reads %q, want responds", w.Present)
	}
	if got := StancePartlyConfirms.Words().Present; got != "partly confirms" {
		t.Errorf("partially-confirms reads %q", got)
	}
	badges := map[string]Status{}
	for _, s := range Statuses {
		w := s.Words()
		if w.Label == "" || w.Badge == "" || w.Meaning == "" || s.Meaning() != w.Meaning {
			t.Errorf("status %s has incomplete words %+v", s, w)
		}
		if o, dup := badges[w.Badge]; dup {
			t.Errorf("%s and %s share the badge %q", s, o, w.Badge)
		}
		badges[w.Badge] = s
	}
	if len(statusWords) != len(Statuses) || len(stanceWords) != len(Stances) {
		t.Error("the wording table and the lists of statuses and stances differ")
	}
	if Status("rumoured").Meaning() != "" {
		t.Error("an unknown status has a meaning")
	}
}

// date parses an EDTF date for a test.
func date(t *testing.T, s string) edtf.Value {
	t.Helper()
	v, err := edtf.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
