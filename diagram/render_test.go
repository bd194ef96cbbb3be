package diagram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/eventgraph/eventgraph/diagram/xdot"
	"image/png"
	"strings"
	"sync"
	"testing"
)

func TestRenderFormats(t *testing.T) {
	dot, err := dotOf(seedGraph(t), opt{Focus: "han-tao", Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format Format
		check  func([]byte) error
	}{
		{SVG, func(b []byte) error {
			if !bytes.Contains(b, []byte("<svg")) {
				return errors.New("no <svg>")
			}
			return nil
		}},
		{"", func(b []byte) error {
			if !bytes.Contains(b, []byte("<svg")) {
				return errors.New("zero format: no <svg>")
			}
			return nil
		}},
		{PNG, func(b []byte) error {
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				return err
			}
			if img.Bounds().Dx() < 100 || img.Bounds().Dy() < 100 {
				return fmt.Errorf("PNG is only %v", img.Bounds())
			}
			return nil
		}},
		{DOTFormat, func(b []byte) error {
			if !bytes.Contains(b, []byte("pos=")) || !bytes.Contains(b, []byte("digraph")) {
				return errors.New("laid-out DOT has no positions")
			}
			return nil
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var b bytes.Buffer
			if err := Render(context.Background(), dot, tt.format, "", &b); err != nil {
				t.Fatal(err)
			}
			if err := tt.check(b.Bytes()); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestRenderEngines(t *testing.T) {
	dot, err := dotOf(seedGraph(t), opt{Focus: "han-tao", Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range Engines {
		t.Run(string(e), func(t *testing.T) {
			x, err := render(context.Background(), dot, xdotFormat, e)
			if err != nil {
				t.Fatal(err)
			}
			d, err := xdot.ParseXDOT(x)
			if err != nil {
				t.Fatal(err)
			}
			if d.BB.X1 <= d.BB.X0 || d.BB.Y1 <= d.BB.Y0 {
				t.Errorf("%s: empty drawing %+v", e, d.BB)
			}
		})
	}
}

func TestRenderErrors(t *testing.T) {
	good := []byte(`digraph G { a -> b }`)
	tests := []struct {
		name   string
		dot    []byte
		format Format
		engine Engine
		want   error
		text   string
	}{
		{"unknown format", good, "pdf", "", ErrOptions, `diagram: invalid option: unknown output format "pdf": use one of dot, png, svg`},
		{"unknown engine", good, SVG, "osage", ErrOptions, `diagram: invalid option: unknown layout engine "osage": use one of circo, dot, fdp, neato, sfdp, twopi`},
		{"bad DOT", []byte(`digraph { a -> }`), SVG, "", ErrRender, "diagram: graphviz: parse DOT: "},
		{"not DOT", []byte("hello"), SVG, "", ErrRender, "diagram: graphviz: parse DOT: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Render(context.Background(), tt.dot, tt.format, tt.engine, &b)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.text) {
				t.Errorf("error %q, want it to start with %q", err, tt.text)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written despite the error", b.Len())
			}
		})
	}
	// Graphviz still works after errors.
	var b bytes.Buffer
	if err := Render(context.Background(), good, SVG, "", &b); err != nil {
		t.Fatalf("render after errors: %v", err)
	}
}

func TestRenderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var b bytes.Buffer
	err := Render(ctx, []byte(`digraph G { a -> b }`), SVG, "", &b)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

// TestRenderConcurrent renders from 8 goroutines at once: the process-wide
// lock must keep go-graphviz from crashing, and every result must equal the
// one rendered alone.
func TestRenderConcurrent(t *testing.T) {
	g := seedGraph(t)
	opts := []opt{{Focus: "han-dong", Depth: 1}, {Focus: "han-tao", Depth: 1}, {Kinds: People | Organizations}, {PathFrom: "michael-kovrig", PathTo: "justin-trudeau"}}
	want := make([][]byte, len(opts))
	for i, o := range opts {
		svg, err := svgOf(context.Background(), g, o)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = svg
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 {
				i := (w + k) % len(opts)
				svg, err := svgOf(context.Background(), g, opts[i])
				if err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(svg, want[i]) {
					errs <- fmt.Errorf("goroutine %d: view %d differs from the one rendered alone", w, i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
