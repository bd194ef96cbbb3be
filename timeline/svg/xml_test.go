package svg_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

// checkDocument parses doc as XML and checks the accessibility and
// embedding contract: root <svg> with a viewBox, an intrinsic size that shrinks to its column, role="img",
// aria-labelledby naming a <title> and a <desc>; nothing external (links
// to sources aside, http or https only).
func checkDocument(t *testing.T, doc []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	ids := map[string]string{} // id -> element name
	var root *xml.StartElement
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == nil {
			c := se.Copy()
			root = &c
		}
		for _, a := range se.Attr {
			if a.Name.Local == "id" {
				if _, dup := ids[a.Value]; dup {
					t.Errorf("id %q is used twice", a.Value)
				}
				ids[a.Value] = se.Name.Local
			}
			// A link (a source's address) loads nothing; any other
			// reference would.
			link := se.Name.Local == "a" && a.Name.Local == "href" && (strings.HasPrefix(strings.ToLower(a.Value), "https://") || strings.HasPrefix(strings.ToLower(a.Value), "http://"))
			if (a.Name.Local == "href" || a.Name.Local == "src") && !link {
				t.Errorf("external reference %s=%q in <%s>", a.Name.Local, a.Value, se.Name.Local)
			}
		}
		switch se.Name.Local {
		case "script", "image", "foreignObject":
			t.Errorf("the SVG holds a <%s>", se.Name.Local)
		}
	}
	if root == nil || root.Name.Local != "svg" || root.Name.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("the root element is not an SVG <svg>: %v", root)
	}
	attr := map[string]string{}
	for _, a := range root.Attr {
		attr[a.Name.Local] = a.Value
	}
	if !strings.HasPrefix(attr["viewBox"], "0 0 ") {
		t.Errorf("viewBox = %q", attr["viewBox"])
	}
	// An intrinsic size (the designed one) that shrinks with its column.
	if vb := strings.Fields(attr["viewBox"]); len(vb) != 4 || attr["width"] != vb[2] || attr["height"] != vb[3] || !strings.Contains(attr["style"], "max-width:100%") || !strings.Contains(attr["style"], "height:auto") {
		t.Errorf("width = %q, height = %q, style = %q, viewBox = %q; want the viewBox size, shrinking to the column", attr["width"], attr["height"], attr["style"], attr["viewBox"])
	}
	if attr["role"] != "img" {
		t.Errorf("role = %q, want img", attr["role"])
	}
	labels := strings.Fields(attr["aria-labelledby"])
	if len(labels) != 2 || ids[labels[0]] != "title" || ids[labels[1]] != "desc" {
		t.Errorf("aria-labelledby = %q does not name a <title> and a <desc> (ids: %v)", attr["aria-labelledby"], labels)
	}
	if bytes.Contains(doc, []byte("@import")) || bytes.Contains(doc, []byte("url(http")) {
		t.Error("the SVG loads something from outside")
	}
}

// viewDir is where TestEveryCase also writes its drawings for a person to
// look at, when EVENTGRAPH_VIEW_DIR is set.
var viewDir = os.Getenv("EVENTGRAPH_VIEW_DIR")

func TestEveryCaseRendersValidSVG(t *testing.T) {
	cases := map[string]*casefile.Case{"seed-copy": testcase.Seed(t)}
	for _, dir := range []string{"data/han-dong", "examples/minimal", "examples/hostile-names"} {
		c, err := casefile.LoadDir(filepath.Join("..", "..", filepath.FromSlash(dir)))
		if err != nil {
			t.Fatal(err)
		}
		cases[filepath.Base(dir)] = c
	}
	for _, n := range []int{10, 100, 1000} {
		c := testcase.Generated(t, n)
		cases["gen-"+strings.Repeat("0", 4-len(itoa(n)))+itoa(n)] = c
	}
	for name, c := range cases {
		for _, o := range []timeline.Orientation{timeline.Horizontal, timeline.Vertical} {
			for _, th := range []string{"light", "dark", "print"} {
				doc := render(t, c, timeline.Options{Orientation: o}, th)
				t.Run(name+"/"+string(o)+"/"+th, func(t *testing.T) { checkDocument(t, doc) })
				if viewDir != "" {
					if err := os.WriteFile(filepath.Join(viewDir, name+"-"+string(o)+"-"+th+".svg"), doc, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
