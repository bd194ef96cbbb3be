package explore

import (
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/browsertest"
)

// tlClaim is how the timeline draws a part of a claim beside its event
// (see claims in timeline.js).
type tlClaim struct {
	ID     string
	Shown  bool
	Status casefile.Status
	What   int
	Text   string
	Style  map[string]any
}

// TestTimelineClaimsAsOf steps the As of slider over the bundled case and
// checks, at every stop, each claim the timeline writes beside its event
// against casefile.AsOf at that date: a claim not yet made is not drawn,
// and one made says the status AsOf gives it, in words ("3 DISPUTED: …")
// and in the style of a claim line with that status; at the end every
// claim says its final status. In the bundled case Han Dong answered each
// claim the day it was made, so a claim someone else answered later shows
// an earlier status on the way; in a copy where his answers come three
// days later, his claims do.
func TestTimelineClaimsAsOf(t *testing.T) {
	t.Parallel()
	t.Run("bundled", func(t *testing.T) {
		c, tb := seedPage(t)
		claimsAsOf(t, c, tb, "")
	})
	t.Run("later answers", func(t *testing.T) {
		fsys := fstest.MapFS{}
		err := fs.WalkDir(data.FS, data.SeedCase, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(data.FS, p)
			if err != nil {
				return err
			}
			// Dong's answers of 21 March 2023, moved to the 24th.
			s := strings.ReplaceAll(string(b), "- who: han-dong\n        stance: denies\n        date: 2023-03-21", "- who: han-dong\n        stance: denies\n        date: 2023-03-24")
			s = strings.ReplaceAll(s, "- who: han-dong\n        stance: partially-confirms\n        date: 2023-03-21", "- who: han-dong\n        stance: partially-confirms\n        date: 2023-03-24")
			fsys[p] = &fstest.MapFile{Data: []byte(s)}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		c, err := casefile.Load(fsys, data.SeedCase)
		if err != nil {
			t.Fatal(err)
		}
		p := builtPage(t, c)
		claimsAsOf(t, c, browsertest.Open(t, browsertest.WritePage(t, p.HTML), 1280), "han-dong")
	})
}

// claimsAsOf checks the claims beside the events of c's page in tb at
// every stop of the As of slider; some claim must be drawn with an
// earlier status than its final one on the way: one that by answered
// denying or partly confirming it, or any ("").
func claimsAsOf(t *testing.T, c *casefile.Case, tb *browsertest.Tab, by string) {
	// The styles of a claim line's swatch and text, by status.
	looks := map[casefile.Status][]map[string]any{}
	for _, st := range casefile.Statuses {
		looks[st] = browsertest.Eval[[]map[string]any](t, tb, `eventgraphExplorer.timeline.look("`+string(st)+`")`)
	}
	// The claims in question, with their final statuses.
	dong := map[string]casefile.Status{}
	for _, cl := range c.Claims {
		for _, r := range cl.Responses {
			if by == "" || r.Who == by && (r.Stance == casefile.StanceDenies || r.Stance == casefile.StancePartlyConfirms) {
				dong[cl.ID] = cl.Status
			}
		}
	}
	if len(dong) == 0 {
		t.Fatalf("the case has no claim %s denied or partly confirmed", by)
	}
	check := func(when string, got []tlClaim, made map[string]bool, status map[string]casefile.Status) {
		t.Helper()
		for _, g := range got {
			if g.Shown != made[g.ID] {
				t.Errorf("%s: claim %s drawn %v, but casefile.AsOf has it made %v", when, g.ID, g.Shown, made[g.ID])
				continue
			}
			if !g.Shown {
				continue
			}
			want := status[g.ID]
			if g.Status != want {
				t.Errorf("%s: claim %s has status %s in the timeline, casefile.AsOf gives %s", when, g.ID, g.Status, want)
				continue
			}
			switch g.What {
			case ClaimSwatch:
				if !reflect.DeepEqual(g.Style, looks[want][0]) {
					t.Errorf("%s: the swatch of claim %s is drawn in style %v, a %s claim's is %v", when, g.ID, g.Style, want, looks[want][0])
				}
			case ClaimText, ClaimStyle:
				if g.Style["f"] != looks[want][1]["f"] {
					t.Errorf("%s: the text of claim %s is in colour %v, a %s claim's is %v", when, g.ID, g.Style["f"], want, looks[want][1]["f"])
				}
				_, rest, _ := strings.Cut(g.Text, " ")
				if g.What == ClaimText && !strings.HasPrefix(rest, want.Words().Badge) {
					t.Errorf("%s: claim %s reads %q, want its status %q after its number", when, g.ID, g.Text, want.Words().Badge)
				}
			}
		}
	}
	stops := browsertest.Eval[int](t, tb, `+document.getElementById('asof-range').max`)
	earlier := map[string]bool{} // Dong's claims seen drawn with a status before their final one
	for k := 0; k < stops; k++ {
		date := browsertest.Eval[string](t, tb, fmt.Sprintf(`(() => { const r = document.getElementById('asof-range'); r.value = '%d'; r.dispatchEvent(new Event('input')); return document.getElementById('asof-date').value })()`, k))
		d, err := edtf.Parse(date)
		if err != nil {
			t.Fatalf("stop %d: the date field says %q: %v", k, date, err)
		}
		a := c.AsOf(d)
		made, status := map[string]bool{}, map[string]casefile.Status{}
		for _, cl := range a.Claims {
			made[cl.ID], status[cl.ID] = true, cl.Status
		}
		got := browsertest.Eval[[]tlClaim](t, tb, `eventgraphExplorer.timeline.claims()`)
		check("as of "+date, got, made, status)
		for _, g := range got {
			if final, ok := dong[g.ID]; ok && g.Shown && g.What == ClaimText && g.Status != final {
				earlier[g.ID] = true
			}
		}
	}
	if len(earlier) == 0 {
		t.Errorf("no claim of %v is drawn with an earlier status at any As of date", dong)
	}
	// The end of the case: every claim says its final status.
	browsertest.Eval[string](t, tb, fmt.Sprintf(`(() => { const r = document.getElementById('asof-range'); r.value = '%d'; r.dispatchEvent(new Event('input')); return document.getElementById('asof-out').textContent })()`, stops))
	made, status := map[string]bool{}, map[string]casefile.Status{}
	for _, cl := range c.Claims {
		made[cl.ID], status[cl.ID] = true, cl.Status
	}
	got := browsertest.Eval[[]tlClaim](t, tb, `eventgraphExplorer.timeline.claims()`)
	check("at the end of the case", got, made, status)
	var texts []string
	for _, g := range got {
		if g.What == ClaimText {
			texts = append(texts, g.ID)
		}
	}
	for id := range earlier {
		if !slices.Contains(texts, id) {
			t.Errorf("the timeline does not write claim %s beside its event (written: %v)", id, texts)
		}
	}
}
