package diagram

import "context"

// ctxMutex is a mutex whose waiters can give up when their context is
// done. Make it with make(ctxMutex, 1).
type ctxMutex chan struct{}

// Lock waits for the mutex.
func (m ctxMutex) Lock() { m <- struct{}{} }

// LockContext waits for the mutex or for ctx to be done, and returns ctx's
// error in the second case (without the mutex).
func (m ctxMutex) LockContext(ctx context.Context) error {
	select {
	case m <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Unlock releases the mutex.
func (m ctxMutex) Unlock() { <-m }
