package casefile

// This file is the one wording table of stances and statuses. The timeline,
// the diagram and the claims command take their words from it, so that every
// picture and listing says the same thing in the same words.

// StanceWords is how a stance is written for readers.
type StanceWords struct {
	Present string // "denies", "partly confirms", "declines to comment"
	Plural  string // present, for several responders: "deny", "partly confirm"
	Past    string // "denied", "partly confirmed", "declined to comment"
	Meaning string // what the stance says, for keys and documentation
}

// StatusWords is how a claim status is written for readers.
type StatusWords struct {
	Label   string // lower case, for running text: "partly confirmed"
	Badge   string // upper case, shown on the claim: "PARTLY CONFIRMED"
	Meaning string // what the status means, for legends and keys
}

// stanceWords holds the words of every stance.
var stanceWords = map[Stance]StanceWords{
	StanceDenies:          {"denies", "deny", "denied", "says the claim is false"},
	StanceDisputes:        {"disputes", "dispute", "disputed", "questions the claim or how it is told"},
	StanceConfirms:        {"confirms", "confirm", "confirmed", "says the claim is true"},
	StancePartlyConfirms:  {"partly confirms", "partly confirm", "partly confirmed", "says part of the claim is true"},
	StanceSupports:        {"supports", "support", "supported", "backs the claim with their own account or evidence"},
	StanceDeclinesComment: {"declines to comment", "decline to comment", "declined to comment", "was asked and would not say"},
	StanceRetracts:        {"retracts", "retract", "retracted", "a claimant withdraws the claim"},
}

// statusWords holds the words of every status.
var statusWords = map[Status]StatusWords{
	StatusAlleged:         {"alleged", "ALLEGED", "claim from unnamed claimants or documents, nobody has answered it"},
	StatusStated:          {"on record", "ON RECORD", "claim made on the record by named claimants, nobody has answered it"},
	StatusDisputed:        {"disputed", "DISPUTED", "claim denied or disputed, nobody confirming it"},
	StatusContested:       {"contested", "CONTESTED", "claim confirmed by some and denied by others"},
	StatusPartlyConfirmed: {"partly confirmed", "PARTLY CONFIRMED", "claim partly confirmed, nobody disputing it"},
	StatusConfirmed:       {"confirmed", "CONFIRMED", "claim confirmed, nobody disputing it"},
	StatusRetracted:       {"retracted", "RETRACTED", "claim withdrawn by its claimant"},
}

// Words returns how s is written for readers. An unknown stance (or none)
// reads "responds".
func (s Stance) Words() StanceWords {
	if w, ok := stanceWords[s]; ok {
		return w
	}
	return StanceWords{Present: "responds", Plural: "respond", Past: "responded"}
}

// Words returns how s is written for readers; an unknown status has no
// words.
func (s Status) Words() StatusWords { return statusWords[s] }

// Verb returns the present form of s for r's responder: plural for
// anonymous responders (unless counted as one), singular otherwise.
func (r Response) Verb() string {
	if r.Who == "" && r.Count != 1 {
		return r.Stance.Words().Plural
	}
	return r.Stance.Words().Present
}

// Meaning says in a few words what a status means, for legends and keys, so
// that every picture explains a status the same way.
func (s Status) Meaning() string { return statusWords[s].Meaning }
