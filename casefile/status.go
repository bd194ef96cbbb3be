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
