package casefile

// DeriveStatus returns a claim's status from its responses:
//
//   - disputed: any response denies or disputes the claim;
//   - otherwise partly-confirmed: any response partially confirms it (also
//     when others confirm or support it);
//   - otherwise confirmed: any response confirms or supports it;
//   - otherwise alleged: no responses, or only declines-comment.
func DeriveStatus(rs []Response) Status {
	var against, partly, confirmed bool
	for _, r := range rs {
		switch r.Stance {
		case StanceDenies, StanceDisputes:
			against = true
		case StancePartlyConfirms:
			partly = true
		case StanceConfirms, StanceSupports:
			confirmed = true
		}
	}
	switch {
	case against:
		return StatusDisputed
	case partly:
		return StatusPartlyConfirmed
	case confirmed:
		return StatusConfirmed
	}
	return StatusAlleged
}

// Meaning says in a few words what a status means, for legends and keys, so
// that every picture explains a status the same way.
func (s Status) Meaning() string {
	switch s {
	case StatusAlleged:
		return "claim nobody has confirmed or denied"
	case StatusDisputed:
		return "claim denied or disputed"
	case StatusConfirmed:
		return "claim confirmed, nobody disputing it"
	case StatusPartlyConfirmed:
		return "claim partly confirmed, nobody disputing it"
	}
	return ""
}
