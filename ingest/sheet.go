package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
	"go.yaml.in/yaml/v3"
)

// SheetColumns are the columns of TimelineJS's Google Sheets template, in
// its order. A spreadsheet made from it and downloaded as CSV has them as
// its first row. It is an array, so that no caller can change it through
// a slice of it.
var SheetColumns = [...]string{
	"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
	"Media Thumbnail", "Type", "Group", "Background",
}

// Two columns eventgraph adds when it writes a case in the template's
// form; TimelineJS ignores columns it does not know, and Sheet reads them
// back so that the events keep their IDs and exact dates.
const (
	SheetColumnID   = "Unique ID"
	SheetColumnEDTF = "EDTF"
)

// IsSheet reports whether header, the first row of a CSV file, is that of
// TimelineJS's spreadsheet template: it names the columns Year and
// Headline, as TimelineJS itself needs (a row's date starts from its Year).
func IsSheet(header []string) bool {
	var year, headline bool
	for _, h := range header {
		switch strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) {
		case "Year":
			year = true
		case "Headline":
			headline = true
		}
	}
	return year && headline
}

// Sheet reads a TimelineJS spreadsheet downloaded as CSV (the columns of
// SheetColumns, in any order; name is how errors refer to the file) and
// returns the case folder: case.yaml from the row of Type "title",
// events.yaml with one event per other row, as TimelineJS would show them.
//
// An event's title is the Headline and its description the Text, without
// HTML; its date is made from Year, Month, Day and Time, and End Year, End
// Month, End Day and End Time for a span (the EDTF column, when there is
// one, is taken instead); its ID is the Unique ID column when it holds a
// valid one, else made from the headline; the Group becomes a tag, a
// Media URL a link, and an era (Type "era") an event tagged "era". A
// comment marks each made-up value, and says how TimelineJS showed a date
// whose Display Date differs from eventgraph's wording, and which media
// credit and caption went with a link. Blank rows are skipped; the
// thumbnail and background are how TimelineJS draws a slide and are not
// kept. Errors name the file, the row as a spreadsheet numbers it (the
// header is row 1) and the column.
func Sheet(name string, data []byte) (*Case, error) {
	rows, e := readCSV(name, data)
	if e != nil {
		return nil, ErrorList{e}
	}
	if len(rows) == 0 || !IsSheet(rows[0]) {
		return nil, ErrorList{{Where: name + ":row 1", Msg: "not a TimelineJS spreadsheet: the first row must name the template's columns (Year, Month, Day, ..., Headline, Text, ...), at least Year and Headline (the tables of eventgraph's csv export are read from their folder)"}}
	}
	t := &table{name: name, cols: map[string]int{}, rows: rows[1:]}
	for i, h := range rows[0] {
		if h = strings.TrimSpace(h); h != "" {
			if _, dup := t.cols[h]; !dup {
				t.cols[h] = i
			}
		}
	}
	var errs ErrorList
	fail := func(row int, col, format string, args ...any) {
		errs = append(errs, &Error{Where: fmt.Sprintf("%s:row %d, column %s", name, row+2, col), Msg: fmt.Sprintf(format, args...)})
	}
	c := &Case{Files: map[string][]byte{}}
	events := &doc{key: "events", comment: "Events read from " + name + ", one per row of the TimelineJS spreadsheet."}
	used := ids{}
	var title *rec
	for i, row := range t.rows {
		if blank(row) {
			continue
		}
		kind := strings.ToLower(t.get(row, "Type"))
		if kind == "title" && title == nil {
			title = &rec{&yaml.Node{Kind: yaml.MappingNode}}
			title.set("title", stripHTML(t.get(row, "Headline")), "")
			title.set("description", stripHTML(t.get(row, "Text")), "")
			continue
		}
		headline := stripHTML(t.get(row, "Headline"))
		if headline == "" {
			fail(i, "Headline", "missing: every event needs a title")
		}
		date, guessed, ok := sheetDate(t, row, func(col, format string, args ...any) { fail(i, col, format, args...) })
		if headline == "" || !ok {
			continue
		}
		e := events.record()
		if id := t.get(row, SheetColumnID); idPattern.MatchString(id) && !used[id] {
			used[id] = true
			e.set("id", id, "")
		} else {
			e.set("id", used.make(slug(headline)), "made from the headline")
		}
		media := t.get(row, "Media")
		mediaLost := ""
		if media != "" && !isWebURL(media) {
			// embedded HTML (a quoted post, an iframe) has no place in a case
			mediaLost = "media not kept, not a web address: " + quoteShort(media)
		}
		e.set("title", headline, mediaLost)
		comment := ""
		if guessed {
			comment = "from the Year, Month, Day and Time columns"
		}
		if dd := stripHTML(t.get(row, "Display Date")); dd != "" && dd != labelOf(date) {
			comment = strings.TrimPrefix(comment+"; TimelineJS showed it as "+strconv.Quote(dd), "; ")
		}
		e.set("date", date, comment)
		e.set("description", stripHTML(t.get(row, "Text")), "")
		var tags []string
		var tagNote []string
		if g := t.get(row, "Group"); g != "" {
			tags, tagNote = append(tags, g), append(tagNote, "the row's group")
		}
		if kind == "era" {
			tags, tagNote = append(tags, "era"), append(tagNote, "a TimelineJS era")
		}
		e.list("tags", tags, strings.Join(tagNote, "; "))
		if isWebURL(media) {
			e.list("links", []string{media}, mediaNote(t, row))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(events.records) == 0 {
		return nil, ErrorList{{Where: name, Msg: "no events: below the header, each row (but the one of Type \"title\") is an event"}}
	}
	if title != nil && len(title.n.Content) > 0 {
		c.Files["case.yaml"] = mappingFile("From the title row of "+name+".", "case", title.n)
	}
	c.Files["events.yaml"] = events.bytes()
	if _, err := c.Load(); err != nil {
		return nil, ErrorList{{Where: name, Msg: "the case made from it does not validate: " + err.Error()}}
	}
	return c, nil
}

// blank reports whether every cell of a row is empty.
func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// labelOf words an EDTF date as eventgraph does, "" when it does not parse.
func labelOf(s string) string {
	v, err := edtf.Parse(s)
	if err != nil {
		return ""
	}
	return v.Label()
}

func isWebURL(s string) bool {
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) && !strings.ContainsAny(s, " \t\r\n")
}

// mediaNote says where a link came from, with the media's credit and
// caption, which the case has no field for.
func mediaNote(t *table, row []string) string {
	s := "the row's media"
	if c := stripHTML(t.get(row, "Media Credit")); c != "" {
		s += "; credit: " + c
	}
	if c := stripHTML(t.get(row, "Media Caption")); c != "" {
		s += "; caption: " + c
	}
	return s
}

// quoteShort quotes s, cut to 40 characters.
func quoteShort(s string) string {
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "..."
	}
	return strconv.Quote(s)
}

