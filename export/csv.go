package export

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/graph"
)

// File is one file of a multi-file export.
type File struct {
	Name string
	Data []byte
}

// CSV writes g's case as spreadsheet tables, UTF-8 with a header row:
// nodes.csv and edges.csv (the graph), and events.csv, claims.csv,
// responses.csv and sources.csv (the records with their own fields).
// Every date is given as its EDTF text and as date_min and date_max, the
// first and last day it can stand for (empty for an open end). Lists are
// joined with "; "; a participant with a role is "who (role)", an
// anonymous claimant "anonymous (2): national security sources".
//
// The tables are written straight into one buffer each, quoted as
// encoding/csv quotes, without a []string per row.
func CSV(g *graph.Graph) []File {
	c := g.Case()
	var w csvWriter

	w.start(g.Order(), "id,kind,label,status,edtf,date_min,date_max,detail\n")
	for _, v := range g.Vertices() {
		n := nodeOf(v)
		w.field(n.id)
		w.field(n.kind)
		w.field(n.label)
		w.field(n.status)
		w.dated(n.date)
		w.field(n.detail)
		w.end()
	}
	nodes := w.take()

	w.start(g.EdgeCount(), "from,to,type,role,edtf,date_min,date_max,sources\n")
	for _, e := range g.AllEdges() {
		w.field(e.From)
		w.field(e.To)
		w.field(string(e.Kind))
		w.field(oneLine(e.Label))
		w.dated(e.Date)
		w.list(e.Sources)
		w.end()
	}
	edges := w.take()

	w.start(len(c.Events), "id,title,edtf,date_min,date_max,participants,place,tags,sources,description\n")
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
	events := w.take()

	w.start(len(c.Claims), "id,statement,status,made_edtf,made_min,made_max,about,claimants,sources\n")
	nResponses := 0
	for _, cl := range c.Claims {
		nResponses += len(cl.Responses)
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
	claims := w.take()

	w.start(nResponses, "claim,who,stance,edtf,date_min,date_max,quote,sources\n")
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
	responses := w.take()

	w.start(len(c.Sources), "id,title,edtf,date_min,date_max,publisher,authors,kind,url\n")
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
	sources := w.take()

	return []File{
		{"claims.csv", claims},
		{"edges.csv", edges},
		{"events.csv", events},
		{"nodes.csv", nodes},
		{"responses.csv", responses},
		{"sources.csv", sources},
	}
}

// csvWriter writes one CSV table into a buffer, each field quoted as
// encoding/csv's Writer quotes it (comma separator, "\n" line ends).
type csvWriter struct {
	b       []byte
	scratch []byte // a list field being joined
	mid     bool   // a field of the row is written
}

// start begins a table of about rows rows with its header line.
func (w *csvWriter) start(rows int, header string) {
	w.b = make([]byte, 0, len(header)+96*rows)
	w.b = append(w.b, header...)
	w.mid = false
}

// take returns the table written.
func (w *csvWriter) take() []byte {
	b := w.b
	w.b = nil
	return b
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
	w.field(v.String())
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
