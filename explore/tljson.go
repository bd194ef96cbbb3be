package explore

import "encoding/json"

// tlBaseViews is how many of Timeline.Views the page may show on
// opening: the whole case across and down.
const tlBaseViews = 2

// MarshalJSON writes the timeline with each view past the base views (the
// views of aggregates, shown when the reader opens one) as a string of
// its JSON, which the page parses when it first shows the view. A
// 10,000-event case has some sixty such views, 1.5 MB of JSON: read as
// strings, they cost its page a copy, not the some 150 ms of making
// their arrays, before it is ready. With t.aside set (a compressed
// page), each such view is written as the length of its JSON, in ASCII
// (asciiJS), which is appended to *t.aside instead: the page cuts the
// views out of one text decoded apart from the case's JSON, and so
// neither unescapes them nor parses them as strings of JSON.
func (t Timeline) MarshalJSON() ([]byte, error) {
	type plain Timeline
	views := make([]any, len(t.Views))
	for v := range t.Views {
		if v < tlBaseViews {
			views[v] = t.Views[v]
			continue
		}
		b, err := json.Marshal(t.Views[v])
		if err != nil {
			return nil, err
		}
		if t.aside != nil {
			b = asciiJS(b)
			*t.aside = append(*t.aside, b...)
			views[v] = len(b)
			continue
		}
		views[v] = string(b)
	}
	return json.Marshal(struct {
		plain
		Views []any `json:"views"`
	}{plain(t), views})
}
