package timeline

import "github.com/eventgraph/eventgraph/casefile"

// claimStyle is how claims are shown (Options.Claims), chosen once per
// Layout: every place that draws, measures or lists claims asks it,
// rather than testing the mode.
type claimStyle interface {
	// shows reports whether claims are drawn at all: beside events, in
	// the counts of groups and in the claims panel.
	shows() bool
	// cite numbers what beside writes of claims, the claims about an
	// event, as the reader meets it (see numberEntries).
	cite(n *numbering, claims []*casefile.Claim)
	// beside adds the claims about an event to its card, numbered by n.
	beside(b *builder, n *numbering, c *card, claims []*casefile.Claim, o cardOptions)
	// cardWidth chooses between a horizontal label's usual width and
	// the wider one whole claims need.
	cardWidth(usual, wide float64) float64
	// panelNamesEvents reports whether the claims panel names the events
	// a claim is about (the chart does not show it beside them).
	panelNamesEvents() bool
}

// styleOf returns the claim style of mode m ("" is ClaimsBadges).
func styleOf(m ClaimsMode) claimStyle {
	switch m {
	case ClaimsNone:
		return noClaims{}
	case ClaimsFull:
		return fullClaims{}
	}
	return badgeClaims{}
}

var (
	_ claimStyle = noClaims{}
	_ claimStyle = badgeClaims{}
	_ claimStyle = fullClaims{}
)

// noClaims shows no claims.
type noClaims struct{}

func (noClaims) shows() bool                                                        { return false }
func (noClaims) cite(*numbering, []*casefile.Claim)                                 {}
func (noClaims) beside(*builder, *numbering, *card, []*casefile.Claim, cardOptions) {}
func (noClaims) cardWidth(usual, _ float64) float64                                 { return usual }
func (noClaims) panelNamesEvents() bool                                             { return true }

// badgeClaims writes each claim beside its event in a line or two: its
// number and status in words, then its statement shortened at a word;
// the claims panel lists it in full.
type badgeClaims struct{}

func (badgeClaims) shows() bool { return true }

func (badgeClaims) cite(n *numbering, claims []*casefile.Claim) {
	for _, cl := range claims {
		n.number(cl)
	}
}

func (badgeClaims) beside(b *builder, n *numbering, c *card, claims []*casefile.Claim, o cardOptions) {
	shown := o.claimsShown(len(claims))
	lines := o.claimLines(shown)
	var more []int
	for i, cl := range claims {
		if i >= shown {
			more = append(more, n.claim[cl.ID])
			continue
		}
		gap := 4.0
		if i > 0 {
			gap = 2
		}
		r := claimLineRow(n.claim[cl.ID], cl, o.maxW, lines, o.smallSize())
		r.y = c.h + gap
		c.add(r)
	}
	if len(more) > 0 {
		c.text(RoleMuted, "eg-more-claims", moreClaims(more, !b.opts.hideClaimsPanel()), o.smallSize(), false, o.maxW, 0, 2)
	}
}

func (badgeClaims) cardWidth(usual, _ float64) float64 { return usual }
func (badgeClaims) panelNamesEvents() bool             { return false }

// fullClaims writes each claim, with its status, claimants and
// responses, beside the event it is about.
type fullClaims struct{}

func (fullClaims) shows() bool { return true }

func (fullClaims) cite(n *numbering, claims []*casefile.Claim) {
	for _, cl := range claims {
		n.shown[cl.ID] = true
		citeClaim(n.src, cl)
	}
}

func (fullClaims) beside(b *builder, n *numbering, c *card, claims []*casefile.Claim, o cardOptions) {
	for _, cl := range claims {
		c.put(claimCard(cl, 0, b.act, n.src, o.maxW, ""), c.h+6)
	}
}

func (fullClaims) cardWidth(_, wide float64) float64 { return wide }
func (fullClaims) panelNamesEvents() bool            { return true }
