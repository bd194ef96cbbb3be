package timeline

import (
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// sourceList numbers the sources the chart cites, in order of first
// citation (see numbering).
type sourceList struct {
	// hidden is set when the list is not drawn: nothing is cited then.
	hidden bool
	byID   map[string]*casefile.Source
	num    map[string]int
	order  []*casefile.Source
}

func newSourceList(c *casefile.Case) *sourceList {
	l := &sourceList{byID: map[string]*casefile.Source{}, num: map[string]int{}}
	for _, s := range c.Sources {
		l.byID[s.ID] = s
	}
	return l
}

// cite numbers the sources ids names that have no number yet, in
// first-citation order; it does nothing when the list is hidden.
func (l *sourceList) cite(ids []string) {
	if l.hidden {
		return
	}
	for _, id := range ids {
		s, ok := l.byID[id]
		if _, done := l.num[id]; !ok || done {
			continue
		}
		l.order = append(l.order, s)
		l.num[id] = len(l.order)
	}
}

// refs writes the numbers of the sources ids names as "[1, 3]"; "" when
// none has a number (see cite), or when the list is hidden. It changes
// nothing.
func (l *sourceList) refs(ids []string) string {
	if l.hidden {
		return ""
	}
	var nums []int
	for _, id := range ids {
		if n, ok := l.num[id]; ok {
			nums = append(nums, n)
		}
	}
	if len(nums) == 0 {
		return ""
	}
	// ids are distinct in a valid case; keep them in citation order.
	for i := 1; i < len(nums); i++ {
		for j := i; j > 0 && nums[j] < nums[j-1]; j-- {
			nums[j], nums[j-1] = nums[j-1], nums[j]
		}
	}
	parts := make([]string, 0, len(nums))
	for i, n := range nums {
		if i > 0 && n == nums[i-1] {
			continue
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// entryText writes one line of the source list: "Global News: “Liberal MP
// Han Dong …”, 22 Mar 2023".
func (l *sourceList) entryText(s *casefile.Source, a actors) string {
	var b strings.Builder
	if s.Publisher != "" {
		b.WriteString(nameOf(a, s.Publisher))
		b.WriteString(": ")
	}
	b.WriteString("“" + cleanText(s.Title) + "”")
	if !s.Date.IsZero() {
		b.WriteString(", " + s.Date.Label())
	}
	return b.String()
}

// block lays out the numbered source list in n columns of width colW.
func (l *sourceList) block(a actors, colW float64, n int) block {
	if len(l.order) == 0 {
		return block{}
	}
	numW := textWidth(strconv.Itoa(len(l.order))+".", sizeSourceList) + 6
	blocks := make([]block, 0, len(l.order))
	for i, s := range l.order {
		group := "source-" + s.ID
		var e block
		num := textItem(RoleMuted, "eg-source-number", []string{strconv.Itoa(i+1) + "."}, 0, 0, sizeSourceList, false)
		num.Group = group
		e.add(num)
		var t block
		t.text(RoleMuted, "eg-source", l.entryText(s, a), sizeSourceList, false, colW-numW, 0, 0)
		for _, it := range t.placed(numW, 0, group) {
			it.Halo = false
			it.Href = linkOf(s.URL)
			e.add(it)
		}
		blocks = append(blocks, e)
	}
	var out block
	head := textItem(RoleText, "eg-sources-title", []string{"Sources"}, 0, 0, sizeHeading, true)
	out.add(head)
	body := columns(blocks, n, colW, colGap, 3)
	for _, it := range body.items {
		out.add(moved(it, 0, head.H+4))
	}
	return out
}