// sheetDate returns a row's date as EDTF, and whether it was made from
// the date columns rather than read from the EDTF column; problems go to
// fail with their column, and ok is false then.
func sheetDate(t *table, row []string, fail func(col, format string, args ...any)) (date string, guessed, ok bool) {
	if s := t.get(row, SheetColumnEDTF); s != "" {
		if _, err := edtf.Parse(s); err != nil {
			fail(SheetColumnEDTF, "%s", strings.TrimPrefix(err.Error(), "edtf: "))
			return "", false, false
		}
		return s, false, true
	}
	start, ok := sheetEnd(t, row, "", fail)
	if !ok {
		return "", false, false
	}
	if start == "" {
		fail("Year", "missing: every event needs a date, at least its year")
		return "", false, false
	}
	end, ok := sheetEnd(t, row, "End ", fail)
	if !ok {
		return "", false, false
	}
	if end == "" {
		return start, true, true
	}
	v := start + "/" + end
	if _, err := edtf.Parse(v); err != nil {
		fail("End Year", "%s", strings.TrimPrefix(err.Error(), "edtf: "))
		return "", false, false
	}
	return v, true, true
}

// sheetEnd makes one end of a date from the columns prefix+"Year", Month,
// Day and Time; "" with ok when they are all empty.
func sheetEnd(t *table, row []string, prefix string, fail func(col, format string, args ...any)) (string, bool) {
	parts := map[string]any{}
	for _, k := range []string{"Year", "Month", "Day"} {
		// as TimelineJS reads them: spaces and thousands commas dropped
		if v := strings.NewReplacer(",", "", " ", "").Replace(t.get(row, prefix+k)); v != "" {
			parts[strings.ToLower(k)] = v
		}
	}
	clock := t.get(row, prefix+"Time")
	if len(parts) == 0 && clock == "" {
		return "", true
	}
	if parts["year"] == nil {
		fail(prefix+"Year", "missing: a date needs its year when %s", strings.Join(given(parts, clock, prefix), " and "))
		return "", false
	}
	s, err := partsDate(parts, "")
	if err != nil {
		var pe *pathError
		// a date that does not exist is put on its most precise column
		col := prefix + "Year"
		for _, k := range []string{"Month", "Day"} {
			if parts[strings.ToLower(k)] != nil {
				col = prefix + k
			}
		}
		msg := err.Error()
		if errors.As(err, &pe) {
			if k := strings.TrimPrefix(pe.path, "."); k != "" {
				col = prefix + strings.ToUpper(k[:1]) + k[1:]
			}
			msg = pe.msg
		}
		fail(col, "%s", msg)
		return "", false
	}
	if clock != "" {
		if parts["day"] == nil {
			fail(prefix+"Time", "a time needs the day: fill in %sMonth and %sDay", prefix, prefix)
			return "", false
		}
		hms, err := parseClock(clock)
		if err != nil {
			fail(prefix+"Time", "%v", err)
			return "", false
		}
		s += "T" + hms
	}
	return s, true
}

