package timeline

import "github.com/eventgraph/eventgraph/casefile"

// numbering holds the numbers of the claims and sources a timeline cites.
// One pass over the entries drawn gives them (see numberEntries), in the
// order a reader meets them: the cards in time order, then the claims
// panel. Cards and panels only read it, so that measuring a card never
// changes what another shows.
type numbering struct {
	src    *sourceList
	claim  map[string]int    // claim numbers by claim ID
	claims []*casefile.Claim // the numbered claims, in number order
	shown  map[string]bool   // IDs of the claims written in full beside events
	listed int               // how many claims the claims panel lists
}

// number gives claim cl the next number unless it has one.
func (n *numbering) number(cl *casefile.Claim) {
	if _, ok := n.claim[cl.ID]; ok {
		return
	}
	n.claims = append(n.claims, cl)
	n.claim[cl.ID] = len(n.claims)
}

// numberEntries numbers what the cards of es cite, in their order: each
// event's sources, then its claims as the claim style writes them beside
// it (a stack's events one after the other); the claims about the events
// of an aggregate. Then, where the claims panel is drawn, the claims about
// no event, and the sources the panel's claims cite. It changes nothing in
// b.
func (b *builder) numberEntries(es []*entry) *numbering {
	n := &numbering{src: newSourceList(b.c), claim: map[string]int{}, shown: map[string]bool{}}
	n.src.hidden = b.opts.hideSources()
	for _, en := range es {
		if en.members != nil {
			if b.cs.shows() {
				for _, m := range en.members {
					for _, cl := range b.about[m.ev.ID] {
						n.number(cl)
					}
				}
			}
			continue
		}
		for _, m := range en.events() {
			n.src.cite(m.ev.Sources)
			b.cs.cite(n, b.about[m.ev.ID])
		}
	}
	if !b.cs.shows() || b.opts.hideClaimsPanel() {
		return n
	}
	for _, cl := range b.c.Claims {
		aboutEvent := false
		for _, id := range cl.About {
			if _, ok := b.events[id]; ok {
				aboutEvent = true
			}
		}
		if !aboutEvent {
			n.number(cl)
		}
	}
	n.listed = min(len(n.claims), MaxListedClaims)
	for _, cl := range n.claims[:n.listed] {
		citeClaim(n.src, cl)
	}
	return n
}

// citeClaim numbers the sources a claim written in full cites (see
// claimCard): its statement's, then its responses'.
func citeClaim(src *sourceList, cl *casefile.Claim) {
	src.cite(cl.Sources)
	for _, r := range cl.Responses {
		src.cite(r.Sources)
	}
}

// finish numbers the claims and sources of es, the entries laid out, and
// registers the groups and legend keys their cards draw: the one pass
// over them once the layout is chosen.
func (b *builder) finish(es []*entry) {
	b.num = b.numberEntries(es)
	for _, en := range es {
		g := groupOf(en)
		b.groups[g.ID] = g
		if en.members != nil {
			continue
		}
		for _, m := range en.events() {
			if en.stack != nil {
				g := groupOf(m)
				b.groups[g.ID] = g
			}
			if b.num.src.refs(m.ev.Sources) != "" {
				b.keys.add(keySourceRef)
			}
			if b.cs.shows() {
				for _, cl := range b.about[m.ev.ID] {
					b.keys.add(statusKey(cl.Status))
				}
			}
		}
	}
}
