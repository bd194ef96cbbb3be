package export

import (
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// tlSlide is one slide of TimelineJS 3 JSON
// (https://timeline.knightlab.com/docs/json-format.html), whose document
// holds a title slide and a list of event slides.
type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"`
	EndDate     *tlDate `json:"end_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
	// EDTF is the date as written in the case; TimelineJS ignores it, and
	// eventgraph's TimelineJS import reads it back exactly.
	EDTF string `json:"edtf,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tlDate is a TimelineJS date: numbers as strings, as its spreadsheet
// template writes them; years before 1 are negative (astronomical: 0 is 1
// BCE).
type tlDate struct {
	Year   string `json:"year"`
	Month  string `json:"month,omitempty"`
	Day    string `json:"day,omitempty"`
	Hour   string `json:"hour,omitempty"`
	Minute string `json:"minute,omitempty"`
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
	claims := map[string][]*casefile.Claim{}
	for _, cl := range c.Claims {
		for _, id := range cl.About {
			claims[id] = append(claims[id], cl)
		}
	}
	for _, e := range c.Events {
		s := tlSlide{Text: tlText{Headline: html.EscapeString(oneLine(e.Title))}, DisplayDate: e.Date.Label(), UniqueID: e.ID,
			EDTF: e.Date.String()}
		s.StartDate, s.EndDate = tlDates(e.Date)
		if len(e.Participants) > 0 {
			s.Group = c.Name(e.Participants[0].Who)
		}
		var b strings.Builder
		b.WriteString(para(e.Description))
		if len(e.Participants) > 0 {
			var who []string
			for _, p := range e.Participants {
				w := html.EscapeString(c.Name(p.Who))
				if p.Role != "" {
					w += " (" + html.EscapeString(oneLine(p.Role)) + ")"
				}
				who = append(who, w)
			}
			b.WriteString("<p><b>Taking part:</b> " + strings.Join(who, ", ") + "</p>")
		}
		for _, cl := range claims[e.ID] {
			b.WriteString(tlClaim(c, cl))
		}
		if len(e.Sources) > 0 {
			var src []string
			for _, id := range e.Sources {
				src = append(src, tlSource(c, id))
			}
			b.WriteString("<p><b>Sources:</b> " + strings.Join(src, "; ") + "</p>")
		}
		s.Text.Text = b.String()
		d.item(&s)
	}
	d.end()
	return d.close()
}

// para writes text as an HTML paragraph, "" for none.
func para(s string) string {
	if s = oneLine(s); s == "" {
		return ""
	}
	return "<p>" + html.EscapeString(s) + "</p>"
}

// tlClaim writes a claim for a slide: its status in words, who made it,
// and the responses.
func tlClaim(c *casefile.Case, cl *casefile.Claim) string {
	by := claimantNames(c, cl)
	s := "<p><b>Claim, " + html.EscapeString(string(cl.Status)) + ":</b> " + html.EscapeString(oneLine(cl.Statement))
	if len(by) > 0 {
		s += " <i>(" + html.EscapeString(strings.Join(by, ", ")) + ")</i>"
	}
	for _, r := range cl.Responses {
		s += "<br>" + html.EscapeString(c.Name(r.Who)+" "+string(r.Stance))
		if !r.Date.IsZero() {
			s += ", " + html.EscapeString(r.Date.Label())
		}
		if q := oneLine(r.Quote); q != "" {
			s += ": “" + html.EscapeString(q) + "”"
		}
	}
	return s + "</p>"
}

// tlSource writes a source as a link when it has a URL.
func tlSource(c *casefile.Case, id string) string {
	s := c.Source(id)
	if s == nil {
		return html.EscapeString(id)
	}
	t := html.EscapeString(oneLine(s.Title))
	if s.URL != "" {
		return `<a href="` + html.EscapeString(s.URL) + `">` + t + "</a>"
	}
	return t
}

// tlDates returns the start and end of a date for TimelineJS; end is nil
// when the start says it all.
func tlDates(v edtf.Value) (start, end *tlDate) {
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
		if e == nil {
			e = s
		}
		end = e
	}
	return start, end
}

// tlSpan returns a date's first day at its precision, and its last when
// TimelineJS cannot show the date as one unit (a season, unspecified
// digits).
func tlSpan(d edtf.Date) (start, end *tlDate) {
	switch {
	case d.Precision == edtf.PrecisionSeason:
		return tlAt(d.Lower(), edtf.PrecisionMonth), tlAt(d.Upper(), edtf.PrecisionMonth)
	case d.Unspecified&(edtf.UnspecifiedYearOnes|edtf.UnspecifiedYearTens) != 0:
		return tlAt(d.Lower(), edtf.PrecisionYear), tlAt(d.Upper(), edtf.PrecisionYear)
	case d.Unspecified&edtf.UnspecifiedMonth != 0:
		return tlAt(d.Lower(), edtf.PrecisionYear), nil
	case d.Unspecified&edtf.UnspecifiedDay != 0:
		return tlAt(d.Lower(), edtf.PrecisionMonth), nil
	case d.Precision >= edtf.PrecisionMinute:
		// local time as written, not UTC
		return &tlDate{Year: strconv.FormatInt(d.Year, 10), Month: strconv.Itoa(int(d.Month)), Day: strconv.Itoa(int(d.Day)),
			Hour: strconv.Itoa(int(d.Hour)), Minute: strconv.Itoa(int(d.Minute))}, nil
	}
	t := &tlDate{Year: strconv.FormatInt(d.Year, 10)}
	if d.Precision >= edtf.PrecisionMonth {
		t.Month = strconv.Itoa(int(d.Month))
	}
	if d.Precision >= edtf.PrecisionDay {
		t.Day = strconv.Itoa(int(d.Day))
	}
	return t, nil
}

// tlAt writes an instant at a precision.
func tlAt(t time.Time, p edtf.Precision) *tlDate {
	d := &tlDate{Year: strconv.Itoa(t.Year())}
	if p >= edtf.PrecisionMonth {
		d.Month = strconv.Itoa(int(t.Month()))
	}
	return d
}
