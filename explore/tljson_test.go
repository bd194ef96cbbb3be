package explore

import (
	"encoding/json"
	"testing"

	"github.com/eventgraph/eventgraph/internal/testcase"
)

// TestTimelineJSON checks the timeline as the page reads it: the base
// views (across and down) as JSON objects, every other view as a string
// holding the view's own JSON, the rest of the timeline as it is.
func TestTimelineJSON(t *testing.T) {
	c := testcase.Generated(t, 400)
	tl, err := buildTimeline(c, nodeIDs(t, c))
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Views) <= tlBaseViews {
		t.Fatalf("%d views; the test wants views of opened groups", len(tl.Views))
	}
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Views []json.RawMessage `json:"views"`
		Light []string          `json:"light"`
		Font  string            `json:"font"`
		Texts []string          `json:"texts"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Views) != len(tl.Views) {
		t.Fatalf("%d views written, want %d", len(got.Views), len(tl.Views))
	}
	eachOtherView(t, got.Views, tl, func(v int, raw json.RawMessage, want []byte) {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatalf("view %d is not written as a string: %.60s…", v, raw)
		}
		if s != string(want) {
			t.Errorf("view %d written as the string %.60s…, want %.60s…", v, s, want)
		}
	})
	if got.Font != tl.Font || len(got.Light) != len(tl.Light) || len(got.Texts) != len(tl.Texts) {
		t.Errorf("the rest of the timeline written as font %q, %d colours, %d texts; want %q, %d, %d",
			got.Font, len(got.Light), len(got.Texts), tl.Font, len(tl.Light), len(tl.Texts))
	}
}

// TestTimelineJSONAside checks the timeline as a compressed page holds
// it: the base views as JSON objects, every other view as the length of
// its JSON in ASCII, which follows, in order, in the text set aside.
func TestTimelineJSONAside(t *testing.T) {
	c := testcase.Generated(t, 400)
	tl, err := buildTimeline(c, nodeIDs(t, c))
	if err != nil {
		t.Fatal(err)
	}
	var aside []byte
	tl.aside = &aside
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Views []json.RawMessage `json:"views"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Views) != len(tl.Views) || len(tl.Views) <= tlBaseViews {
		t.Fatalf("%d views written of %d; the test wants views of opened groups", len(got.Views), len(tl.Views))
	}
	at := 0
	eachOtherView(t, got.Views, tl, func(v int, raw json.RawMessage, want []byte) {
		var n int
		if err := json.Unmarshal(raw, &n); err != nil || at+n > len(aside) {
			t.Fatalf("view %d is written as %.60s…, not the length of its JSON", v, raw)
		}
		if s := aside[at : at+n]; string(s) != string(asciiJS(want)) {
			t.Errorf("view %d set aside as %.60s…, want %.60s…", v, s, asciiJS(want))
		}
		at += n
	})
	if at != len(aside) {
		t.Errorf("%d bytes set aside, the views' lengths add up to %d", len(aside), at)
	}
}

// eachOtherView checks that the base views of tl are written as their JSON
// in views, as the page reads them, and calls f with every other view's
// place, what is written for it and its JSON.
func eachOtherView(t *testing.T, views []json.RawMessage, tl *Timeline, f func(v int, raw json.RawMessage, want []byte)) {
	t.Helper()
	for v, raw := range views {
		want, _ := json.Marshal(tl.Views[v])
		if v < tlBaseViews {
			if string(raw) != string(want) {
				t.Errorf("view %d written as %.60s…, want its JSON %.60s…", v, raw, want)
			}
			continue
		}
		f(v, raw, want)
	}
}
