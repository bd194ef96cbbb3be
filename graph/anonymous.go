package graph

import (
	"fmt"
	"strings"
)

// anonymousID is the vertex ID of the n-th anonymous claimant group (counting
// from 1 among the claim's anonymous claimants) of claim.
func anonymousID(claim string, n int) string {
	return fmt.Sprintf("%s~anonymous-%d", claim, n)
}

// anonymousLabel names an anonymous claimant group: "2 national security
// sources", "national security source" when the count is 1, the text alone
// when no count is given, and "anonymous source(s)" when there is no text.
func anonymousLabel(text string, count int) string {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		switch {
		case count == 1 || count == 0:
			return "anonymous source"
		default:
			return fmt.Sprintf("%d anonymous sources", count)
		}
	}
	switch {
	case count == 1:
		return singular(text)
	case count > 1:
		return fmt.Sprintf("%d %s", count, text)
	}
	return text
}

// headEnds are the words that end the head noun phrase of a description
// such as "officials familiar with the talks".
var headEnds = map[string]bool{
	"with": true, "in": true, "at": true, "from": true, "of": true, "on": true, "to": true,
	"for": true, "near": true, "inside": true, "within": true, "who": true, "that": true,
	"familiar": true, "close": true, "involved": true, "briefed": true, "aware": true,
}

// singular turns the head noun of an English plural description into the
// singular: "national security sources" → "national security source",
// "people familiar with the matter" → "person familiar with the matter".
// Descriptions it does not recognise are returned unchanged.
func singular(text string) string {
	words := strings.Split(text, " ")
	head := len(words) - 1
	for i, w := range words {
		if i > 0 && headEnds[strings.ToLower(w)] {
			head = i - 1
			break
		}
	}
	w := words[head]
	lw := strings.ToLower(w)
	switch {
	case lw == "people":
		if w[0] == 'P' {
			words[head] = "Person"
		} else {
			words[head] = "person"
		}
	case lw == "staff" || lw == "personnel":
		// a mass noun: keep it
	case strings.HasSuffix(lw, "ies") && len(lw) > 4:
		words[head] = w[:len(w)-3] + "y"
	case strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && len(lw) > 2:
		words[head] = w[:len(w)-1]
	}
	return strings.Join(words, " ")
}
