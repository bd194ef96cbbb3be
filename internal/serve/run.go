package serve

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// Serve answers HTTP on ln until ctx ends, then closes the event streams
// and shuts down, waiting at most five seconds for requests under way.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	loopback := false
	if a, ok := ln.Addr().(*net.TCPAddr); ok {
		loopback = a.IP.IsLoopback()
	}
	srv := &http.Server{
		Handler:           s.Handler(loopback),
		ReadHeaderTimeout: 10 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.Close()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}
