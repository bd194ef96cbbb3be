package casefile

import "errors"

// ErrNilCase is returned by Validate on a nil *Case. The other methods of a
// nil *Case do not panic either: they return nil or zero values.
var ErrNilCase = errors.New("casefile: no case (a nil *Case)")
