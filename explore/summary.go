package explore

import (
	"fmt"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

// SummariseAbove is the number of events above which the explorer shows a
// summary of the case instead of every record: a browser cannot draw or
// even hold the records of 10^5 events and their claims and sources at
// interactive speed (the page of 100,000 generated events would weigh about
// 84 MB). The summary keeps every person, organization and relation, puts
// the events of each month into one record ("412 events in Mar 2023", with
// every actor taking part in any of them and the first titles in its
// description), and leaves claims and sources out; the page says so.
const SummariseAbove = 20000

// summary returns the summary of c described at SummariseAbove, and a note
// for the page saying what it shows.
func summary(c *casefile.Case) (*casefile.Case, string, error) {
	type month struct {
		date   edtf.Value
		events []*casefile.Event
	}
	months := map[string]*month{}
	var keys []string
	for _, e := range c.Events {
		lo := e.Date.Lower()
		y, m := lo.Year(), int(lo.Month())
		var text string
		switch {
		case y >= 0 && y <= 9999:
			text = fmt.Sprintf("%04d-%02d", y, m)
		default:
			text = fmt.Sprintf("Y%d", y) // a year only, beyond four digits
		}
		g, ok := months[text]
		if !ok {
			v, err := edtf.Parse(text)
			if err != nil {
				return nil, "", fmt.Errorf("explore: grouping events: %w", err)
			}
			g = &month{date: v}
			months[text] = g
			keys = append(keys, text)
		}
		g.events = append(g.events, e)
	}
	slices.Sort(keys)
	out := &casefile.Case{Meta: c.Meta, People: c.People, Organizations: c.Organizations}
	for _, r := range c.Relations {
		nr := *r
		nr.Sources = nil
		out.Relations = append(out.Relations, &nr)
	}
	for _, k := range keys {
		g := months[k]
		seen := map[string]bool{}
		var who []string
		var reported edtf.Value
		var titles []string
		for _, e := range g.events {
			for _, p := range e.Participants {
				if !seen[p.Who] {
					seen[p.Who] = true
					who = append(who, p.Who)
				}
			}
			if !e.Reported.IsZero() && (reported.IsZero() || e.Reported.Upper().Before(reported.Upper())) {
				reported = e.Reported
			}
			if len(titles) < 20 {
				titles = append(titles, e.Title)
			}
		}
		slices.Sort(who)
		ev := &casefile.Event{
			ID:       "events-" + strings.ToLower(strings.ReplaceAll(k, "Y", "y")),
			Title:    fmt.Sprintf("%d events in %s", len(g.events), g.date.Label()),
			Date:     g.date,
			Reported: reported,
			Description: fmt.Sprintf("%d events of %s, among them: %s%s", len(g.events), g.date.Label(),
				strings.Join(titles, "; "), map[bool]string{true: " …", false: ""}[len(g.events) > len(titles)]),
		}
		for _, w := range who {
			ev.Participants = append(ev.Participants, casefile.Participant{Who: w})
		}
		out.Events = append(out.Events, ev)
	}
	if err := out.Validate(); err != nil {
		return nil, "", fmt.Errorf("explore: the summary of the case is not valid: %w", err)
	}
	note := fmt.Sprintf("This case has %d events, more than the explorer draws one by one (%d): it shows them grouped by month, "+
		"with every person (%d), organization (%d) and relation, and leaves out its %d claims and %d sources. "+
		"To explore them, run eventgraph explore on a part of the case (a folder of it) or use eventgraph query and claims.",
		len(c.Events), SummariseAbove, len(c.People), len(c.Organizations), len(c.Claims), len(c.Sources))
	return out, note, nil
}
