package export

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// CSV writes g's case as spreadsheet tables, UTF-8 with a header row:
// nodes.csv and edges.csv (the graph), and events.csv, claims.csv,
// responses.csv and sources.csv (the records with their own fields).
// Every date is given as its EDTF text and as date_min and date_max, the
// first and last day it can stand for (empty for an open end). Lists are
// joined with "; "; a participant with a role is "who (role)", an
// anonymous claimant "anonymous (2): national security sources". The files
// come in name order.
func CSV(g *graph.Graph) []File {
	return collectFolder(func(f Folder) error { return WriteCSV(f, g) })
}

// WriteCSV writes the tables of CSV into f, each as it is made, a 64 KB
// chunk at a time, quoted as encoding/csv quotes without a []string per
// row; it returns the first error of f or of a file's writer.
func WriteCSV(f Folder, g *graph.Graph) error {
	c := g.Case()
	var w csvWriter

	if err := w.begin(f, "nodes.csv", "id,kind,label,status,edtf,date_min,date_max,detail\n"); err != nil {
		return err
	}
	for _, v := range g.AllVertices() {
		n := nodeOf(v)
		w.field(n.id)
		w.field(n.kind)
		w.field(n.label)
		w.field(n.status)
		w.dated(n.date)
		w.field(n.detail)
		w.end()
	}

	if err := w.next(f, "edges.csv", "from,to,type,role,edtf,date_min,date_max,sources\n"); err != nil {
		return err
	}
	for _, e := range g.AllEdges() {
		w.field(e.From)
		w.field(e.To)
		w.field(string(e.Kind))
		w.field(oneLine(e.Label))
		w.dated(e.Date)
		w.list(e.Sources)
		w.end()
	}

	if err := w.next(f, "events.csv", "id,title,edtf,date_min,date_max,participants,place,tags,sources,description\n"); err != nil {
		return err
	}
	for _, e := range c.Events {
		w.field(e.ID)
		w.field(oneLine(e.Title))
		w.dated(e.Date)
		s := w.scratch[:0]
		for i, p := range e.Participants {
			if i > 0 {
				s = append(s, "; "...)
			}
			s = append(s, p.Who...)
			if p.Role != "" {
				s = append(s, " ("...)
				s = append(s, oneLine(p.Role)...)
				s = append(s, ')')
			}
		}
		w.scratch = s
		w.fieldBytes(s)
		w.field(e.Place)
		w.list(e.Tags)
		w.list(e.Sources)
		w.field(oneLine(e.Description))
		w.end()
	}

	if err := w.next(f, "claims.csv", "id,statement,status,made_edtf,made_min,made_max,about,claimants,sources\n"); err != nil {
		return err
	}
	for _, cl := range c.Claims {
		w.field(cl.ID)
		w.field(oneLine(cl.Statement))
		w.field(string(cl.Status))
		w.dated(cl.Made)
		w.list(cl.About)
		s := w.scratch[:0]
		for i, a := range cl.Claimants {
			if i > 0 {
				s = append(s, "; "...)
			}
			switch {
			case a.Who != "":
				s = append(s, a.Who...)
			case a.Count > 0:
				s = append(s, "anonymous ("...)
				s = strconv.AppendInt(s, int64(a.Count), 10)
				s = append(s, "): "...)
				s = append(s, oneLine(a.Anonymous)...)
			default:
				s = append(s, "anonymous: "...)
				s = append(s, oneLine(a.Anonymous)...)
			}
		}
		w.scratch = s
		w.fieldBytes(s)
		w.list(cl.Sources)
		w.end()
	}

	if err := w.next(f, "responses.csv", "claim,who,stance,edtf,date_min,date_max,quote,sources\n"); err != nil {
		return err
	}
	for _, cl := range c.Claims {
		for _, r := range cl.Responses {
			w.field(cl.ID)
			w.field(r.Who)
			w.field(string(r.Stance))
			w.dated(r.Date)
			w.field(oneLine(r.Quote))
			w.list(r.Sources)
			w.end()
		}
	}

	if err := w.next(f, "sources.csv", "id,title,edtf,date_min,date_max,publisher,authors,kind,url\n"); err != nil {
		return err
	}
	for _, s := range c.Sources {
		w.field(s.ID)
		w.field(oneLine(s.Title))
		w.dated(s.Date)
		w.field(s.Publisher)
		w.list(s.Authors)
		w.field(s.Kind)
		w.field(s.URL)
		w.end()
	}
	return w.flush()
}

