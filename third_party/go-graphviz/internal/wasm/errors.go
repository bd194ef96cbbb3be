package wasm

import (
	"context"
	"errors"
	"fmt"
)

// Graphviz keeps every message it reports (cgraph sets the level to MAX,
// so that none is printed) and aglasterr returns the last one stored,
// however old: a warning of an earlier layout (say "cell size too small for
// content"), read after a later operation failed without a message of its
// own, would be reported as that operation's error. So each operation that
// tells its failure by the last message starts with StartOp, and ResultError
// reads only what was reported since.

// StartOp marks the start of an operation: LastError returns only the
// messages stored after it, and ErrorNum tells whether one of them was an
// error (not only warnings). It stores an empty message (agerr with an empty
// format writes nothing, but moves the start of the last message to the end
// of the stored text) and resets the highest level seen (agreseterrors).
func StartOp(ctx context.Context) error {
	if mod == nil {
		return errors.New("go-graphviz: the module is not running")
	}
	if _, err := Error(ctx, WARN, ""); err != nil {
		return err
	}
	_, err := ResetErrors(ctx)
	return err
}

// ResultError is the error of an operation begun with StartOp that
// returned result (0 is success): nil for 0; else the message Graphviz
// reported during the operation, or, when it reported none, an error naming
// op and result. A failure is never nil. When only warnings were reported,
// the error says that the last message was a warning.
func ResultError(ctx context.Context, op string, result int) error {
	if result == 0 {
		return nil
	}
	return OpError(ctx, fmt.Sprintf("%s returned %d", op, result))
}

// OpError is the error of an operation begun with StartOp that failed
// (what describes how): the message Graphviz reported during it, if any.
func OpError(ctx context.Context, what string) error {
	msg, err := LastError(ctx)
	if err != nil {
		return fmt.Errorf("go-graphviz: %s: %w", what, err)
	}
	if msg == "" {
		return fmt.Errorf("go-graphviz: %s and Graphviz reported no message", what)
	}
	if level, err := ErrorNum(ctx); err == nil && level < int(ERR) {
		return fmt.Errorf("go-graphviz: %s; the last warning: %s", what, msg)
	}
	return errors.New(msg)
}
