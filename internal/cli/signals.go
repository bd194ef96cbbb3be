package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// MainWithSignals is Main for a process: SIGINT, SIGTERM and SIGHUP cancel
// the command, remove the temporary files it was writing, print one line
// and return 128 plus the signal's number (130, 143, 129) at once, without
// waiting for work that cannot be interrupted (a Graphviz layout) to end;
// the caller exits. A file being written is either complete or absent.
func MainWithSignals(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- Main(ctx, args, stdin, stdout, stderr) }()
	select {
	case code := <-done:
		return code
	case s := <-sigs:
		cancel()
		removeTemps()
		name, num := signalName(s)
		fmt.Fprintf(stderr, "eventgraph: stopped by %s\n", name)
		return 128 + num
	}
}

// signalName returns the name and number of a signal.
func signalName(s os.Signal) (string, int) {
	switch s {
	case os.Interrupt:
		return "SIGINT", int(syscall.SIGINT)
	case syscall.SIGTERM:
		return "SIGTERM", int(syscall.SIGTERM)
	case syscall.SIGHUP:
		return "SIGHUP", int(syscall.SIGHUP)
	}
	if n, ok := s.(syscall.Signal); ok {
		return s.String(), int(n)
	}
	return s.String(), 1
}

// temps holds the temporary files being written, so that a command stopped
// by a signal can remove them; once stopping, no temporary file is renamed
// into place.
var temps struct {
	mu       sync.Mutex
	files    map[string]bool
	stopping bool
}

// errStopped is returned by commitTemp after a signal.
var errStopped = errors.New("stopped by a signal")

// trackTemp records a temporary file; the returned function forgets it.
func trackTemp(name string) func() {
	temps.mu.Lock()
	defer temps.mu.Unlock()
	if temps.files == nil {
		temps.files = map[string]bool{}
	}
	temps.files[name] = true
	return func() {
		temps.mu.Lock()
		defer temps.mu.Unlock()
		delete(temps.files, name)
	}
}

// commitTemp renames a temporary file to path unless a signal has stopped
// the command.
func commitTemp(name, path string) error {
	temps.mu.Lock()
	defer temps.mu.Unlock()
	if temps.stopping {
		return errStopped
	}
	return os.Rename(name, path)
}

// commitTemps renames temporary files to their paths (pairs of temporary
// name and path) unless a signal has stopped the command; a signal that
// comes meanwhile waits until all are renamed. It returns the index of the
// pair that failed.
func commitTemps(pairs [][2]string) (int, error) {
	temps.mu.Lock()
	defer temps.mu.Unlock()
	if temps.stopping {
		return 0, errStopped
	}
	for i, p := range pairs {
		if err := os.Rename(p[0], p[1]); err != nil {
			return i, err
		}
		delete(temps.files, p[0])
	}
	return 0, nil
}

// removeTemps removes every temporary file being written and stops any
// later one from being renamed into place.
func removeTemps() {
	temps.mu.Lock()
	defer temps.mu.Unlock()
	temps.stopping = true
	for name := range temps.files {
		os.Remove(name)
	}
}
