package timeline_test

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/internal/testcase"
	"github.com/eventgraph/eventgraph/timeline"
)

// keyRule is one kind of mark and the words the key explains it with.
type keyRule struct {
	name  string
	drawn func(it timeline.Item, group string) bool
	key   string // a part of the key's text
}

// uncertainInText finds a date written as uncertain: a "?" after a digit.
var uncertainInText = regexp.MustCompile(`[0-9]\?`)

// sourceRef finds a source reference: "[2]" or "[1, 3]".
var sourceRef = regexp.MustCompile(`\[[0-9]+(, [0-9]+)*\]`)

// keyRules lists every mark a timeline draws that needs explaining.
func keyRules() []keyRule {
	inGroup := func(class string) func(timeline.Item, string) bool {
		return func(_ timeline.Item, g string) bool { return hasClass(g, class) }
	}
	rules := []keyRule{
		{"point", inGroup("eg-point"), "Event on a known day"},
		{"span", inGroup("eg-span"), "Date known only to the month"},
		{"approximate mark", inGroup("eg-approximate"), "Approximate date (~)"},
		{"uncertain mark", inGroup("eg-uncertain"), "Uncertain date (?)"},
		{"open end", inGroup("eg-open"), "Open end (..)"},
		{"unknown end", inGroup("eg-unknown-end"), "not known: dotted tail"},
		{"cut", inGroup("eg-cut"), "beyond the edge of the chart"},
		{"several events", inGroup("eg-aggregate"), "Several events drawn as one"},
		{"person lane", func(it timeline.Item, _ string) bool {
			return hasClass(it.Class, "eg-lane-label") && hasClass(it.Class, "eg-person")
		}, "Person taking part"},
		{"organization lane", func(it timeline.Item, _ string) bool {
			return hasClass(it.Class, "eg-lane-label") && hasClass(it.Class, "eg-organization")
		}, "Organization taking part"},
		{"axis break", func(it timeline.Item, _ string) bool { return hasClass(it.Class, "eg-break") }, "Axis break"},
		{"? after a date", func(it timeline.Item, _ string) bool { return anyLine(it, uncertainInText.MatchString) }, "A date ending in “?”"},
		{"(approx.) after a date", func(it timeline.Item, _ string) bool {
			return anyLine(it, func(s string) bool { return strings.Contains(s, "(approx.)") })
		}, "“(approx.)” after a date"},
		{"source numbers", func(it timeline.Item, _ string) bool {
			return !hasClass(it.Class, "eg-source") && anyLine(it, sourceRef.MatchString)
		}, "Numbers in brackets"},
	}
	for _, st := range casefile.Statuses {
		rules = append(rules, keyRule{"status " + string(st), func(it timeline.Item, g string) bool {
			return (hasClass(it.Class, "eg-claim") || hasClass(g, "eg-claim")) && (hasClass(it.Class, "eg-"+string(st)) || hasClass(g, "eg-"+string(st)))
		}, st.Meaning()})
	}
	return rules
}

func hasClass(classes, c string) bool {
	for _, f := range strings.Fields(classes) {
		if f == c {
			return true
		}
	}
	return false
}

func anyLine(it timeline.Item, f func(string) bool) bool {
	for _, l := range it.Lines {
		if f(l.Text) {
			return true
		}
	}
	return false
}

// TestKeyExplainsEveryMark lays out every case of the repository in both
// orientations, with claims as badges and in full, cropped and as of a
// date, and checks that the key explains every kind of mark drawn outside
// it: event marks by their date's kind, lanes, axis breaks, claim
// statuses, source numbers, and a "?" or "(approx.)" written after a
// date.
func TestKeyExplainsEveryMark(t *testing.T) {
	cases := testcase.RepoCases(t)
	// A generated case crowded enough to be drawn with "N events" marks.
	cases["generated-1000"] = testcase.Generated(t, 1000)
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	variants := []struct {
		name string
		o    timeline.Options
	}{
		{"default", timeline.Options{}},
		{"claims-full", timeline.Options{Claims: timeline.ClaimsFull}},
		{"cropped", timeline.Options{From: edtf.MustParse("2019"), To: edtf.MustParse("2023-03")}},
		{"as-of", timeline.Options{AsOf: edtf.MustParse("2023-03-21")}},
	}
	rules := keyRules()
	seen := map[string]bool{}
	for _, name := range names {
		for _, or := range []timeline.Orientation{timeline.Horizontal, timeline.Vertical} {
			for _, v := range variants {
				o := v.o
				o.Orientation = or
				s, err := timeline.Layout(cases[name], o)
				if err != nil {
					t.Fatalf("%s %s %s: %v", name, or, v.name, err)
				}
				groups := map[string]string{}
				for _, g := range s.Groups {
					groups[g.ID] = g.Class
				}
				var key strings.Builder
				for _, it := range s.Items {
					if hasClass(it.Class, "eg-legend-text") {
						for _, l := range it.Lines {
							key.WriteString(l.Text + " ")
						}
					}
				}
				// The key wraps its texts: compare words, not lines.
				keyText := strings.Join(strings.Fields(key.String()), " ")
				for _, r := range rules {
					for _, it := range s.Items {
						g := groups[it.Group]
						if strings.Contains(it.Class, "eg-legend") || hasClass(g, "eg-legend") || !r.drawn(it, g) {
							continue
						}
						seen[r.name] = true
						if !strings.Contains(keyText, r.key) {
							t.Errorf("%s %s %s: %s is drawn (%s %q) but the key does not explain it (%q)", name, or, v.name, r.name, it.Class, firstLine(it), r.key)
						}
						break
					}
				}
			}
		}
	}
	// Together the cases draw every kind of mark, so that the test
	// covers every rule.
	for _, r := range rules {
		if !seen[r.name] {
			t.Errorf("no case draws %s: the test does not cover it", r.name)
		}
	}
}
