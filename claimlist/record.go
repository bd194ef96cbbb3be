package claimlist

import (
	"strconv"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

// Claim is one claim as the listings write it; its JSON form is the JSON
// output's element.
type Claim struct {
	ID        string          `json:"id"`
	Statement string          `json:"statement"`
	Status    casefile.Status `json:"status"`
	Made      string          `json:"made"` // EDTF, "" when not known
	About     []Ref           `json:"about"`
	Claimants []Claimant      `json:"claimants"`
	Sources   []string        `json:"sources"`
	Responses []Response      `json:"responses"`
	History   []Change        `json:"history"`
	Note      string          `json:"note,omitempty"`
}

// Ref names a record the claim is about.
type Ref struct {
	ID   string        `json:"id"`
	Kind casefile.Kind `json:"kind"`
	Name string        `json:"name"`
}

// Claimant is who made a claim: a named person or organization (ID and
// Name), a document (Source and Name, its title), or anonymous claimants
// (Anonymous and, when stated, Count).
type Claimant struct {
	ID        string `json:"id,omitempty"`
	Source    string `json:"source,omitempty"`
	Name      string `json:"name,omitempty"`
	Anonymous string `json:"anonymous,omitempty"`
	Count     int    `json:"count,omitempty"`
}

// Response is one response to the claim, by a named responder (Who and
// Name) or by anonymous responders (Anonymous and, when stated, Count).
type Response struct {
	Who       string          `json:"who,omitempty"`
	Name      string          `json:"name,omitempty"`
	Anonymous string          `json:"anonymous,omitempty"`
	Count     int             `json:"count,omitempty"`
	Stance    casefile.Stance `json:"stance"`
	Date      string          `json:"date"` // EDTF, "" when undated
	Quote     string          `json:"quote,omitempty"`
	Sources   []string        `json:"sources"`
	Note      string          `json:"note,omitempty"`
}

// Change is one entry of the status history: from Date on, the claim had
// Status because of Cause (nil for the claim as made).
type Change struct {
	Date   string          `json:"date"` // EDTF, "" when undated
	Status casefile.Status `json:"status"`
	Cause  *Cause          `json:"cause"`
}

// Cause is the response that changed a claim's status.
type Cause struct {
	Response int             `json:"response"` // index in Responses
	Who      string          `json:"who,omitempty"`
	Stance   casefile.Stance `json:"stance"`
}

// Records returns the listing form of claims, names taken from c.
func Records(c *casefile.Case, claims []*casefile.Claim) []Claim {
	out := make([]Claim, 0, len(claims))
	for _, cl := range claims {
		out = append(out, record(c, cl))
	}
	return out
}

// record returns the listing form of one claim.
func record(c *casefile.Case, cl *casefile.Claim) Claim {
	r := Claim{ID: cl.ID, Statement: cl.Statement, Status: cl.Status, Made: edtfText(cl.Made),
		About: []Ref{}, Claimants: []Claimant{}, Sources: nonNil(cl.Sources), Responses: []Response{}, History: []Change{}, Note: cl.Note}
	for _, id := range cl.About {
		r.About = append(r.About, Ref{ID: id, Kind: c.Kind(id), Name: c.Name(id)})
	}
	for _, a := range cl.Claimants {
		switch {
		case a.Who != "":
			r.Claimants = append(r.Claimants, Claimant{ID: a.Who, Name: c.Name(a.Who)})
		case a.Source != "":
			r.Claimants = append(r.Claimants, Claimant{Source: a.Source, Name: c.Name(a.Source)})
		default:
			r.Claimants = append(r.Claimants, Claimant{Anonymous: a.Anonymous, Count: a.Count})
		}
	}
	for _, x := range cl.Responses {
		r.Responses = append(r.Responses, Response{Who: x.Who, Name: c.Name(x.Who), Anonymous: x.Anonymous, Count: x.Count,
			Stance: x.Stance, Date: edtfText(x.Date), Quote: x.Quote, Sources: nonNil(x.Sources), Note: x.Note})
	}
	for _, h := range cl.History {
		ch := Change{Date: edtfText(h.Date), Status: h.Status}
		if h.Cause >= 0 && h.Cause < len(cl.Responses) {
			x := cl.Responses[h.Cause]
			ch.Cause = &Cause{Response: h.Cause, Who: x.Who, Stance: x.Stance}
		}
		r.History = append(r.History, ch)
	}
	return r
}

// edtfText writes a date as EDTF, "" for the zero Value.
func edtfText(v edtf.Value) string {
	if v.IsZero() {
		return ""
	}
	return v.String()
}

// nonNil returns s, or an empty slice for nil (so JSON writes []).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// claimantText writes a claimant for readers: "Han Dong", "2 national
// security sources", "national security sources".
func claimantText(a Claimant) string {
	switch {
	case a.ID != "":
		return orID(a.Name, a.ID)
	case a.Source != "":
		return "the document “" + orID(a.Name, a.Source) + "”"
	case a.Count > 0:
		return strconv.Itoa(a.Count) + " " + a.Anonymous
	}
	return a.Anonymous
}

// orID returns name, or id when name is "".
func orID(name, id string) string {
	if name == "" {
		return id
	}
	return name
}

// responderText writes who responded: "Han Dong", "2 people close to the
// firm".
func responderText(x Response) string {
	if x.Who != "" {
		return orID(x.Name, x.Who)
	}
	return claimantText(Claimant{Anonymous: x.Anonymous, Count: x.Count})
}

// verb writes x's stance in the present, plural for anonymous responders
// (casefile.Response.Verb).
func verb(x Response) string {
	return casefile.Response{Who: x.Who, Count: x.Count, Stance: x.Stance}.Verb()
}
