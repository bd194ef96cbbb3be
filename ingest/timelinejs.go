package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
	"go.yaml.in/yaml/v3"
)

type tlDoc struct {
	Title  *tlSlide  `json:"title"`
	Events []tlSlide `json:"events"`
}

type tlSlide struct {
	StartDate map[string]any `json:"start_date"`
	EndDate   map[string]any `json:"end_date"`
	Text      struct {
		Headline string `json:"headline"`
		Text     string `json:"text"`
	} `json:"text"`
	Group    string `json:"group"`
	UniqueID string `json:"unique_id"`
	// EDTF is the slide's date as EDTF; eventgraph's export writes it, and
	// TimelineJS ignores it.
	EDTF string `json:"edtf"`
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// TimelineJS reads a TimelineJS 3 JSON file (name is how errors refer to
// it) and returns the case folder: case.yaml from the title slide,
// events.yaml with one event per slide. An event's ID is the slide's
// unique_id when it is a valid ID, else made from the headline; its date
// is the slide's edtf (written by eventgraph's export) or else made from
// start_date and end_date; its description is the slide's text without
// HTML; the slide's group becomes a tag. Made-up values carry a comment.
func TimelineJS(name string, data []byte) (*Case, error) {
	var in tlDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&in); err != nil {
		return nil, ErrorList{{Where: name + jsonWhere(data, err), Msg: "not TimelineJS JSON: " + jsonMsg(err)}}
	}
	var errs ErrorList
	fail := func(path, format string, args ...any) {
		errs = append(errs, &Error{Where: name + ": $" + path, Msg: fmt.Sprintf(format, args...)})
	}
	if len(in.Events) == 0 {
		fail(".events", "no events: a TimelineJS file lists its slides under \"events\"")
	}
	c := &Case{Files: map[string][]byte{}}
	if in.Title != nil {
		r := &rec{&yaml.Node{Kind: yaml.MappingNode}}
		r.set("title", stripHTML(in.Title.Text.Headline), "")
		r.set("description", stripHTML(in.Title.Text.Text), "")
		if len(r.n.Content) > 0 {
			c.Files["case.yaml"] = mappingFile("From the title slide of "+name+".", "case", r.n)
		}
	}
	events := &doc{key: "events", comment: "Events read from " + name + ", one per slide."}
	used := ids{}
	for i, s := range in.Events {
		p := fmt.Sprintf(".events[%d]", i)
		title := stripHTML(s.Text.Headline)
		if title == "" {
			fail(p+".text.headline", "missing: every event needs a title")
			continue
		}
		date, guessed, err := slideDate(s)
		if err != nil {
			var pe *pathError
			if errors.As(err, &pe) {
				fail(p+pe.path, "%s", pe.msg)
			} else {
				fail(p+".edtf", "%v", err)
			}
			continue
		}
		r := events.record()
		if idPattern.MatchString(s.UniqueID) && !used[s.UniqueID] {
			used[s.UniqueID] = true
			r.set("id", s.UniqueID, "")
		} else {
			r.set("id", used.make(slug(title)), "made from the title")
		}
		r.set("title", title, "")
		comment := ""
		if guessed {
			comment = "from the slide's start_date and end_date"
		}
		r.set("date", date, comment)
		r.set("description", stripHTML(s.Text.Text), "")
		if g := strings.TrimSpace(s.Group); g != "" {
			r.list("tags", []string{g}, "the slide's group")
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	c.Files["events.yaml"] = events.bytes()
	if _, err := c.Load(); err != nil {
		return nil, ErrorList{{Where: name, Msg: "the case made from it does not validate: " + err.Error()}}
	}
	return c, nil
}

// pathError is a problem at a JSON path below a slide.
type pathError struct{ path, msg string }

func (e *pathError) Error() string { return e.path + ": " + e.msg }

// slideDate returns a slide's date as EDTF, and whether it was made from
// the date parts rather than read from the slide's edtf.
func slideDate(s tlSlide) (string, bool, error) {
	if s.EDTF != "" {
		if _, err := edtf.Parse(s.EDTF); err != nil {
			return "", false, &pathError{".edtf", strings.TrimPrefix(err.Error(), "edtf: ")}
		}
		return s.EDTF, false, nil
	}
	if s.StartDate == nil {
		return "", false, &pathError{".start_date", "missing: every event needs a start_date with at least a year"}
	}
	start, err := partsDate(s.StartDate, ".start_date")
	if err != nil {
		return "", false, err
	}
	if s.EndDate == nil {
		return start, true, nil
	}
	end, err := partsDate(s.EndDate, ".end_date")
	if err != nil {
		return "", false, err
	}
	v := start + "/" + end
	if _, err := edtf.Parse(v); err != nil {
		return "", false, &pathError{".end_date", err.Error()}
	}
	return v, true, nil
}

// partsDate writes TimelineJS date parts as EDTF.
func partsDate(m map[string]any, path string) (string, error) {
	num := func(key string, lo, hi int64) (int64, bool, error) {
		v, ok := m[key]
		if !ok || v == nil || v == "" {
			return 0, false, nil
		}
		var n int64
		switch x := v.(type) {
		case float64:
			if x != float64(int64(x)) {
				return 0, false, &pathError{path + "." + key, fmt.Sprintf("%v is not a whole number", x)}
			}
			n = int64(x)
		case string:
			var err error
			if n, err = strconv.ParseInt(strings.TrimSpace(x), 10, 64); err != nil {
				return 0, false, &pathError{path + "." + key, fmt.Sprintf("%q is not a whole number", x)}
			}
		default:
			return 0, false, &pathError{path + "." + key, fmt.Sprintf("%v is not a number", v)}
		}
		if n < lo || n > hi {
			return 0, false, &pathError{path + "." + key, fmt.Sprintf("%d is out of range %d to %d", n, lo, hi)}
		}
		return n, true, nil
	}
	y, ok, err := num("year", -999999999, 999999999)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", &pathError{path + ".year", "missing: a TimelineJS date needs a year"}
	}
	var s string
	switch {
	case y < -9999 || y > 9999:
		s = fmt.Sprintf("Y%d", y)
	case y < 0:
		s = fmt.Sprintf("-%04d", -y)
	default:
		s = fmt.Sprintf("%04d", y)
	}
	mo, okM, err := num("month", 1, 12)
	if err != nil {
		return "", err
	}
	d, okD, err := num("day", 1, 31)
	if err != nil {
		return "", err
	}
	if (okM || okD) && (y < -9999 || y > 9999) {
		return "", &pathError{path + ".month", fmt.Sprintf("a year beyond 9999 (%d) stands alone in EDTF: leave out the month and day", y)}
	}
	if okD && !okM {
		return "", &pathError{path + ".month", "missing: a date with a day needs its month"}
	}
	if okM {
		s += fmt.Sprintf("-%02d", mo)
		if okD {
			s += fmt.Sprintf("-%02d", d)
		}
	}
	if _, err := edtf.Parse(s); err != nil {
		return "", &pathError{path, strings.TrimPrefix(err.Error(), "edtf: ")}
	}
	return s, nil
}

var tags = regexp.MustCompile(`<[^>]*>`)

// stripHTML turns slide HTML into text: paragraphs and line breaks become
// spaces, tags go, entities are decoded.
func stripHTML(s string) string {
	s = tags.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

// jsonWhere locates a JSON decoding error as ":LINE:COL".
func jsonWhere(data []byte, err error) string {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 {
		return ""
	}
	// the offset counts the bytes read, the bad one included
	off = max(min(off, int64(len(data)))-1, 0)
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - int64(bytes.LastIndexByte(data[:off], '\n'))
	return fmt.Sprintf(":%d:%d", line, col)
}

func jsonMsg(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		want := "a " + te.Type.Kind().String()
		switch te.Type.Kind() {
		case reflect.Slice:
			want = "a list"
		case reflect.Struct, reflect.Map:
			want = "an object"
		}
		return fmt.Sprintf("$.%s should be %s, not a %s", te.Field, want, te.Value)
	}
	return err.Error()
}
