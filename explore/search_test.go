package explore

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

func TestSearchText(t *testing.T) {
	nodes := []Node{
		{ID: "han-dong", Label: "Han Dong", Desc: "MP for Don Valley North", Place: "Ottawa",
			Aliases: []string{"韓東", "DONG"}, Tags: []string{"MP", ""}},
		{ID: "c1", Label: "ΟΔΟΣ ΣΑΣ", Responses: []Response{{Quote: "İstanbul"}, {Quote: ""}, {Quote: "ΑΣ'"}}},
		{ID: "x", Label: "split\x02here"},
	}
	got := searchText(nodes)
	want := "han-dong\x01han dong\x01mp for don valley north\x01ottawa\x01韓東\x01dong\x01mp\x01" +
		"\x02c1\x01οδος σας\x01i\u0307stanbul\x01ας'" +
		"\x02x\x01split here"
	if got != want {
		t.Errorf("searchText =\n%q\nwant\n%q", got, want)
	}
	if got := searchText(nil); got != "" {
		t.Errorf("searchText(nil) = %q, want \"\"", got)
	}
}

// TestSearchTextOnlyLarge checks that a page holds the search text, that
// of searchText, after its JSON when its data are compressed, and none
// otherwise.
func TestSearchTextOnlyLarge(t *testing.T) {
	for name, p := range smallAndLargePages(t) {
		large := name != "seed"
		data, search, _ := pageParts(t, p.HTML)
		var d struct {
			Nodes []Node `json:"nodes"`
		}
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		compressed := bytes.Contains(p.HTML, []byte(`data-encoding="gzip+base64"`))
		if compressed != large {
			t.Fatalf("%s: compressed %v; the test wants a large generated case compressed and the bundled one not", name, compressed)
		}
		want := ""
		if compressed {
			want = searchText(d.Nodes)
		}
		if string(search) != want {
			t.Errorf("%s: the page holds a search text of %d bytes, want %d", name, len(search), len(want))
		}
		if bytes.Contains(data, []byte(`"search"`)) {
			t.Errorf("%s: the case's JSON holds a search text", name)
		}
	}
}

// smallAndLargePages returns the explorer pages of the bundled case
// ("seed", its data held as JSON) and of a generated case large enough
// for its data to be compressed ("generated-2000").
func smallAndLargePages(t *testing.T) map[string]*Page {
	t.Helper()
	pages := map[string]*Page{}
	for name, c := range map[string]*casefile.Case{"seed": testcase.Seed(t), "generated-2000": testcase.Generated(t, 2000)} {
		p := builtPage(t, c)
		pages[name] = p
	}
	return pages
}

// pageParts returns the case's JSON a page holds, the search text and the
// views of aggregates that follow it when it is compressed (nil when it
// is not), inflated and cut where the element's data-parts says.
func pageParts(t *testing.T, page []byte) (data, search, views []byte) {
	t.Helper()
	if _, rest, ok := bytes.Cut(page, []byte(`data-encoding="gzip+base64" data-parts="`)); ok {
		lens, rest, _ := bytes.Cut(rest, []byte(`">`))
		var j, s, v int
		if _, err := fmt.Sscanf(string(lens), "%d %d %d", &j, &s, &v); err != nil {
			t.Fatalf("data-parts=%q: %v", lens, err)
		}
		b64, _, _ := bytes.Cut(rest, []byte("</script>"))
		z, err := base64.StdEncoding.DecodeString(string(b64))
		if err != nil {
			t.Fatal(err)
		}
		r, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatal(err)
		}
		all, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != j+s+v {
			t.Fatalf("the data hold %d bytes; data-parts says %d + %d + %d", len(all), j, s, v)
		}
		return all[:j], all[j : j+s], all[j+s:]
	}
	_, rest, ok := bytes.Cut(page, []byte(`id="case-data">`))
	if !ok {
		t.Fatal("the page holds no case data")
	}
	data, _, _ = bytes.Cut(rest, []byte("</script>"))
	return data, nil, nil
}
