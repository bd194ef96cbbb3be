package export

import (
	"bytes"
	_ "embed"
	"io"
	"strconv"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/edtf"
)

// modelSchema is the JSON Schema (draft 2020-12) of ModelJSON's output.
//
//go:embed model.schema.json
var modelSchema []byte

// ModelSchema returns the JSON Schema (draft 2020-12) of the JSON that
// ModelJSON writes; `eventgraph schema --model` prints it.
func ModelSchema() []byte { return bytes.Clone(modelSchema) }

// ModelSchemaID is the $schema every ModelJSON document names.
const ModelSchemaID = "https://github.com/eventgraph/eventgraph/export/model.schema.json"

// ModelJSON writes the whole validated case as JSON, valid against
// ModelSchema: every record with its fields, derived values (a claim's
// status and status history, when an event was reported, when a claim was
// made) and its position in the case files; every date as its EDTF text,
// the first and last day it can stand for (min, max; absent for an open
// end) and its label for readers. Records are in ID order, relations in
// file order, one record per line.
func ModelJSON(c *casefile.Case) []byte {
	return collect(func(w io.Writer) error { return WriteModelJSON(w, c) })
}

// WriteModelJSON writes the model JSON to w as it is made; it returns the
// first error of w. Each record is appended to the output as compact JSON,
// field by field, as encoding/json would write the record (the test
// compares the two), without making a value or a string for it.
func WriteModelJSON(w io.Writer, c *casefile.Case) error {
	d := newJSONDoc(w)
	d.field("$schema", ModelSchemaID)
	d.field("case", struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Language    string `json:"language"`
	}{c.Meta.Title, c.Meta.Description, c.Meta.Language})
	d.list("people")
	for _, p := range c.People {
		d.rawItem()
		b := jsonString(append(d.out.b, `{"id":`...), p.ID)
		b = jsonString(append(b, `,"name":`...), p.Name)
		b = jsonStrings(append(b, `,"aliases":`...), p.Aliases)
		b = jsonString(append(b, `,"description":`...), p.Description)
		b = jsonStrings(append(b, `,"tags":`...), p.Tags)
		b = jsonStrings(append(b, `,"links":`...), p.Links)
		d.out.b = append(jsonPos(b, p.Pos), '}')
		d.out.spill()
	}
	d.end()
	d.list("organizations")
	for _, o := range c.Organizations {
		d.rawItem()
		b := jsonString(append(d.out.b, `{"id":`...), o.ID)
		b = jsonString(append(b, `,"name":`...), o.Name)
		b = jsonString(append(b, `,"kind":`...), o.Kind)
		b = jsonString(append(b, `,"parent":`...), o.Parent)
		b = jsonStrings(append(b, `,"aliases":`...), o.Aliases)
		b = jsonString(append(b, `,"description":`...), o.Description)
		b = jsonStrings(append(b, `,"tags":`...), o.Tags)
		b = jsonStrings(append(b, `,"links":`...), o.Links)
		d.out.b = append(jsonPos(b, o.Pos), '}')
		d.out.spill()
	}
	d.end()
	d.list("sources")
	for _, s := range c.Sources {
		d.rawItem()
		b := jsonString(append(d.out.b, `{"id":`...), s.ID)
		b = jsonString(append(b, `,"title":`...), s.Title)
		b = jsonDate(append(b, `,"date":`...), s.Date)
		b = jsonString(append(b, `,"publisher":`...), s.Publisher)
		b = jsonStrings(append(b, `,"authors":`...), s.Authors)
		b = jsonString(append(b, `,"url":`...), s.URL)
		b = jsonString(append(b, `,"kind":`...), s.Kind)
		d.out.b = append(jsonPos(b, s.Pos), '}')
		d.out.spill()
	}
	d.end()
	d.list("events")
	for _, e := range c.Events {
		d.rawItem()
		b := jsonString(append(d.out.b, `{"id":`...), e.ID)
		b = jsonString(append(b, `,"title":`...), e.Title)
		b = jsonDate(append(b, `,"date":`...), e.Date)
		b = append(b, `,"participants":[`...)
		for i, p := range e.Participants {
			if i > 0 {
				b = append(b, ',')
			}
			b = jsonString(append(b, `{"who":`...), p.Who)
			b = append(jsonString(append(b, `,"role":`...), p.Role), '}')
		}
		b = jsonString(append(b, `],"place":`...), e.Place)
		b = jsonString(append(b, `,"description":`...), e.Description)
		b = jsonStrings(append(b, `,"tags":`...), e.Tags)
		b = jsonStrings(append(b, `,"sources":`...), e.Sources)
		b = jsonDate(append(b, `,"reported":`...), e.Reported)
		b = jsonBool(append(b, `,"reported_derived":`...), e.ReportedDerived)
		d.out.b = append(jsonPos(b, e.Pos), '}')
		d.out.spill()
	}
	d.end()
	d.list("claims")
	for _, cl := range c.Claims {
		d.rawItem()
		b := jsonString(append(d.out.b, `{"id":`...), cl.ID)
		b = jsonString(append(b, `,"statement":`...), cl.Statement)
		b = jsonStrings(append(b, `,"about":`...), cl.About)
		b = jsonStrings(append(b, `,"sources":`...), cl.Sources)
		b = append(b, `,"claimants":[`...)
		for i, a := range cl.Claimants {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '{') // each field is left out when empty
			sep := false
			if a.Who != "" {
				b = jsonString(append(b, `"who":`...), a.Who)
				sep = true
			}
			if a.Anonymous != "" {
				if sep {
					b = append(b, ',')
				}
				b = jsonString(append(b, `"anonymous":`...), a.Anonymous)
				sep = true
			}
			if a.Count != 0 {
				if sep {
					b = append(b, ',')
				}
				b = strconv.AppendInt(append(b, `"count":`...), int64(a.Count), 10)
			}
			b = append(b, '}')
		}
		b = jsonDate(append(b, `],"made":`...), cl.Made)
		b = jsonBool(append(b, `,"made_derived":`...), cl.MadeDerived)
		b = append(b, `,"responses":[`...)
		for i, r := range cl.Responses {
			if i > 0 {
				b = append(b, ',')
			}
			b = jsonString(append(b, `{"who":`...), r.Who)
			b = jsonString(append(b, `,"stance":`...), string(r.Stance))
			b = jsonDate(append(b, `,"date":`...), r.Date)
			b = jsonString(append(b, `,"quote":`...), r.Quote)
			b = append(jsonStrings(append(b, `,"sources":`...), r.Sources), '}')
		}
		b = jsonString(append(b, `],"status":`...), string(cl.Status))
		b = append(b, `,"history":[`...)
		for i, h := range cl.History {
			if i > 0 {
				b = append(b, ',')
			}
			b = jsonDate(append(b, `{"date":`...), h.Date)
			b = jsonString(append(b, `,"status":`...), string(h.Status))
			b = append(strconv.AppendInt(append(b, `,"cause":`...), int64(h.Cause), 10), '}')
		}
		d.out.b = append(jsonPos(append(b, ']'), cl.Pos), '}')
		d.out.spill()
	}
	d.end()
	d.list("relations")
	for _, r := range c.Relations {
		d.rawItem()
		b := jsonString(append(d.out.b, `{"from":`...), r.From)
		b = jsonString(append(b, `,"to":`...), r.To)
		b = jsonString(append(b, `,"type":`...), r.Type)
		b = jsonDate(append(b, `,"date":`...), r.Date)
		b = jsonStrings(append(b, `,"sources":`...), r.Sources)
		b = jsonString(append(b, `,"note":`...), r.Note)
		d.out.b = append(jsonPos(b, r.Pos), '}')
		d.out.spill()
	}
	d.end()
	return d.close()
}

