package diagram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"math"

	"github.com/eventgraph/eventgraph/diagram/xdot"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/scene/png"
	"github.com/eventgraph/eventgraph/theme"
	"github.com/goccy/go-graphviz"
)

// ErrRender is wrapped by errors from Graphviz: DOT it cannot parse, or a
// layout or output that fails.
var ErrRender = errors.New("diagram: graphviz")

// gvMu serialises every use of go-graphviz in the process: its WebAssembly
// module is global and not safe for concurrent use, not even with one
// instance per goroutine. A caller waiting for it gives up when its
// context is done.
var gvMu = make(ctxMutex, 1)

// Render lays out DOT text with Graphviz and writes it to w in format (SVG,
// PNG, or DOTFormat for laid-out DOT; zero means SVG).
//
// PNG is drawn by scene/png from Graphviz's xdot output, not by
// go-graphviz's own PNG renderer (which draws no outlines or dashes): two
// pixels per point, the exact dashes of eventgraph's classes, hatched
// claims, Liberation Sans (Latin, Greek and Cyrillic; other scripts draw
// as boxes). For a whole diagram with its
// legend and theme background, use DrawPNG. A non-zero engine
// replaces the layout the DOT text names; the zero engine keeps it (dot when
// it names none). Nothing is written to w when rendering fails.
//
// Render is safe for concurrent use: calls wait for one another on a
// process-wide lock.
func Render(ctx context.Context, dot []byte, format Format, engine Engine, w io.Writer) error {
	if format == "" {
		format = SVG
	}
	if _, err := ParseFormat(string(format)); err != nil {
		return err
	}
	if engine != "" {
		if _, err := ParseEngine(string(engine)); err != nil {
			return err
		}
	}
	var out []byte
	var err error
	if format == PNG {
		out, err = renderPNG(ctx, dot, engine)
	} else {
		out, err = render(ctx, dot, format, engine)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// renderPNG lays out DOT text as xdot and draws it with scene/png, with
// the dash patterns and hatching of eventgraph's classes in the light
// theme.
func renderPNG(ctx context.Context, dot []byte, engine Engine) ([]byte, error) {
	x, err := render(ctx, dot, xdotFormat, engine)
	if err != nil {
		return nil, err
	}
	d, err := xdot.ParseXDOT(x)
	if err != nil {
		return nil, fmt.Errorf("%w: reading its layout: %w", ErrRender, err)
	}
	c := newConverter(theme.Light(), nil)
	c.doc = d
	s := &scene.Scene{
		Width: math.Ceil(d.BB.X1 - d.BB.X0 + 2*d.Pad), Height: math.Ceil(d.BB.Y1 - d.BB.Y0 + 2*d.Pad),
		Background: colour(d.Graph().Attr("bgcolor")), Elements: c.document().Children,
	}
	pic, err := png.Draw(s, png.Options{MaxPixels: MaxPNGPixels})
	if err != nil {
		return nil, fmt.Errorf("%w: drawing PNG: %w", ErrRender, err)
	}
	return pic.PNG, nil
}

// render runs Graphviz under the lock and returns its output. A ctx done
// while it waits for the lock or during the layout returns ctx's error at
// once and releases the lock (see layout).
func render(ctx context.Context, dot []byte, format Format, engine Engine) ([]byte, error) {
	var buf bytes.Buffer
	if err := renderTo(ctx, dot, format, engine, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderXDOT is render to xdot, returning the text as a string, which
// xdot.ParseXDOTString reads without a copy.
func renderXDOT(ctx context.Context, dot []byte) (string, error) {
	var b strings.Builder
	if err := renderTo(ctx, dot, xdotFormat, "", &b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// sizedWriter is a writer that knows how much it holds (bytes.Buffer,
// strings.Builder).
type sizedWriter interface {
	io.Writer
	Len() int
	Reset()
}

// renderTo is render writing to buf.
//
// A drawing that fails in a Graphviz instance that had drawn before is
// made once more in a fresh one: state built up in a module has made
// Graphviz refuse DOT that it draws alone (see gvMaxUses), and a reader
// must not get an error that belongs to earlier drawings. A drawing that
// fails in a fresh instance fails for its own reasons and is not retried.
func renderTo(ctx context.Context, dot []byte, format Format, engine Engine, buf sizedWriter) error {
	if ctx == nil {
		return ErrNilContext
	}
	if err := gvMu.LockContext(ctx); err != nil {
		return err
	}
	defer gvMu.Unlock()
	reused := gvShared != nil
	detached, err := renderOnce(ctx, dot, format, engine, buf)
	if err == nil || detached || !reused || ctx.Err() != nil {
		return err
	}
	gvRetries++
	buf.Reset()
	_, err = renderOnce(ctx, dot, format, engine, buf)
	return err
}

// gvRetries counts the drawings made again in a fresh Graphviz instance
// after failing in a used one (read by tests). The caller holds gvMu.
var gvRetries int

// renderOnce is one attempt of renderTo, in the kept Graphviz instance or
// a new one; detached tells that the layout was abandoned with its module
// (a cancelled context). The caller holds gvMu.
func renderOnce(ctx context.Context, dot []byte, format Format, engine Engine, buf sizedWriter) (detached bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	gv, err := sharedGraphviz(ctx)
	if err != nil {
		return false, fmt.Errorf("%w: start: %w", ErrRender, err)
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		releaseGraphviz(false)
		return false, fmt.Errorf("%w: parse DOT: %w", ErrRender, err)
	}
	if engine != "" {
		if err := g.SafeSet("layout", string(engine), ""); err != nil {
			g.Close()
			releaseGraphviz(false)
			return false, fmt.Errorf("%w: set layout %s: %w", ErrRender, engine, err)
		}
	}
	detached, err = layout(ctx, gv, g, graphviz.Format(format), buf)
	if detached {
		// gv, g and their module are gone with the layout.
		return true, err
	}
	g.Close()
	if err == nil && buf.Len() == 0 {
		err = fmt.Errorf("%w: %s layout to %s wrote nothing", ErrRender, engineName(engine), format)
	} else if err != nil && ctx.Err() == nil {
		err = fmt.Errorf("%w: %s layout to %s: %w", ErrRender, engineName(engine), format, err)
	}
	releaseGraphviz(err == nil)
	return false, err
}

// engineName names an engine in messages.
func engineName(e Engine) string {
	if e == "" {
		return "the DOT text's"
	}
	return string(e)
}
