package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/eventgraph/eventgraph/export"
)

// writeFolder runs an export that writes a folder of files (csv, neo4j)
// into dir, creating it when missing. Each file is written as the export
// makes it, through a 64 KB buffer, to a temporary file beside its place;
// only when the export and every file have succeeded are they renamed into
// place, so that a failure (or a signal) leaves neither a half-written
// file nor a folder of some new files beside some old ones. A file that
// is replaced keeps its permissions; a folder made for the output is
// removed again when nothing was written into it.
func writeFolder(dir string, write func(export.Folder) error) error {
	if dir == "-" {
		return usagef("-o -: this format writes several files; name a folder")
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return fmt.Errorf("cannot write %s: it is a file; this format writes a folder of files", quotePath(dir))
	}
	f := &tempFolder{dir: dir}
	if err := f.mkdirAll(dir); err != nil {
		return writeError(dir, err)
	}
	err := write(f)
	if err == nil {
		err = f.finish()
	}
	if err == nil {
		err = f.commit()
	}
	if err != nil {
		f.discard()
		if f.failed != "" {
			return writeError(f.failed, err)
		}
		return err
	}
	return nil
}

// tempFolder is the export.Folder of writeFolder.
type tempFolder struct {
	dir    string
	files  []*tempFile
	made   []string // folders it created, outermost first
	failed string   // the path of the file whose write failed first
}

// tempFile is one file of a tempFolder being written.
type tempFile struct {
	folder  *tempFolder
	path    string // where it goes
	f       *os.File
	bw      *bufio.Writer
	mode    fs.FileMode
	untrack func()
	done    bool // closed and, for a temporary file, complete
}

// Create starts the file name (slash-separated, inside the folder) as a
// temporary file in the folder it goes to.
func (t *tempFolder) Create(name string) (io.Writer, error) {
	p := filepath.Join(t.dir, filepath.FromSlash(name))
	fail := func(err error) (io.Writer, error) {
		if t.failed == "" {
			t.failed = p
		}
		return nil, err
	}
	if err := t.mkdirAll(filepath.Dir(p)); err != nil {
		return fail(err)
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(p); err == nil {
		switch {
		case fi.IsDir():
			return fail(errors.New("it is a folder; move it out of the way"))
		case !fi.Mode().IsRegular():
			return fail(errors.New("not a regular file (a FIFO or device); an exported folder holds regular files only"))
		}
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".*.tmp")
	if err != nil {
		return fail(err)
	}
	tf := &tempFile{folder: t, path: p, f: f, mode: mode, untrack: trackTemp(f.Name())}
	tf.bw = bufio.NewWriterSize(f, 64<<10)
	t.files = append(t.files, tf)
	return tf, nil
}

// Write writes to the file's buffer; the first error names the file.
func (tf *tempFile) Write(p []byte) (int, error) {
	n, err := tf.bw.Write(p)
	if err != nil && tf.folder.failed == "" {
		tf.folder.failed = tf.path
	}
	return n, err
}

// finish flushes and closes every file.
func (t *tempFolder) finish() error {
	for _, tf := range t.files {
		err := tf.bw.Flush()
		if err == nil {
			err = tf.f.Chmod(tf.mode)
		}
		if cerr := tf.f.Close(); err == nil {
			err = cerr
		}
		tf.done = true
		if err != nil {
			t.failed = tf.path
			return err
		}
	}
	return nil
}

// commit renames every file into place, all together.
func (t *tempFolder) commit() error {
	pairs := make([][2]string, len(t.files))
	for i, tf := range t.files {
		pairs[i] = [2]string{tf.f.Name(), tf.path}
	}
	n, err := commitTemps(pairs)
	if err != nil {
		t.failed = t.files[n].path
	}
	for _, tf := range t.files[:n] {
		tf.untrack = nil // in place
	}
	return err
}

// discard closes and removes the temporary files not renamed into place,
// and the folders made for them that are left empty.
func (t *tempFolder) discard() {
	for _, tf := range t.files {
		if tf.untrack == nil {
			continue // renamed into place
		}
		if !tf.done {
			tf.f.Close()
		}
		os.Remove(tf.f.Name())
		tf.untrack()
	}
	for i := len(t.made) - 1; i >= 0; i-- {
		os.Remove(t.made[i]) // fails, as it should, when not empty
	}
}

// mkdirAll makes dir and its missing parents, remembering those it made.
func (t *tempFolder) mkdirAll(dir string) error {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := len(missing) - 1; i >= 0; i-- {
		t.made = append(t.made, missing[i])
	}
	return nil
}
