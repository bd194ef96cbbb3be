package cli

import "fmt"

// Exit codes returned by Main.
const (
	ExitOK      = 0
	ExitInvalid = 1
	ExitUsage   = 2
)

// usageError marks an error as the user's misuse of the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// usagef returns a usage error with a formatted message.
func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// usage marks err as a usage error; nil stays nil.
func usage(err error) error {
	if err == nil {
		return nil
	}
	return usageError{err}
}

// reportedError is an invalid-input failure whose details were already
// printed (for example the list of validation problems); summary is the
// closing line.
type reportedError struct{ summary string }

func (e reportedError) Error() string { return e.summary }
