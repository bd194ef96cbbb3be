package gen

import (
	"fmt"
	"slices"
	"strconv"
)

var stances = []string{"denies", "disputes", "confirms", "partially-confirms", "supports", "declines-comment"}

// claimEvents draws the event each claim is about: claim q is about one of
// events 3q, 3q+1 and 3q+2, so claims come in event order.
func (g *generator) claimEvents() []int {
	ks := make([]int, g.n.Claims)
	for q := range ks {
		ks[q] = min(3*q+g.r.IntN(3), g.n.Events-1)
	}
	return ks
}

// eventFiles writes events/NNNN.yaml, EventsPerFile events a file, each
// followed by the claims about its events (in a second YAML document in
// every other file).
func (g *generator) eventFiles(files map[string][]byte) {
	ks := g.claimEvents()
	q := 0
	for c := 0; c*EventsPerFile < g.n.Events; c++ {
		var w writer
		w.line(0, "# Events ", strconv.Itoa(c*EventsPerFile+1), " to ", strconv.Itoa(min((c+1)*EventsPerFile, g.n.Events)), ".")
		w.line(0, "events:")
		end := min((c+1)*EventsPerFile, g.n.Events)
		for i := c * EventsPerFile; i < end; i++ {
			g.event(&w, i)
		}
		first := q
		for q < len(ks) && ks[q] < end {
			q++
		}
		if q > first {
			if c%2 == 1 {
				w.line(0, "---")
			}
			w.line(0, "claims:")
			for ; first < q; first++ {
				g.claim(&w, first, ks[first])
			}
		}
		files[fmt.Sprintf("events/%04d.yaml", c+1)] = w.b.Bytes()
	}
}

// event writes event i.
func (g *generator) event(w *writer, i int) {
	d := g.eventDay(i)
	k := 1
	switch r := g.r.IntN(100); {
	case r >= 90:
		k = 4
	case r >= 75:
		k = 3
	case r >= 40:
		k = 2
	}
	ids, names := g.uniqueIDs(k)
	var other string
	if len(names) > 1 {
		other = names[1]
	} else {
		other = g.otherName(names[0])
	}
	w.line(1, "- id: ", eventID(i))
	w.line(2, "title: ", quote(g.sentence(names[0], other)))
	date, plainDay := g.eventDate(d)
	w.line(2, "date: ", g.date(date))
	w.line(2, "participants:")
	for _, id := range ids {
		switch r := g.r.IntN(10); {
		case r < 6:
			w.line(3, "- ", id)
		case r < 8:
			w.line(3, "- {who: ", id, ", role: ", pick(g, roles), "}")
		default:
			w.line(3, "- who: ", id)
			w.line(4, "role: ", pick(g, roles))
		}
	}
	if g.chance(50) {
		w.line(2, "place: ", scalar(pick(g, places)))
	}
	if g.chance(25) {
		w.line(2, "description: ", quote("Reported in connection with "+pick(g, topics)+"."))
	}
	if g.chance(30) {
		w.line(2, "tags: ", list([]string{pick(g, tags)}))
	}
	src := []string{sourceID(g.eventSource(i))}
	if j := g.eventSource(i) + 1; j < g.n.Sources && g.chance(30) {
		src = append(src, sourceID(j))
	}
	w.line(2, "sources: ", list(src))
	if plainDay && g.chance(15) {
		w.line(2, "reported: ", g.date((d + 1 + day(g.r.IntN(10))).ymd()))
	}
}

// claim writes claim q, about event k.
func (g *generator) claim(w *writer, q, k int) {
	about := []string{eventID(k)}
	_, aboutName := g.actor()
	if g.chance(30) {
		id, name := g.actor()
		about = append(about, id)
		aboutName = name
	}
	j := g.eventSource(k)
	srcs := []int{j}
	if j+1 < g.n.Sources && g.chance(25) {
		srcs = append(srcs, j+1)
	}
	made := g.sourceDays[srcs[0]]
	for _, s := range srcs[1:] {
		made = min(made, g.sourceDays[s])
	}
	w.line(1, "- id: ", claimID(q))
	w.line(2, "statement: ", quote(g.sentence(aboutName, g.otherName(aboutName))))
	w.line(2, "about: ", list(about))
	ids := make([]string, len(srcs))
	for x, s := range srcs {
		ids[x] = sourceID(s)
	}
	w.line(2, "sources: ", list(ids))

	w.line(2, "claimants:")
	// One claim in five has anonymous claimants only (it stays alleged
	// until answered); the others name one or two.
	anonymousOnly := g.chance(20)
	var named []string
	if !anonymousOnly {
		named, _ = g.uniqueIDs(1 + g.r.IntN(2))
	}
	for _, id := range named {
		if g.chance(25) {
			w.line(3, "- who: ", id)
		} else {
			w.line(3, "- ", id)
		}
	}
	if anonymousOnly || g.chance(35) {
		w.line(3, "- anonymous: ", scalar(pick(g, anonymousGroups)))
		if g.chance(70) {
			w.line(4, "count: ", strconv.Itoa(1+g.r.IntN(4)))
		}
	}
	if g.chance(70) {
		made -= day(g.r.IntN(3))
		w.line(2, "made: ", g.date(made.ymd()))
	}

	if g.chance(30) {
		return // alleged: nobody has answered
	}
	w.line(2, "responses:")
	who, _ := g.uniqueIDs(1 + g.r.IntN(3))
	retracting := ""
	if len(named) > 0 && g.chance(10) && !slices.Contains(who, named[0]) {
		who[0] = named[0] // a claimant answering its own claim, half the time to retract it
		if g.chance(50) {
			retracting = named[0]
		}
	}
	for _, id := range who {
		rd := made + 2 + day(g.r.IntN(60))
		stance := pick(g, stances)
		if id == retracting {
			stance = "retracts"
		}
		w.line(3, "- who: ", id)
		w.line(4, "stance: ", stance)
		w.line(4, "date: ", g.date(rd.ymd()))
		if g.chance(40) {
			w.line(4, "quote: ", quote(pick(g, quotes)))
		}
		if s, ok := g.firstSourceAfter(rd); ok && g.chance(60) {
			w.line(4, "sources: ", list([]string{sourceID(min(s+g.r.IntN(3), g.n.Sources-1))}))
		}
	}
}
