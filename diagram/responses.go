package diagram

import (
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// maxResponseLines is the largest number of responses a claim's label
// lists; the rest are counted ("and 2 more responses").
const maxResponseLines = 4

// response is one response to a claim, written for readers.
type response struct {
	stance casefile.Stance
	text   string // "Han Dong denies, 21 Mar 2023"
}

// responsesOf returns the responses to a claim in the order of the case
// file, each written "Han Dong denies, 21 Mar 2023", repeated ones once.
// Names come from the graph, or from its case for a responder outside it.
func responsesOf(g *graph.Graph, c *casefile.Claim) []response {
	if c == nil {
		return nil
	}
	var out []response
	for _, r := range c.Responses {
		name := r.Who
		if r.Who == "" {
			name = r.Anonymous // anonymous responders, as the source describes them
		} else if g != nil {
			if w, ok := g.Vertex(r.Who); ok && w.Label != "" {
				name = w.Label
			} else if n := clean(g.Case().Name(r.Who)); n != "" {
				name = n // a responder outside the view
			}
		}
		rs := response{stance: r.Stance, text: strings.TrimSpace(clean(name) + " " + stanceText(r.Verb(), r.Date))}
		if !slices.Contains(out, rs) {
			out = append(out, rs)
		}
	}
	return out
}

// stanceText writes a stance's verb (in casefile's words, as
// casefile.Response.Verb gives it) and its date: "denies, 21 Mar 2023",
// "partly confirms", "declines to comment".
func stanceText(verb string, date edtf.Value) string {
	text := verb
	if d := date.Label(); d != "" {
		text += ", " + d
	}
	return text
}

// capital returns s with its first letter in upper case.
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