// given names the date columns filled in, for a message.
func given(parts map[string]any, clock, prefix string) []string {
	var out []string
	for _, k := range []string{"Month", "Day"} {
		if parts[strings.ToLower(k)] != nil {
			out = append(out, prefix+k)
		}
	}
	if clock != "" {
		out = append(out, prefix+"Time")
	}
	if len(out) == 1 {
		out[0] += " is filled in"
	} else if len(out) > 1 {
		out[len(out)-1] += " are filled in"
	}
	return out
}

var (
	clockPattern  = regexp.MustCompile(`^(\d{1,2})(?:[:.](\d{2}))?(?:[:.](\d{2}))?(?:\.\d+)?\s*(?:([AaPp])\.?[Mm]\.?)?$`)
	clockNoColons = regexp.MustCompile(`^(\d{1,2})(\d{2})\s*(?:([AaPp])\.?[Mm]\.?)?$`)
)

// parseClock reads a time as TimelineJS's template takes it ("14:30",
// "2:30 PM", "1430", "14:30:15") and writes it as EDTF does: "14:30",
// "14:30:15".
func parseClock(s string) (string, error) {
	var h, m, sec, period string
	if p := clockNoColons.FindStringSubmatch(s); p != nil {
		h, m, period = p[1], p[2], p[3]
	} else if p := clockPattern.FindStringSubmatch(s); p != nil {
		h, m, sec, period = p[1], p[2], p[3], p[4]
	} else {
		return "", fmt.Errorf("%s is not a time: write it as 14:30 or 2:30 PM", quoteShort(s))
	}
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(m)
	second, _ := strconv.Atoi(sec)
	switch strings.ToLower(period) {
	case "p":
		if hour < 1 || hour > 12 {
			return "", fmt.Errorf("%q: the hour of a PM time is 1 to 12", s)
		}
		if hour != 12 {
			hour += 12
		}
	case "a":
		if hour < 1 || hour > 12 {
			return "", fmt.Errorf("%q: the hour of an AM time is 1 to 12", s)
		}
		if hour == 12 {
			hour = 0
		}
	}
	if hour > 23 || minute > 59 || second > 59 {
		return "", fmt.Errorf("%q is not a time of day: hours 0 to 23, minutes and seconds 0 to 59", s)
	}
	if sec == "" {
		return fmt.Sprintf("%02d:%02d", hour, minute), nil
	}
	return fmt.Sprintf("%02d:%02d:%02d", hour, minute, second), nil
}
