package casefile

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/edtf"
)

// TestFormatAdditions loads the example that uses every field added to
// the first format and checks each lands in the model.
func TestFormatAdditions(t *testing.T) {
	c, err := LoadDir(filepath.Join("..", "examples", "claims-over-time"))
	if err != nil {
		t.Fatal(err)
	}
	if a := c.Claim("scores-changed").Claimants; len(a) != 1 || a[0].Source != "bid-scoring-sheet" || a[0].Who != "" {
		t.Errorf("document claimant = %+v", a)
	}
	r := c.Claim("brother-lobbied").Responses[1]
	if r.Who != "" || r.Anonymous != "people close to Harbourview" || r.Count != 2 || r.Note == "" || r.Verb() != "partly confirm" {
		t.Errorf("anonymous response = %+v (verb %q)", r, r.Verb())
	}
	if c.Claim("scores-changed").Note == "" {
		t.Error("claim note lost")
	}
	if c.Kind("quist-directorship") != KindRelation || c.Relation("quist-directorship").Type != "director-of" {
		t.Error("relation id not indexed")
	}
	if got := c.Name("quist-directorship"); got != "Tobias Quist director of Harbourview Logistics" {
		t.Errorf("relation name %q", got)
	}
	if cl := c.ClaimsAbout("scores-changed"); len(cl) != 1 || cl[0].ID != "courier-story-unfair" {
		t.Errorf("claims about a claim = %v", cl)
	}
	s := c.Source("courier-2021-06-02")
	if !strings.HasPrefix(s.ArchiveURL, "https://web.archive.example/") {
		t.Errorf("archive_url = %q", s.ArchiveURL)
	}
	kinds := map[string]bool{}
	for _, s := range c.Sources {
		kinds[s.Kind] = true
	}
	for _, k := range []string{"book", "report", "court-filing", "dataset", "video", "podcast"} {
		if !kinds[k] {
			t.Errorf("no source of kind %s", k)
		}
	}
	e := c.Event("contract-awarded")
	if e.Importance != "high" || len(e.Links) != 1 || c.Event("lawsuit-filed").Importance != "low" {
		t.Errorf("event importance/links = %q %v", e.Importance, e.Links)
	}
	statuses := map[Status]bool{}
	for _, cl := range c.Claims {
		statuses[cl.Status] = true
	}
	for _, st := range []Status{StatusStated, StatusDisputed, StatusContested, StatusPartlyConfirmed, StatusConfirmed, StatusRetracted} {
		if !statuses[st] {
			t.Errorf("the example has no %s claim", st)
		}
	}
	// Subset and AsOf keep what a claim about a relation or a claim needs.
	sub := c.Subset([]string{"quist-family-tie-hidden", "courier-story-unfair"})
	if sub.Relation("quist-directorship") == nil || sub.Claim("scores-changed") == nil || sub.Source("bid-scoring-sheet") == nil {
		t.Error("Subset drops what a claim is about or its document claimant")
	}
	if err := sub.Validate(); err != nil {
		t.Errorf("subset does not validate: %v", err)
	}
	early := c.AsOf(mustParse(t, "2021-06-10"))
	if early.Claim("courier-story-unfair") != nil {
		t.Error("a claim made in September is listed as of June")
	}
	if err := early.Validate(); err != nil {
		t.Errorf("as-of view does not validate: %v", err)
	}
}

// TestFormatAdditionErrors pins the errors of the new fields.
func TestFormatAdditionErrors(t *testing.T) {
	head := "people:\n  - {id: ana, name: Ana}\n  - {id: ben, name: Ben}\nsources:\n  - {id: s1, title: S, date: 2021}\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"duplicate about and sources",
			"claims:\n  - {id: c, statement: S, about: [ana, ana], sources: [s1, s1]}\n",
			"b.yaml:2:40: \"ana\" is listed more than once in \"about\" (first at line 2, column 35); list each once\n" +
				"b.yaml:2:60: \"s1\" is listed more than once in \"sources\" (first at line 2, column 56); list each once"},
		{"duplicate claimants",
			"claims:\n  - id: c\n    statement: S\n    about: [ana]\n    sources: [s1]\n    claimants: [ben, {who: ben}, {source: s1}, {source: s1}]\n",
			"b.yaml:6:22: claimant \"ben\" is listed twice in this claim (first at line 6, column 17); list each once\n" +
				"b.yaml:6:48: claimant source \"s1\" is listed twice in this claim (first at line 6, column 34); list each once"},
		{"document claimant of the wrong kind",
			"claims:\n  - {id: c, statement: S, about: [ana], sources: [s1], claimants: [{source: ben}]}\n",
			"b.yaml:2:77: \"source\" names person \"ben\"; a document that makes a claim is a source"},
		{"response both named and anonymous, and anonymous retracting",
			"claims:\n  - id: c\n    statement: S\n    about: [ana]\n    sources: [s1]\n    responses:\n      - {who: ben, anonymous: x, stance: denies}\n      - {anonymous: staff, stance: retracts}\n      - {who: ben, count: 2, stance: denies}\n",
			"b.yaml:7:9: a response is either named (who) or anonymous, not both\n" +
				"b.yaml:8:9: anonymous responders cannot retract claim \"c\": only a named claimant of the claim can (anonymous claimants and documents cannot retract; see \"Retractions\" in docs/format.md)\n" +
				"b.yaml:9:9: \"count\" is for anonymous responders only"},
		{"importance, links, archive_url",
			"events:\n  - {id: e, title: E, date: 2021, importance: top, links: [ftp://x]}\nsources:\n  - {id: s2, title: S, date: 2021, archive_url: \"javascript:x\"}\n",
			"b.yaml:2:47: unknown importance \"top\", did you mean \"low\"?\n" +
				"b.yaml:2:60: invalid url \"ftp://x\": only http and https links are allowed, not ftp\n" +
				"b.yaml:4:49: invalid url \"javascript:x\": only http and https links are allowed, not javascript"},
		{"relation ids share the id space, about names them",
			"relations:\n  - {id: ana, from: ana, to: ben, type: knows}\n  - {id: tie, from: ben, to: ana, type: knows}\nclaims:\n  - {id: c, statement: S, about: [tei], sources: [s1]}\n",
			"b.yaml:2:5: duplicate id \"ana\": already used by a person at a.yaml:2:5\n" +
				"b.yaml:5:35: \"about\" names unknown id \"tei\", did you mean \"tie\"?"},
	}
	for _, tt := range tests {
		_, err := loadFiles(t, map[string]string{"a.yaml": head, "b.yaml": tt.yaml})
		if got := errText(err); got != tt.want {
			t.Errorf("%s: errors\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

// mustParse parses an EDTF date for a test.
func mustParse(t *testing.T, s string) edtf.Value { return date(t, s) }
