package casefile

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// organizationFields are the keys of an organization.
var organizationFields = []string{"id", "name", "kind", "parent", "aliases", "description", "tags", "links"}

// organization reads one item of "organizations".
func (l *loader) organization(n *yaml.Node) *Organization {
	f, ok := l.fields(n, "organization", organizationFields)
	if !ok {
		return nil
	}
	o := one(&l.mem.orgs, 64)
	o.Pos = l.pos(f.n)
	o.ID = f.readID()
	o.Name = f.text("name")
	var at *yaml.Node
	o.Kind, at = f.textAt("kind")
	f.check("kind", at, checkEnum("organization kind", o.Kind, OrganizationKinds[:]))
	o.Parent, at = f.textAt("parent")
	if at != nil {
		l.ref(o.Parent, "parent", ruleParent, at)
		l.parentAt[o] = l.pos(at)
	}
	o.Aliases, _ = f.texts("aliases")
	o.Description = f.text("description")
	o.Tags, _ = f.texts("tags")
	o.Links = f.links("links")
	f.need("id", o.ID != "")
	f.need("name", o.Name != "")
	return o
}

// checkOrganization checks the values of an organization built in Go.
func (v *checker) checkOrganization(o *Organization) {
	v.need(o.Pos, "organization", o.ID, "name", o.Name != "")
	if o.Kind != "" {
		v.value(o.Pos, checkEnum("organization kind", o.Kind, OrganizationKinds[:]))
	}
	for _, u := range o.Links {
		v.value(o.Pos, checkURL(u))
	}
}

// checkParents reports every cycle of "parent" links among organizations,
// once, at the organization with the smallest ID in the cycle.
func (v *checker) checkParents() {
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[string]int, len(v.c.Organizations))
	for _, start := range v.c.Organizations {
		var path []*Organization
		for o := start; o != nil && state[o.ID] == unseen; o = v.c.Organization(o.Parent) {
			state[o.ID] = onPath
			path = append(path, o)
			next := v.c.Organization(o.Parent)
			if next == nil || state[next.ID] != onPath {
				continue
			}
			// next closes a cycle: the part of path from next on.
			i := len(path) - 1
			for path[i] != next {
				i--
			}
			cycle := path[i:]
			first := 0
			for j, c := range cycle {
				if c.ID < cycle[first].ID {
					first = j
				}
			}
			ids := make([]string, 0, len(cycle)+1)
			for j := range cycle {
				ids = append(ids, cycle[(first+j)%len(cycle)].ID)
			}
			ids = append(ids, ids[0])
			v.errs.Add(v.parentPos(cycle[first]), "organization parents form a cycle: %s; an organization cannot be its own ancestor",
				strings.Join(ids, " -> "))
		}
		for _, o := range path {
			state[o.ID] = done
		}
	}
}
