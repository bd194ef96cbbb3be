package explore

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

func TestSearchTexts(t *testing.T) {
	nodes := []Node{
		{ID: "han-dong", Label: "Han Dong", Desc: "MP for Don Valley North", Place: "Ottawa",
			Aliases: []string{"韓東", "DONG"}, Tags: []string{"MP", ""}},
		{ID: "c1", Label: "ΟΔΟΣ ΣΑΣ", Responses: []Response{{Quote: "İstanbul"}, {Quote: ""}, {Quote: "ΑΣ'"}}},
		{ID: "x", Label: "split\x02here"},
	}
	got := searchTexts(nodes)
	want := []string{"han-dong\x01han dong\x01mp for don valley north\x01ottawa\x01韓東\x01dong\x01mp\x01" +
		"\x02c1\x01οδος σας\x01i\u0307stanbul\x01ας'" +
		"\x02x\x01split here"}
	if !slices.Equal(got, want) {
		t.Errorf("searchTexts =\n%q\nwant\n%q", got, want)
	}
}

// TestSearchTextsChunks checks that records are held SearchChunk to a
// string, each record's text in its place.
func TestSearchTextsChunks(t *testing.T) {
	for _, n := range []int{1, SearchChunk - 1, SearchChunk, SearchChunk + 1, 3*SearchChunk + 7} {
		nodes := make([]Node, n)
		for i := range nodes {
			nodes[i] = Node{ID: fmt.Sprint("R", i), Label: "L"}
		}
		got := searchTexts(nodes)
		if len(got) != (n+SearchChunk-1)/SearchChunk {
			t.Fatalf("%d records: %d strings, want %d", n, len(got), (n+SearchChunk-1)/SearchChunk)
		}
		for c, s := range got {
			recs := strings.Split(s, "\x02")
			for k, r := range recs {
				if i := c*SearchChunk + k; r != fmt.Sprint("r", i, "\x01l") {
					t.Fatalf("%d records: record %d is %q", n, i, r)
				}
			}
			if len(recs) != min(SearchChunk, n-c*SearchChunk) {
				t.Errorf("%d records: string %d holds %d", n, c, len(recs))
			}
		}
	}
}

// TestSearchTextsOnlyLarge checks that a page holds the search texts,
// those of searchTexts, when its data are compressed, and not otherwise.
func TestSearchTextsOnlyLarge(t *testing.T) {
	for name, events := range map[string]int{"seed": 0, "generated-2000": 2000} {
		c := testcase.Seed(t)
		if events > 0 {
			c = testcase.Generated(t, events)
		}
		p, err := Build(t.Context(), c, Options{})
		if err != nil {
			t.Fatal(err)
		}
		data := pageData(t, p.HTML)
		var d struct {
			Nodes  []Node   `json:"nodes"`
			Search []string `json:"search"`
		}
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		compressed := bytes.Contains(p.HTML, []byte(`data-encoding="gzip+base64"`))
		if compressed != (events > 0) {
			t.Fatalf("%s: compressed %v; the test wants a large generated case compressed and the bundled one not", name, compressed)
		}
		want := []string(nil)
		if compressed {
			want = searchTexts(d.Nodes)
		}
		if !slices.Equal(d.Search, want) {
			t.Errorf("%s: the page holds %d search texts, want %d", name, len(d.Search), len(want))
		}
	}
}

// pageData returns the case's JSON a page holds, inflated when it is
// compressed.
func pageData(t *testing.T, page []byte) []byte {
	t.Helper()
	if _, rest, ok := bytes.Cut(page, []byte(`data-encoding="gzip+base64">`)); ok {
		b64, _, _ := bytes.Cut(rest, []byte("</script>"))
		z, err := base64.StdEncoding.DecodeString(string(b64))
		if err != nil {
			t.Fatal(err)
		}
		r, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	_, rest, ok := bytes.Cut(page, []byte(`id="case-data">`))
	if !ok {
		t.Fatal("the page holds no case data")
	}
	data, _, _ := bytes.Cut(rest, []byte("</script>"))
	return data
}
