package gen

import "fmt"

// DefaultRecordsPerFile is the largest number of people, organizations,
// sources or relations in one file when Options.RecordsPerFile is zero: a
// file of 1,000 sources holds under 300 KiB, about as much as a file of
// 100 events with their claims, far below the loader's limit; files of
// such sizes are decoded in parallel without holding much at once.
const DefaultRecordsPerFile = 1000

// split writes the records of one kind into files of at most perFile
// records each: kind.yaml when they fit in one file, kind/0001.yaml,
// kind/0002.yaml, ... otherwise.
type split struct {
	kind    string // the top-level key and the file name: "people"
	comment string // a comment line opening each file, or ""
	perFile int
	n       int // records begun so far
	chunks  []*writer
}

func newSplit(kind, comment string, perFile int) *split {
	return &split{kind: kind, comment: comment, perFile: perFile}
}

// record returns the writer the next record goes to.
func (s *split) record() *writer {
	if s.n%s.perFile == 0 {
		s.begin()
	}
	s.n++
	return s.chunks[len(s.chunks)-1]
}

// begin starts a new file.
func (s *split) begin() {
	w := &writer{}
	if s.comment != "" {
		w.line(0, s.comment)
	}
	w.line(0, s.kind, ":")
	s.chunks = append(s.chunks, w)
}

// files adds the files written to files.
func (s *split) files(files map[string][]byte) {
	if len(s.chunks) == 0 {
		s.begin() // no records: an empty list, as one file
	}
	if len(s.chunks) == 1 {
		files[s.kind+".yaml"] = s.chunks[0].b.Bytes()
		return
	}
	for i, w := range s.chunks {
		files[fmt.Sprintf("%s/%04d.yaml", s.kind, i+1)] = w.b.Bytes()
	}
}
