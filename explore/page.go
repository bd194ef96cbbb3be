package explore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/graph"
)

//go:embed assets/page.html assets/explorer.css assets/explorer.js assets/timeline.js assets/vendor/sigma.min.js assets/vendor/graphology.umd.min.js
var assets embed.FS

// Options say how the page is made. The zero value is the page written by
// "eventgraph explore".
type Options struct {
	// Live makes the page listen to "eventgraph serve": it reads problems
	// from api/problems and reloads when api/events reports a good save.
	// Its Content-Security-Policy then allows requests to its own origin.
	Live bool
	// ForceLayout places every record with the force layout, even a case
	// small enough for Graphviz (GraphvizUpTo): "eventgraph serve" sets it,
	// since one more Graphviz layout on every save, queued behind the
	// relationship diagram's, would double the time a redraw takes.
	ForceLayout bool
}

// Page is an assembled explorer.
type Page struct {
	// HTML is the whole page, self-contained.
	HTML []byte
	// CSP is the page's Content-Security-Policy (also in a <meta> element
	// of HTML): scripts and the style element allowed by their SHA-256
	// hashes, nothing else loaded, requests to its own origin only when
	// Live. A server sends it as a header, adding frame-ancestors.
	CSP string
}

// ErrNilCase is returned for a nil case.
var ErrNilCase = errors.New("explore: nil case")

// ErrNilContext is returned for a nil context.
var ErrNilContext = errors.New("explore: nil context")

// Build assembles the explorer of c. The same case and options give the
// same bytes. A case of up to GraphvizUpTo records is laid out by Graphviz
// as the relationship diagram is, which ctx can cancel; a larger one, or
// one Graphviz cannot lay out, by the force layout.
func Build(ctx context.Context, c *casefile.Case, o Options) (*Page, error) {
	if ctx == nil {
		return nil, ErrNilContext
	}
	if c == nil {
		return nil, ErrNilCase
	}
	note := ""
	if len(c.Events) > SummariseAbove {
		var err error
		if c, note, err = summary(c); err != nil {
			return nil, err
		}
	}
	g, err := graph.Build(c)
	if err != nil {
		return nil, err
	}
	var gv map[string][2]float64
	if !o.ForceLayout && len(g.Vertices()) <= GraphvizUpTo {
		if gv, err = graphvizPositions(ctx, g); err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			gv = nil // the force layout places every case
		}
	}
	d := build(c, g, gv)
	ids := make([]string, len(d.Nodes))
	for i := range d.Nodes {
		ids[i] = d.Nodes[i].ID
	}
	if d.Timeline, err = buildTimeline(c, ids); err != nil {
		return nil, err
	}
	d.Live, d.Note = o.Live, note
	data, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("explore: encoding the case: %w", err)
	}
	data = asciiJS(data)
	datatype, dataattrs := "application/json", ""
	if len(data) > CompressAbove {
		if data, dataattrs, err = compressed(*d); err != nil {
			return nil, err
		}
		datatype = "application/octet-stream"
	}
	own := ownAssets()
	if own.err != nil {
		return nil, fmt.Errorf("explore: minifying the page's scripts: %w", own.err)
	}
	css, app, tl := own.css, own.app, own.timeline
	gl, sg := own.graphology, own.sigma
	for _, s := range []string{gl, sg, tl, app} {
		if strings.Contains(strings.ToLower(s), "</script") {
			return nil, errors.New("explore: a script contains </script")
		}
	}
	csp := "default-src 'none'; script-src " + hash(gl) + " " + hash(sg) + " " + hash(tl) + " " + hash(app) +
		"; style-src " + hash(css) + "; img-src data:; base-uri 'none'; form-action 'none'"
	if o.Live {
		csp += "; connect-src 'self'"
	} else {
		csp += "; connect-src 'none'"
	}
	// The characters that may need fonts of their own, laid out off-screen
	// (see glyphSample), in the page's text and in its bold headings.
	glyphs := ""
	if g := glyphSample(d); g != "" {
		g = string(asciiHTML([]byte(html.EscapeString(g))))
		glyphs = `<div class="glyphs" aria-hidden="true">` + g + `<b>` + g + "</b></div>\n"
	}
	lang := c.Meta.Language
	if lang == "" {
		lang = "en"
	}
	r := strings.NewReplacer(
		"{{lang}}", string(asciiHTML([]byte(html.EscapeString(lang)))),
		"{{csp}}", html.EscapeString(csp),
		"{{title}}", string(asciiHTML([]byte(html.EscapeString(d.Title)))),
		"{{css}}", css,
		"{{datatype}}", datatype,
		"{{dataattrs}}", dataattrs,
		"{{data}}", string(data),
		"{{graphology}}", gl,
		"{{sigma}}", sg,
		"{{timeline}}", tl,
		"{{app}}", app,
		"{{glyphs}}", glyphs,
	)
	var b bytes.Buffer
	b.Grow(len(data) + len(gl) + len(sg) + len(tl) + len(app) + len(css) + 8192)
	if _, err := r.WriteString(&b, readAsset("page.html")); err != nil {
		return nil, err
	}
	return &Page{HTML: b.Bytes(), CSP: csp}, nil
}

// hash is a CSP source expression for an inline script or style.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
