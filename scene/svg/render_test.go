package svg_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/scene"
	"github.com/eventgraph/eventgraph/scene/svg"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample reads the scene package's sample scene.
func sample(t testing.TB) *scene.Scene {
	t.Helper()
	b, err := os.ReadFile("../testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	var s scene.Scene
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return &s
}

func TestGolden(t *testing.T) {
	out, err := svg.Bytes(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	testcase.Golden(t, "testdata/sample.svg", out, *update)
	again, _ := svg.Bytes(sample(t))
	if !bytes.Equal(out, again) {
		t.Error("two renderings differ")
	}
}

// TestRoot checks what an article needs of the root element, whatever the
// drawing: intrinsic size, fluid width, accessible name and description.
func TestRoot(t *testing.T) {
	out, err := svg.Bytes(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	head := string(out[:bytes.IndexByte(out, '\n')])
	id := regexp.MustCompile(`id="(eg[0-9a-f]{12})"`).FindStringSubmatch(head)
	if id == nil {
		t.Fatalf("root has no derived id: %s", head)
	}
	for _, want := range []string{
		`viewBox="0 0 320 200"`, `width="320"`, `height="200"`, `style="max-width:100%;height:auto"`,
		`role="img"`, `aria-labelledby="` + id[1] + `-title ` + id[1] + `-desc"`, `xml:lang="en"`, `class="eg-sample"`,
	} {
		if !strings.Contains(head, want) {
			t.Errorf("root lacks %s: %s", want, head)
		}
	}
	for _, want := range []string{
		`<title id="` + id[1] + `-title">A sample &lt;scene&gt; &amp; &quot;friends&quot;</title>`,
		`<style>#` + id[1] + ` .eg-claim`,
		`fill="url(#` + id[1] + `-p1)"`, `<pattern id="` + id[1] + `-p1"`, `<linearGradient id="` + id[1] + `-p2"`,
		`<a href="https://example.org/claim?a=1&amp;b=2"`, `paint-order="stroke"`, `<rect class="eg-bg" width="320" height="200" fill="#ffffff"/>`,
		`stroke="#c0392b" stroke-opacity="0.5"`, `<title>Han Dong</title>`, `aria-label="Person: Han Dong"`,
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	s := sample(t)
	s.ID = "fixed"
	fixed, _ := svg.Bytes(s)
	if !bytes.Contains(fixed, []byte(`<svg xmlns="http://www.w3.org/2000/svg" id="fixed"`)) {
		t.Error("Scene.ID is not the root's id")
	}
	s.Elements[0].Children[1].Lines[0].Text = "Han  Dong"
	other, _ := svg.Bytes(s)
	s.ID = ""
	derived, _ := svg.Bytes(s)
	if bytes.Contains(derived, []byte(id[1])) || bytes.Equal(other, fixed) {
		t.Error("a different scene kept the derived id")
	}
}

// TestWellFormed parses the SVG with encoding/xml and, when installed,
// xmllint.
func TestWellFormed(t *testing.T) {
	out, err := svg.Bytes(hostile())
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(out))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, out)
		}
	}
	for _, bad := range []string{"<script", "javascript:", "onload"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("hostile text came through as markup: %s", bad)
		}
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		if os.Getenv("EVENTGRAPH_REQUIRE_TOOLS") != "" {
			t.Fatal("xmllint is required (apt-get install libxml2-utils)")
		}
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	}
	cmd := exec.Command("xmllint", "--noout", "-")
	cmd.Stdin = bytes.NewReader(out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v\n%s", err, msg)
	}
}

// hostile is a scene whose every text is an attack on the markup.
func hostile() *scene.Scene {
	h := `</text><script>alert(1)</script>&amp;"'` + "\x01\u202e"
	return &scene.Scene{
		Width: 100, Height: 50, Title: h, Desc: h, Language: `en"x`, Class: h, ID: `a"b`,
		FontFamily: `'x"</svg>`, Style: `</style><script>alert(1)</script>`,
		Elements: []scene.Element{{
			Kind: scene.Group, ID: h, Class: h, Title: h, Desc: h, Role: h, Label: h,
			Children: []scene.Element{
				{Kind: scene.Text, Class: h, Font: scene.Font{Size: 10, Family: h}, Lines: []scene.Line{{Text: h}, {Text: h, Y: 20}}},
				{Kind: scene.Rect, Title: h, W: 5, H: 5, Fill: scene.Fill{Colour: "#fff"}},
			},
		}},
	}
}

func TestErrors(t *testing.T) {
	if _, err := svg.Bytes(nil); !errors.Is(err, svg.ErrNoScene) {
		t.Errorf("nil scene: %v", err)
	}
	var b bytes.Buffer
	err := svg.Render(&b, &scene.Scene{Width: 1, Height: 1, Elements: []scene.Element{{Kind: scene.Group, Href: "javascript:x"}}})
	if !errors.Is(err, scene.ErrInvalid) || b.Len() > 0 {
		t.Errorf("unsafe link: %v, wrote %d bytes", err, b.Len())
	}
}

// TestConcurrent renders from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	s := sample(t)
	want, _ := svg.Bytes(s)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got, err := svg.Bytes(s)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("concurrent rendering differs: %v", err)
			}
		})
	}
	wg.Wait()
}

func BenchmarkRender(b *testing.B) {
	s := sample(b)
	var els []scene.Element
	for range 500 {
		els = append(els, s.Elements...)
	}
	s.Elements = els
	for i := range s.Elements {
		s.Elements[i].ID = ""
	}
	for b.Loop() {
		if _, err := svg.Bytes(s); err != nil {
			b.Fatal(err)
		}
	}
}
