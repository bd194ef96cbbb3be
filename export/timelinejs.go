package export

import (
	"html"
	"io"
	"strconv"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// tlSlide is one slide of TimelineJS 3 JSON
// (https://timeline.knightlab.com/docs/json-format.html), whose document
// holds a title slide and a list of event slides. appendSlide writes an
// event's slide as encoding/json would write this, with its start_date
// and end_date (tlDate) after the text.
type tlSlide struct {
	Text        tlText `json:"text"`
	Group       string `json:"group,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
	UniqueID    string `json:"unique_id,omitempty"`
	// EDTF is the date as written in the case; TimelineJS ignores it, and
	// eventgraph's TimelineJS import reads it back exactly.
	EDTF string `json:"edtf,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tlDate is a TimelineJS date, {"year": "2021", "month": "2", "day":
// "15", "hour": "21", "minute": "30"}: numbers as strings, as its
// spreadsheet template writes them, as many as the date's precision
// gives; years before 1 are negative (astronomical: 0 is 1 BCE).
type tlDate struct {
	parts                    int // how many of the fields are given: 1, 2, 3 or 5; 0 for no date
	year                     int64
	month, day, hour, minute int
}

// TimelineJS writes g's case as TimelineJS 3 JSON: a title slide (the
// case's title and description) and one slide per event, dated from its
// EDTF date at its own precision (a season or unspecified digits as a span
// of months or years; an open end left open; an unknown start taken from
// the end), with display_date the date as eventgraph words it ("Summer
// 2019", "Feb 2021 (approx.)"), group the event's first participant (its
// lane on eventgraph's timeline), edtf the date as written (an extra field
// TimelineJS ignores, read back by eventgraph's import), and in its text the description,
// participants, the claims about it with their status and responses, and
// the sources. One slide per line.
func TimelineJS(g *graph.Graph) []byte {
	return collect(func(w io.Writer) error { return WriteTimelineJS(w, g) })
}

// WriteTimelineJS writes the TimelineJS JSON to w as it is made; it
// returns the first error of w.
func WriteTimelineJS(w io.Writer, g *graph.Graph) error {
	c := g.Case()
	d := newJSONDoc(w)
	if c.Meta.Title != "" {
		d.field("title", &tlSlide{Text: tlText{Headline: html.EscapeString(oneLine(c.Meta.Title)), Text: para(c.Meta.Description)}})
	}
	d.list("events")
	r := slideReads{c: c, t: newNames(c), src: newSources(c, true)}
	for i := 0; i < len(c.Events); i += slideBlock {
		events := c.Events[i:min(i+slideBlock, len(c.Events))]
		r.read(i, events)
		for j, e := range events {
			d.rawItem()
			d.out.b = appendSlide(d.out.b, e, r.slide(j))
			d.out.spill()
		}
	}
	d.end()
	return d.close()
}

// appendSlide appends the slide of an event to b as encoding/json (with
// SetEscapeHTML(false)) writes its tlSlide, without making the tlSlide:
// the HTML of its text is escaped straight into the JSON (appendJSONText).
// s is what the slide names of other records (slideReads).
func appendSlide(b []byte, e *casefile.Event, s slideData) []byte {
	b = append(b, '{')
	start, end := tlDates(e.Date)
	if start.parts > 0 {
		b = appendTLDate(append(b, `"start_date":`...), start)
		b = append(b, ',')
	}
	if end.parts > 0 {
		b = appendTLDate(append(b, `"end_date":`...), end)
		b = append(b, ',')
	}
	b = append(b, `"text":{"headline":"`...)
	b = appendJSONText(b, oneLine(e.Title), &htmlInJSON)
	b = append(b, '"')
	mark := len(b)
	b = append(b, `,"text":"`...)
	text := len(b)
	b = appendSlideText(b, e, s)
	if len(b) == text {
		b = b[:mark] // omitempty
	} else {
		b = append(b, '"')
	}
	b = append(b, '}')
	if len(s.who) > 0 {
		b = appendJSONField(b, "group", s.who[0])
	}
	b = appendJSONField(b, "display_date", e.Date.Label())
	b = appendJSONField(b, "unique_id", e.ID)
	b = appendJSONField(b, "edtf", e.Date.String())
	return append(b, '}')
}

// appendJSONField appends ,"key":"value" unless value is empty
// (omitempty).
func appendJSONField(b []byte, key, value string) []byte {
	if value == "" {
		return b
	}
	b = append(append(append(b, ',', '"'), key...), `":"`...)
	return append(appendJSONText(b, value, &jsonPlain), '"')
}

// appendTLDate appends d as JSON.
func appendTLDate(b []byte, d tlDate) []byte {
	b = strconv.AppendInt(append(b, `{"year":"`...), d.year, 10)
	b = append(b, '"')
	for i, f := range [...]struct {
		key   string
		value int
	}{{"month", d.month}, {"day", d.day}, {"hour", d.hour}, {"minute", d.minute}} {
		if i+1 >= d.parts {
			break
		}
		b = append(append(append(b, ',', '"'), f.key...), `":"`...)
		b = append(strconv.AppendInt(b, int64(f.value), 10), '"')
	}
	return append(b, '}')
}

// appendSlideText appends the HTML of an event's slide, escaped for JSON:
// its description, participants, the claims about
// it with their status and responses, and its sources. s is as for
// appendSlide.
func appendSlideText(b []byte, e *casefile.Event, s slideData) []byte {
	if d := oneLine(e.Description); d != "" {
		b = append(b, "<p>"...)
		b = append(appendJSONText(b, d, &htmlInJSON), "</p>"...)
	}
	if len(e.Participants) > 0 {
		b = append(b, "<p><b>Taking part:</b> "...)
		for i, p := range e.Participants {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendJSONText(b, s.who[i], &htmlInJSON)
			if p.Role != "" {
				b = append(b, " ("...)
				b = append(appendJSONText(b, oneLine(p.Role), &htmlInJSON), ')')
			}
		}
		b = append(b, "</p>"...)
	}
	names := s.claimNames
	for _, cl := range s.claims {
		b, names = appendClaim(b, cl, names)
	}
	if len(s.cited) > 0 {
		b = append(b, "<p><b>Sources:</b> "...)
		for i, c := range s.cited {
			if i > 0 {
				b = append(b, "; "...)
			}
			b = appendSource(b, c)
		}
		b = append(b, "</p>"...)
	}
	return b
}

// para writes text as an HTML paragraph, "" for none.
func para(s string) string {
	if s = oneLine(s); s == "" {
		return ""
	}
	return "<p>" + html.EscapeString(s) + "</p>"
}

// appendClaim appends a claim for a slide, in HTML escaped for JSON: its
// status in words, who made it, and the responses. names begins with the
// names of its claimants and respondents (slideReads.read); it returns
// what follows them.
func appendClaim(b []byte, cl *casefile.Claim, names []string) ([]byte, []string) {
	b = append(b, "<p><b>Claim, "...)
	b = appendJSONText(b, string(cl.Status), &htmlInJSON)
	b = append(b, ":</b> "...)
	b = appendJSONText(b, oneLine(cl.Statement), &htmlInJSON)
	if len(cl.Claimants) > 0 {
		b = append(b, " <i>("...)
		for i, a := range cl.Claimants {
			if i > 0 {
				b = append(b, ", "...)
			}
			if claimantID(a) != "" {
				b = appendJSONText(b, names[0], &htmlInJSON)
				names = names[1:]
			} else {
				b = appendJSONText(b, anonymousText(a), &htmlInJSON)
			}
		}
		b = append(b, ")</i>"...)
	}
	for _, r := range cl.Responses {
		b = append(b, "<br>"...)
		b = appendJSONText(b, names[0], &htmlInJSON)
		names = names[1:]
		b = append(b, ' ')
		b = appendJSONText(b, string(r.Stance), &htmlInJSON)
		if !r.Date.IsZero() {
			b = append(b, ", "...)
			b = appendJSONText(b, r.Date.Label(), &htmlInJSON)
		}
		if q := oneLine(r.Quote); q != "" {
			b = append(b, ": “"...)
			b = append(appendJSONText(b, q, &htmlInJSON), "”"...)
		}
	}
	return append(b, "</p>"...), names
}

// appendSource appends a source for a slide, in HTML escaped for JSON: a
// link when it has a URL.
func appendSource(b []byte, c cited) []byte {
	s := c.s
	if !c.ok {
		return appendJSONText(b, c.id, &htmlInJSON)
	}
	if s.url != "" {
		b = append(b, `<a href=\"`...)
		b = appendJSONText(b, s.url, &htmlInJSON)
		b = append(b, `\">`...)
	}
	b = appendJSONText(b, oneLine(s.title), &htmlInJSON)
	if s.url != "" {
		b = append(b, "</a>"...)
	}
	return b
}

// tlDates returns the start and end of a date for TimelineJS; end is
// none (parts 0) when the start says it all.
func tlDates(v edtf.Value) (start, end tlDate) {
	if !v.IsInterval {
		return tlSpan(v.Date)
	}
	switch {
	case v.Start.Kind == edtf.BoundDate:
		start, _ = tlSpan(v.Start.Date)
	default:
		start, _ = tlSpan(v.End.Date)
	}
	if v.End.Kind == edtf.BoundDate {
		s, e := tlSpan(v.End.Date)
		if e.parts == 0 {
			e = s
		}
		end = e
	}
	return start, end
}

// tlSpan returns a date's first day at its precision, and its last when
// TimelineJS cannot show the date as one unit (a season, unspecified
// digits).
func tlSpan(d edtf.Date) (start, end tlDate) {
	switch {
	case d.Precision == edtf.PrecisionSeason:
		return tlAt(d.Lower(), edtf.PrecisionMonth), tlAt(d.Upper(), edtf.PrecisionMonth)
	case d.Unspecified&(edtf.UnspecifiedYearOnes|edtf.UnspecifiedYearTens) != 0:
		return tlAt(d.Lower(), edtf.PrecisionYear), tlAt(d.Upper(), edtf.PrecisionYear)
	case d.Unspecified&edtf.UnspecifiedMonth != 0:
		return tlAt(d.Lower(), edtf.PrecisionYear), tlDate{}
	case d.Unspecified&edtf.UnspecifiedDay != 0:
		return tlAt(d.Lower(), edtf.PrecisionMonth), tlDate{}
	case d.Precision >= edtf.PrecisionMinute:
		// local time as written, not UTC
		return tlDate{parts: 5, year: int64(d.Year), month: int(d.Month), day: int(d.Day), hour: int(d.Hour), minute: int(d.Minute)}, tlDate{}
	}
	t := tlDate{parts: 1, year: int64(d.Year)}
	if d.Precision >= edtf.PrecisionMonth {
		t.parts, t.month = 2, int(d.Month)
	}
	if d.Precision >= edtf.PrecisionDay {
		t.parts, t.day = 3, int(d.Day)
	}
	return t, tlDate{}
}

// tlAt writes an instant at a precision.
func tlAt(t time.Time, p edtf.Precision) tlDate {
	d := tlDate{parts: 1, year: int64(t.Year())}
	if p >= edtf.PrecisionMonth {
		d.parts, d.month = 2, int(t.Month())
	}
	return d
}
