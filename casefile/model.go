package casefile

import "github.com/eventgraph/eventgraph/edtf"

// Pos is where a record or field stands in a case file. Line and Col are
// 1-based; a Pos with Line 0 names only a file (or nothing).
type Pos struct {
	File      string
	Line, Col int32
}

// Kind names the kind of a record.
type Kind string

// The kinds of record; every ID in a case is unique across all of them.
const (
	KindPerson       Kind = "person"
	KindOrganization Kind = "organization"
	KindSource       Kind = "source"
	KindEvent        Kind = "event"
	KindClaim        Kind = "claim"
	KindRelation     Kind = "relation" // a relation with an id (ids are optional on relations)
)

// Rank orders kinds wherever records of several kinds are listed and all
// else is equal: people, organizations, events, claims, sources, then
// anything else (relations).
func (k Kind) Rank() int {
	switch k {
	case KindPerson:
		return 0
	case KindOrganization:
		return 1
	case KindEvent:
		return 2
	case KindClaim:
		return 3
	case KindSource:
		return 4
	}
	return 5
}

// Case is a whole validated case. Every slice is in a stable order: records
// sorted by ID, relations by file position.
type Case struct {
	Meta          Meta
	People        []*Person
	Organizations []*Organization
	Sources       []*Source
	Events        []*Event
	Claims        []*Claim
	Relations     []*Relation

	// asOf is the date of an AsOf view; zero for a whole case.
	asOf edtf.Value
	// warns are the warnings Load or Validate found (see Warnings).
	warns ErrorList

	// idx looks records up by ID; Load, Validate, AsOf and Subset build it.
	// A Case put together by hand without Validate has none, and lookups
	// then scan the slices.
	idx *index
}

// Meta is the case's own description (the "case" key).
type Meta struct {
	Title       string
	Description string
	Language    string // BCP 47
	Pos         Pos
}

// Person is a named individual.
type Person struct {
	ID          string
	Name        string
	Aliases     []string
	Description string
	Tags        []string
	Links       []string
	Pos         Pos
}

// OrganizationKinds lists the allowed values of Organization.Kind. It is
// an array, so that no caller can change it through a slice of it.
var OrganizationKinds = [...]string{"party", "caucus", "government", "agency", "legislature",
	"diplomatic-mission", "media", "company", "court", "ngo", "other"}

// Organization is a party, agency, mission, outlet or other body.
type Organization struct {
	ID          string
	Name        string
	Kind        string // one of OrganizationKinds, or ""
	Parent      string // organization ID, or ""
	Aliases     []string
	Description string
	Tags        []string
	Links       []string
	Pos         Pos
}

// SourceKinds lists the allowed values of Source.Kind. It is an array,
// so that no caller can change it through a slice of it.
var SourceKinds = [...]string{"article", "statement", "document", "broadcast", "interview", "social-post",
	"book", "report", "court-filing", "dataset", "video", "podcast", "other"}

// Source is a published document that records cite.
type Source struct {
	ID        string
	Title     string
	Date      edtf.Value
	Publisher string   // organization ID, or ""
	Authors   []string // person IDs
	URL       string
	// ArchiveURL is a saved copy of the source (http or https), for when
	// URL goes away; "" when none.
	ArchiveURL string
	Kind       string // one of SourceKinds, or ""
	Pos        Pos
}

// Participant is one actor taking part in an event.
type Participant struct {
	Who  string // person or organization ID
	Role string
	Pos  Pos
}

// Event is something that happened at a (possibly uncertain) date.
type Event struct {
	ID           string
	Title        string
	Date         edtf.Value
	Participants []Participant
	Place        string
	Description  string
	Tags         []string
	Sources      []string // source IDs
	// Reported is when the event became public: as written, or else the date
	// of its earliest source, or else zero (never reported).
	Reported edtf.Value
	// ReportedDerived is true when Reported was not written but derived.
	ReportedDerived bool
	// Importance is one of EventImportances, or "" (normal). A high one is
	// a key event that every picture must show and may emphasise.
	Importance string
	Links      []string // web pages about the event (http or https)
	Pos        Pos
}

