package casefile

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// maxDepth bounds how deep folders nest below the case folder, so that
// symbolic links that fan out cannot make the walk endless.
const maxDepth = 64

// walker finds the case files below a root folder of an fs.FS.
//
// Symbolic links are followed, to files and to folders alike (a case may
// link in a shared folder of people), as far as the fs.FS follows them,
// except, on disk (LoadDir), links that lead outside the case folder unless
// DirOptions.FollowLinks is set: those are reported and not followed. A
// link to a folder that encloses it would loop: it is reported and not
// followed. Links that lead nowhere are reported too, and so are case
// files that are not regular files (a FIFO would block the read).
//
// The walk stops, with an error, past MaxFolderEntries entries,
// MaxCaseFiles case files or MaxCaseBytes bytes of them.
type walker struct {
	fsys    fs.FS
	root    string
	show    func(rel string) string // how a path relative to root is shown
	files   []string                // paths in fsys
	errs    ErrorList
	entries int   // folder entries looked at
	bytes   int64 // sizes of the files listed
	stopped bool  // a limit was passed
}

// stop records that a limit was passed at p and ends the walk.
func (w *walker) stop(p string, format string, args ...any) {
	w.errs.Add(Pos{File: w.show(w.rel(p))}, format, args...)
	w.stopped = true
}

// isCaseFile reports whether name is a YAML file the loader reads: its
// extension is .yaml or .yml in any case (People.YAML is read too, as
// editors on case-insensitive file systems write such names).
func isCaseFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// rel returns p relative to the root.
func (w *walker) rel(p string) string {
	if w.root == "." {
		return p
	}
	return strings.TrimPrefix(p, w.root+"/")
}

// walk lists the case files below dir, whose ancestors (dir included) are
// the folders in up.
func (w *walker) walk(dir string, up []fs.FileInfo) {
	if len(up) > maxDepth {
		w.errs.Add(Pos{File: w.show(w.rel(dir))}, "folders nest more than %d deep (a loop of symbolic links?); not read", maxDepth)
		return
	}
	entries, err := fs.ReadDir(w.fsys, dir)
	if err != nil {
		w.errs.Add(Pos{File: w.show(w.rel(dir))}, "cannot read folder: %s", unwrapPath(err))
	}
	for _, e := range entries {
		if w.stopped {
			return
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := path.Join(dir, name)
		if w.entries++; w.entries > limits.entries {
			w.stop(dir, "the case folder holds more than %d files and folders; stopped reading here (does it link to a large folder?)", limits.entries)
			return
		}
		isDir := e.IsDir()
		var info fs.FileInfo
		if e.Type()&fs.ModeSymlink != 0 {
			if d, ok := w.fsys.(*dirFS); ok {
				if out, target := d.outside(p); out {
					w.errs.Add(Pos{File: w.show(w.rel(p))}, "symbolic link leads outside the case folder, to %s; not followed (use --follow-links to read it)", strconv.Quote(target))
					continue
				}
			}
			info, err = fs.Stat(w.fsys, p)
			if err != nil {
				if isCaseFile(name) || errors.Is(err, fs.ErrNotExist) {
					w.errs.Add(Pos{File: w.show(w.rel(p))}, "symbolic link leads nowhere: %s", unwrapPath(err))
				}
				continue
			}
			isDir = info.IsDir()
		}
		if !isDir {
			if isCaseFile(name) {
				w.addFile(p, e, info)
			}
			continue
		}
		if info == nil {
			if info, err = e.Info(); err != nil {
				w.errs.Add(Pos{File: w.show(w.rel(p))}, "cannot read folder: %s", unwrapPath(err))
				continue
			}
		}
		if i := slices.IndexFunc(up, func(a fs.FileInfo) bool { return os.SameFile(a, info) }); i >= 0 {
			w.errs.Add(Pos{File: w.show(w.rel(p))}, "symbolic link loops back to the folder %s that holds it; not followed", w.show(w.ancestor(dir, len(up)-1-i)))
			continue
		}
		w.walk(p, append(up[:len(up):len(up)], info))
	}
}

// addFile lists the case file p (info is its target's if p is a link),
// unless it is not a regular file or a limit is passed.
func (w *walker) addFile(p string, e fs.DirEntry, info fs.FileInfo) {
	if info == nil {
		var err error
		if info, err = e.Info(); err != nil {
			w.errs.Add(Pos{File: w.show(w.rel(p))}, "cannot read file: %s", unwrapPath(err))
			return
		}
	}
	if !info.Mode().IsRegular() {
		w.errs.Add(Pos{File: w.show(w.rel(p))}, "not a regular file (%s); not read", fileKind(info.Mode()))
		return
	}
	w.files = append(w.files, p)
	w.bytes += info.Size()
	switch {
	case len(w.files) > limits.files:
		w.stop(p, "the case holds more than %d case files; stopped reading here", limits.files)
	case w.bytes > limits.bytes:
		w.stop(p, "the case files pass %d bytes in all; stopped reading here", limits.bytes)
	}
}

// fileKind names the kind of a file that is not regular.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a plain file"
}

// ancestor returns the folder n levels above dir, relative to the root.
func (w *walker) ancestor(dir string, n int) string {
	for range n {
		dir = path.Dir(dir)
	}
	r := w.rel(dir)
	if r == w.root {
		return "."
	}
	return r
}

// unwrapPath drops the operation and path of an *fs.PathError, which the
// message's position already names.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// InputFiles lists, sorted, the case files LoadDir would read in dir, as
// paths on disk (dir joined with the path below it). Problems of the walk
// (unreadable folders, broken links) are left for LoadDir to report; an
// error is returned only when dir cannot be read at all.
func InputFiles(dir string) ([]string, error) {
	fsys := newDirFS(dir, true) // every file that could be read is protected
	info, err := fs.Stat(fsys, ".")
	if err != nil {
		return nil, err
	}
	w := &walker{fsys: fsys, root: ".", show: func(rel string) string { return rel }}
	w.walk(".", []fs.FileInfo{info})
	slices.Sort(w.files)
	out := make([]string, len(w.files))
	for i, f := range w.files {
		out[i] = filepath.Join(dir, filepath.FromSlash(f))
	}
	return out, nil
}
