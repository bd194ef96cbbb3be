// Package xdot reads the layout Graphviz writes in its "xdot" output
// format: DOT text whose _draw_, _ldraw_, _hdraw_, _tdraw_, _hldraw_ and
// _tldraw_ attributes hold the drawing as operations (ellipses, polygons,
// polylines, Bézier curves with their pen and fill colours and line
// styles; text runs with their font, size, justification and the width
// Graphviz measured). ParseXDOT reads a whole document, ParseOps one
// attribute; colours are left as text for scene.ParseColour.
//
// It accepts what Graphviz 12 writes, including its quirks: quoted strings
// broken over lines with a backslash and a newline, byte-counted texts
// holding quotes, backslashes and line breaks, HTML-like labels, and the
// quote Graphviz 12 leaves unescaped after a backslash (see lexer.quoted).
//
// Input that is not xdot text gives an error wrapping ErrXDOT with the
// byte offset, never a panic; operations far outside the bounding box are
// refused, so that a hostile input cannot ask for unbounded work. The
// package knows nothing of eventgraph's diagrams nor of go-graphviz.
package xdot
