package gen

import "fmt"

// sources writes sources.yaml (or sources/NNNN.yaml). Source j is dated five to twenty-four days
// after the last event that cites it, so every event and claim is reported
// after it happened.
func (g *generator) sources(files map[string][]byte) {
	s := newSplit("sources", "", g.perFile)
	defer s.files(files)
	g.sourceDays = make([]day, g.n.Sources)
	for j := range g.n.Sources {
		d := g.eventDay(g.lastCiter(j)) + 5 + day(g.r.IntN(20))
		g.sourceDays[j] = d
		pub := g.r.IntN(g.n.Organizations)
		if len(g.mediaOrgs) > 0 && g.chance(85) {
			pub = pick(g, g.mediaOrgs)
		}
		w := s.record()
		_, subject := g.actor()
		other := g.otherName(subject)
		w.line(1, "- id: ", sourceID(j))
		w.line(2, "title: ", quote(g.sentence(subject, other)))
		date := d.ymd()
		if g.chance(10) {
			date = fmt.Sprintf("%sT%02d:%02d:00Z", date, 6+g.r.IntN(16), g.r.IntN(60))
		}
		w.line(2, "date: ", g.date(date))
		w.line(2, "publisher: ", orgID(pub))
		if g.chance(40) {
			ids := []string{personID(g.r.IntN(g.n.People))}
			if a := personID(g.r.IntN(g.n.People)); g.chance(30) && a != ids[0] {
				ids = append(ids, a)
			}
			w.line(2, "authors: ", list(ids))
		}
		scheme := "https"
		if g.chance(10) {
			scheme = "http"
		}
		host := slug(g.orgNames[pub])
		if host == "" {
			host = orgID(pub)
		}
		w.line(2, "url: ", fmt.Sprintf("%s://www.%s.example/%s/%s", scheme, host, d.time().Format("2006/01/02"), sourceID(j)))
		w.line(2, "kind: ", pick(g, sourceKinds))
	}
}