// jsonString appends s as a JSON string.
func jsonString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendJSONText(b, s, &jsonPlain)
	return append(b, '"')
}

// jsonStrings appends a list of strings; [] for none.
func jsonStrings(b []byte, list []string) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonString(b, s)
	}
	return append(b, ']')
}

func jsonBool(b []byte, v bool) []byte {
	if v {
		return append(b, "true"...)
	}
	return append(b, "false"...)
}

// jsonDate appends a date as {"edtf", "min", "max", "label"}: its EDTF
// text, its first and last day (each left out when open) and its label
// for readers; null for no date.
func jsonDate(b []byte, v edtf.Value) []byte {
	if v.IsZero() {
		return append(b, "null"...)
	}
	b = append(b, `{"edtf":"`...)
	b = append(v.AppendString(b), '"') // EDTF needs no escaping
	lo, hi, okLo, okHi := boundTimes(v)
	if okLo {
		b = append(appendDay(append(b, `,"min":"`...), lo.Year(), lo), '"')
	}
	if okHi {
		b = append(appendDay(append(b, `,"max":"`...), hi.Year(), hi), '"')
	}
	return append(jsonString(append(b, `,"label":`...), v.Label()), '}')
}

// jsonPos appends a record's position as its last field.
func jsonPos(b []byte, p casefile.Pos) []byte {
	b = jsonString(append(b, `,"pos":{"file":`...), p.File)
	b = strconv.AppendInt(append(b, `,"line":`...), int64(p.Line), 10)
	b = strconv.AppendInt(append(b, `,"col":`...), int64(p.Col), 10)
	return append(b, '}')
}
