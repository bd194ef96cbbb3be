package casefile

import "go.yaml.in/yaml/v3"

// personFields are the keys of a person.
var personFields = []string{"id", "name", "aliases", "description", "tags", "links"}

// person reads one item of "people".
func (l *loader) person(n *yaml.Node) *Person {
	f, ok := l.fields(n, "person", personFields)
	if !ok {
		return nil
	}
	p := one(&l.mem.people, 64)
	p.Pos = l.pos(f.n)
	p.ID = f.readID()
	p.Name = f.text("name")
	p.Aliases, _ = f.texts("aliases")
	p.Description = f.text("description")
	p.Tags, _ = f.texts("tags")
	p.Links = f.links("links")
	f.need("id", p.ID != "")
	f.need("name", p.Name != "")
	return p
}

// links reads a list of http(s) URLs.
func (f *fields) links(key string) []string {
	urls, nodes := f.texts(key)
	for i, u := range urls {
		f.check(key, nodes[i], checkURL(u))
	}
	return urls
}

// checkPerson checks the values of a person built in Go.
func (v *checker) checkPerson(p *Person) {
	v.need(p.Pos, "person", p.ID, "name", p.Name != "")
	for _, u := range p.Links {
		v.value(p.Pos, checkURL(u))
	}
}