// EventImportances lists the allowed values of Event.Importance. It is an
// array, so that no caller can change it through a slice of it.
var EventImportances = [...]string{"high", "normal", "low"}

// Claimant is who made a claim: a named person or organization (Who), a
// document (Source: "an internal presentation seen by the FT"), or an
// anonymous group (Anonymous). Exactly one of the three is set.
type Claimant struct {
	Who       string // person or organization ID; "" when not named
	Source    string // source ID when a document makes the claim; else ""
	Anonymous string // description of anonymous claimants, e.g. "national security sources"
	Count     int    // how many anonymous claimants; 0 when not stated
	Pos       Pos
}

// Stance is how a response treats a claim.
type Stance string

// The stances a response can take.
const (
	StanceDenies          Stance = "denies"
	StanceDisputes        Stance = "disputes"
	StanceConfirms        Stance = "confirms"
	StancePartlyConfirms  Stance = "partially-confirms"
	StanceSupports        Stance = "supports"
	StanceDeclinesComment Stance = "declines-comment"
	// StanceRetracts is a claimant withdrawing their own claim; only a
	// named claimant of the claim may take it.
	StanceRetracts Stance = "retracts"
)

// Stances lists every Stance in the order documentation shows them.
var Stances = [...]Stance{StanceDenies, StanceDisputes, StanceConfirms, StancePartlyConfirms, StanceSupports, StanceDeclinesComment, StanceRetracts}

// Response is one party's answer to a claim: from a named person or
// organization (Who), or from anonymous responders (Anonymous, and Count
// when stated). Exactly one of Who and Anonymous is set.
type Response struct {
	Who       string // person or organization ID; "" when anonymous
	Anonymous string // description of anonymous responders, e.g. "people close to the firm"
	Count     int    // how many anonymous responders; 0 when not stated
	Stance    Stance
	Date      edtf.Value // zero when not stated
	Quote     string
	Sources   []string
	Note      string // free text: the editor's remark on the response
	Pos       Pos
}

// Status is a claim's standing on a date, derived from the latest stance
// of each responder (see DeriveStatus).
type Status string

// The claim statuses; docs/format.md has the rules as a table.
const (
	StatusAlleged         Status = "alleged"          // unnamed claimants or documents, no current answer
	StatusStated          Status = "stated"           // named claimants on the record, no current answer
	StatusDisputed        Status = "disputed"         // current denials or disputes, no full confirmation
	StatusContested       Status = "contested"        // current full confirmations and current denials
	StatusPartlyConfirmed Status = "partly-confirmed" // current partial confirmations, nothing against, no full one
	StatusConfirmed       Status = "confirmed"        // current confirmations, nothing against
	StatusRetracted       Status = "retracted"        // a claimant's current stance is retracts
)

// Statuses lists every Status from least to most established, retracted
// last; keys and legends show them in this order.
var Statuses = [...]Status{StatusAlleged, StatusStated, StatusDisputed, StatusContested,
	StatusPartlyConfirmed, StatusConfirmed, StatusRetracted}

// Change is one entry of a claim's status history: from Date on, the claim
// had Status, because of the response Cause.
type Change struct {
	Date   edtf.Value // when the status began; the claim's Made for the first entry
	Status Status
	// Cause is the index in Claim.Responses of the response that brought
	// the change, or -1 for the first entry (the claim as made).
	Cause int
}

// Claim is a statement somebody made about events, people or organizations.
type Claim struct {
	ID        string
	Statement string
	About     []string // event, person, organization, claim or relation IDs
	Sources   []string
	Claimants []Claimant
	// Made is when the claim was made: as written, or else the date of its
	// earliest source.
	Made        edtf.Value
	MadeDerived bool
	Responses   []Response
	Status      Status // derived: the status after every response
	Note        string // free text: the editor's remark on the claim
	// History is the derived list of status changes, oldest first: the
	// claim as made, then one entry per response that changed the status.
	History []Change
	Pos     Pos
}

// Relation is a typed tie between two people or organizations.
type Relation struct {
	ID       string // optional; lets a claim be about the relation
	From, To string
	Type     string
	Date     edtf.Value // zero when not stated
	Sources  []string
	Note     string
	Pos      Pos
}