// csvWriter writes CSV tables, each field quoted as encoding/csv's Writer
// quotes it (comma separator, "\n" line ends), one table at a time
// through its sink: a row is handed on once a chunk is gathered. With no
// writer (table) it only gathers.
type csvWriter struct {
	sink
	scratch []byte // a list field being joined
	mid     bool   // a field of the row is written
}

// begin creates the file name in f and starts its table with the header
// line (which may be empty, for a header written as fields).
func (w *csvWriter) begin(f Folder, name, header string) error {
	out, err := f.Create(name)
	if err != nil {
		return err
	}
	if w.b == nil {
		w.b = make([]byte, 0, sinkChunk+sinkChunk/4)
	}
	w.w, w.err, w.b, w.mid = out, nil, append(w.b[:0], header...), false
	return nil
}

// next ends the table being written and begins the next.
func (w *csvWriter) next(f Folder, name, header string) error {
	if err := w.flush(); err != nil {
		return err
	}
	return w.begin(f, name, header)
}

func (w *csvWriter) sep() {
	if w.mid {
		w.b = append(w.b, ',')
	}
	w.mid = true
}

func (w *csvWriter) end() {
	w.b = append(w.b, '\n')
	w.mid = false
	if w.w != nil {
		w.spill()
	}
}

func (w *csvWriter) field(f string) {
	w.sep()
	w.b = appendCSVField(w.b, f)
}

func (w *csvWriter) fieldBytes(f []byte) {
	w.sep()
	w.b = appendCSVField(w.b, f)
}

// list writes items joined with "; ".
func (w *csvWriter) list(items []string) { w.joined(items, "; ") }

// joined writes items joined with sep.
func (w *csvWriter) joined(items []string, sep string) {
	switch len(items) {
	case 0:
		w.field("")
	case 1:
		w.field(items[0])
	default:
		s := w.scratch[:0]
		for i, it := range items {
			if i > 0 {
				s = append(s, sep...)
			}
			s = append(s, it...)
		}
		w.scratch = s
		w.fieldBytes(s)
	}
}

// dated writes a date's three fields: its EDTF text and its first and
// last day (empty for none or an open end).
func (w *csvWriter) dated(v edtf.Value) {
	if v.IsZero() {
		w.sep()
		w.b = append(w.b, ",,"...)
		return
	}
	w.sep()
	w.b = v.AppendString(w.b) // EDTF needs no quotes
	okLo, okHi := true, true
	if v.IsInterval {
		okLo = v.Start.Kind == edtf.BoundDate
		okHi = v.End.Kind == edtf.BoundDate
	}
	w.b = append(w.b, ',')
	if okLo {
		if t := v.Lower(); t.Year() != 0 {
			w.b = appendDay(w.b, t.Year(), t)
		}
	}
	w.b = append(w.b, ',')
	if okHi {
		if t := v.Upper(); t.Year() != 0 {
			w.b = appendDay(w.b, t.Year(), t)
		}
	}
}

// appendCSVField appends f, quoted when encoding/csv would quote it: when
// it holds a comma, a quote or a line break, begins with white space, or
// is `\.`; quotes inside are doubled.
func appendCSVField[T string | []byte](b []byte, f T) []byte {
	if !csvNeedsQuotes(f) {
		return append(b, f...)
	}
	b = append(b, '"')
	for i := 0; i < len(f); i++ {
		if f[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, f[i])
	}
	return append(b, '"')
}

func csvNeedsQuotes[T string | []byte](f T) bool {
	if len(f) == 0 {
		return false
	}
	if len(f) == 2 && f[0] == '\\' && f[1] == '.' {
		return true
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; c == '\n' || c == '\r' || c == '"' || c == ',' {
			return true
		}
	}
	if f[0] < utf8.RuneSelf {
		return unicode.IsSpace(rune(f[0]))
	}
	r, _ := utf8.DecodeRuneInString(string(f[:min(len(f), utf8.UTFMax)]))
	return unicode.IsSpace(r)
}

// table writes rows with encoding/csv's quoting.
func table(rows [][]string) []byte {
	var w csvWriter
	for _, r := range rows {
		for _, f := range r {
			w.field(f)
		}
		w.end()
	}
	return w.b
}
