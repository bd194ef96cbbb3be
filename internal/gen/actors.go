package gen

import "fmt"

// people writes people.yaml (or people/NNNN.yaml).
func (g *generator) people(files map[string][]byte) {
	s := newSplit("people", "# Synthetic people.", g.perFile)
	defer s.files(files)
	g.personNames = make([]string, g.n.People)
	for i := range g.n.People {
		w := s.record()
		var name string
		if g.chance(12) {
			name = pick(g, nonLatinNames)
		} else {
			name = pick(g, givenNames) + " " + pick(g, familyNames)
		}
		g.personNames[i] = name
		w.line(1, "- id: ", personID(i))
		w.line(2, "name: ", scalar(name))
		if g.chance(15) {
			w.line(2, "aliases:")
			w.line(3, "- ", scalar(fmt.Sprintf("%s (%d)", name, 1+g.r.IntN(9))))
		}
		if g.chance(20) {
			w.line(2, "description: ", quote(fmt.Sprintf("Figure connected with %s.", pick(g, topics))))
		}
		if g.chance(20) {
			w.line(2, "tags: ", list([]string{pick(g, tags)}))
		}
		if g.chance(10) {
			w.line(2, "links:")
			w.line(3, "- ", "https://people.example.org/", personID(i))
		}
	}
}

// organizations writes organizations.yaml (or organizations/NNNN.yaml). An
// organization's parent always comes earlier in the list, so parents never
// form a cycle.
func (g *generator) organizations(files map[string][]byte) {
	s := newSplit("organizations", "# Synthetic organizations.", g.perFile)
	defer s.files(files)
	g.orgNames = make([]string, g.n.Organizations)
	g.orgKinds = make([]string, g.n.Organizations)
	stems := g.r.Perm(len(orgStems))
	for p, k := range stems {
		if k == 10 { // a newspaper second, so that every case has a media publisher
			stems[1], stems[p] = stems[p], stems[1]
		}
	}
	for i := range g.n.Organizations {
		k := stems[i%len(stems)]
		name := orgStems[k]
		if i >= len(orgStems) {
			name = fmt.Sprintf("%s %d", name, i+1)
		}
		g.orgNames[i] = name
		g.orgKinds[i] = orgKindsByStem[k]
		w := s.record()
		if g.orgKinds[i] == "media" {
			g.mediaOrgs = append(g.mediaOrgs, i)
		}
		w.line(1, "- id: ", orgID(i))
		w.line(2, "name: ", scalar(name))
		w.line(2, "kind: ", g.orgKinds[i])
		if i >= 2 && g.chance(30) {
			w.line(2, "parent: ", orgID(g.r.IntN(i)))
		}
		if g.chance(10) {
			w.line(2, "aliases: [", quote(fmt.Sprintf("ORG%d", i+1)), "]")
		}
		if g.chance(15) {
			w.line(2, "description: ", quote("Body involved in "+pick(g, topics)+"."))
		}
	}
}

// relations writes relations.yaml (or relations/NNNN.yaml): as many
// distinct ties as there are people, each between two different actors.
func (g *generator) relations(files map[string][]byte) {
	s := newSplit("relations", "", g.perFile)
	defer s.files(files)
	seen := make(map[string]bool, g.n.Relations)
	for made, tries := 0, 0; made < g.n.Relations && tries < 20*g.n.Relations; tries++ {
		from, _ := g.actor()
		var to string
		if g.chance(70) {
			to = orgID(g.r.IntN(g.n.Organizations))
		} else {
			to = personID(g.r.IntN(g.n.People))
		}
		typ := pick(g, relationTypes)
		key := from + " " + to + " " + typ
		if from == to || seen[key] {
			continue
		}
		seen[key] = true
		made++
		w := s.record()
		w.line(1, "- from: ", from)
		w.line(2, "to: ", to)
		w.line(2, "type: ", typ)
		if d := g.relationDate(); d != "" {
			w.line(2, "date: ", g.date(d))
		}
		if g.chance(40) {
			w.line(2, "sources: ", list([]string{sourceID(g.r.IntN(g.n.Sources))}))
		}
		if g.chance(15) {
			w.line(2, "note: ", quote("Described in "+pick(g, topics)+" coverage."))
		}
	}
}
