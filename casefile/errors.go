package casefile

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Sentinel errors for problems with the case folder as a whole. Load and
// LoadDir wrap them with the folder's name; test for them with errors.Is.
var (
	// ErrNotFound: the case folder does not exist.
	ErrNotFound = errors.New("casefile: case folder not found")
	// ErrNotFolder: the path names a file, not a folder.
	ErrNotFolder = errors.New("casefile: not a folder")
	// ErrNoFiles: the folder holds no .yaml or .yml file.
	ErrNoFiles = errors.New("casefile: no .yaml or .yml files")
)

// String formats p as "FILE:LINE:COL", "FILE" when Line is 0, or "" when p
// is the zero Pos.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// comparePos orders positions by file, line and column.
func comparePos(a, b Pos) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	return cmp.Compare(a.Col, b.Col)
}

// Error is one problem in a case, at a position. A warning (see
// Case.Warnings) is a problem that does not make the case invalid.
type Error struct {
	Pos     Pos
	Msg     string
	Warning bool
}

// Error formats e as "FILE:LINE:COL: message", or "FILE: message" when the
// position has no line, or just the message when it has no file either; a
// warning's message starts "warning: ".
func (e *Error) Error() string {
	msg := e.Msg
	if e.Warning {
		msg = "warning: " + msg
	}
	if p := e.Pos.String(); p != "" {
		return p + ": " + msg
	}
	return msg
}

// ErrorList is a list of problems. Load returns one, sorted, as its error.
type ErrorList []*Error

// Add appends an error at pos with a formatted message.
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file, line, column and message.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		if c := comparePos(a.Pos, b.Pos); c != 0 {
			return c
		}
		return strings.Compare(a.Msg, b.Msg)
	})
}

// Error returns the errors one per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
