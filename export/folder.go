package export

import (
	"bytes"
	"cmp"
	"io"
	"slices"
)

// Folder is where an export of several files (CSV, Neo4j) writes them.
// Create returns a writer on a new file of the folder, named with slashes
// ("nodes/people.csv"); the export writes the file through it as it makes
// it, may keep several files open at once, and never closes them. The
// folder's owner completes the files once the export has returned without
// error, and discards all of them when it returns an error, so that a
// failure never leaves part of a folder (the command writes each to a
// temporary file and renames them into place at the end).
type Folder interface {
	Create(name string) (io.Writer, error)
}

// File is one file of a multi-file export, held in memory.
type File struct {
	Name string
	Data []byte
}

// memFolder is a Folder in memory.
type memFolder struct {
	names []string
	bufs  []*bytes.Buffer
}

func (m *memFolder) Create(name string) (io.Writer, error) {
	b := new(bytes.Buffer)
	m.names = append(m.names, name)
	m.bufs = append(m.bufs, b)
	return b, nil
}

// collectFolder runs an export that writes a folder and returns its files
// in name order.
func collectFolder(write func(Folder) error) []File {
	var m memFolder
	write(&m) // a memFolder never fails
	files := make([]File, len(m.names))
	for i, n := range m.names {
		files[i] = File{n, m.bufs[i].Bytes()}
	}
	slices.SortFunc(files, func(a, b File) int { return cmp.Compare(a.Name, b.Name) })
	return files
}
