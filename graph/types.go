package graph

import (
	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

// EdgeKind is the type of a tie between two vertices.
type EdgeKind string

// The kinds of edge. Direction follows the sentence "From <kind> To".
const (
	EdgeParticipant EdgeKind = "participant"  // person/organization -> event; Label is the role
	EdgeClaimant    EdgeKind = "claimant"     // person/organization -> claim
	EdgeAbout       EdgeKind = "about"        // claim -> event/person/organization
	EdgeResponse    EdgeKind = "response"     // person/organization -> claim; Label is the stance
	EdgeCites       EdgeKind = "cites"        // event/claim -> source (also a response's sources)
	EdgePublishedBy EdgeKind = "published-by" // source -> organization
	EdgeAuthoredBy  EdgeKind = "authored-by"  // source -> person
	EdgeRelation    EdgeKind = "relation"     // person/organization -> person/organization; Label is the type
	EdgeParent      EdgeKind = "parent"       // organization -> its parent organization
)

// Vertex is one record of the case.
type Vertex struct {
	ID    string
	Kind  casefile.Kind
	Label string // name, title or statement

	// Exactly one of these is set, matching Kind.
	Person       *casefile.Person
	Organization *casefile.Organization
	Event        *casefile.Event
	Claim        *casefile.Claim
	Source       *casefile.Source
	Anonymous    *casefile.Claimant // for KindAnonymous
}

// KindAnonymous is the kind of the vertex that stands for the anonymous
// claimants of one claim entry ("2 national security sources"). Its ID is
// "<claim-id>~anonymous-<n>", where n numbers the claim's anonymous
// claimant entries from 1 in the order written (named claimants are not
// counted); "~" cannot occur in a record ID, so it never collides. Its Label
// is "2 national security sources", "national security source" when the
// count is 1, the text alone when no count is given, and "anonymous source"
// when there is no text.
const KindAnonymous casefile.Kind = "anonymous"

// Edge is one typed, directed tie. Several edges may join the same pair of
// vertices (a person can be both a claimant and a respondent of one claim).
type Edge struct {
	From, To string
	Kind     EdgeKind
	Label    string       // role, stance or relation type; "" when none
	Date     edtf.Value   // relation or response date; zero when none
	Pos      casefile.Pos // where the tie is written in the case files
	// Sources are the IDs of the sources the tie rests on: the event's for
	// a participant, the claim's for a claimant or about, the response's
	// for a response, the relation's for a relation, the source itself for
	// cites, published-by and authored-by; none (nil) for parent. Shared
	// with the graph, which keeps every edge's sources in one slice: do not
	// modify.
	Sources []string
}
