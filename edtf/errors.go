package edtf

import (
	"errors"
	"fmt"
)

// ErrInvalid is wrapped by every error Parse returns; test for it with
// errors.Is.
var ErrInvalid = errors.New("edtf: invalid date")

// Error tells why a string is not a valid EDTF date, and where.
type Error struct {
	Input  string // the whole string given to Parse
	Offset int    // byte offset in Input where the problem starts
	Msg    string // what is wrong and, where it helps, how to write it
}

// Error formats the error as `edtf: invalid date "INPUT": MSG`.
func (e *Error) Error() string {
	return fmt.Sprintf("edtf: invalid date %q: %s", e.Input, e.Msg)
}

// Unwrap returns ErrInvalid, so errors.Is(err, ErrInvalid) holds.
func (e *Error) Unwrap() error { return ErrInvalid }
