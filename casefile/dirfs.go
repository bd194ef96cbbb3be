package casefile

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// DirOptions are the options of LoadDirWith; the zero value is LoadDir's.
type DirOptions struct {
	// FollowLinks follows symbolic links that lead outside the case
	// folder. By default such a link is reported and not followed, so a
	// case received from someone else reads nothing beyond its folder;
	// links within the folder are always followed.
	FollowLinks bool
	// LimitMemory lets the loader pace the garbage collector while it
	// reads a case of 4 MiB of files or more: from the size of the case's
	// files it sets a soft memory limit (runtime/debug.SetMemoryLimit) and
	// turns the collector's own pacing off (debug.SetGCPercent(-1)) for as
	// long as loading takes, unless GOMEMLIMIT, GOGC or the program set a
	// limit. A case of 1,000,000 generated events then peaks at some
	// 2.1 GB (2.0 GB under Go's own pacing, with more collections),
	// one of 100,000 at some 230 MB, with no collection while loading.
	LimitMemory bool
}

// LoadDirWith is LoadDir with options.
func LoadDirWith(dir string, o DirOptions) (*Case, error) {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return nil, notFolder(dir)
	}
	return load(newDirFS(dir, o.FollowLinks), ".", dir, func(rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }, o.LimitMemory)
}

// dirFS is the case folder on disk. Unlike os.DirFS it opens names that are
// not valid UTF-8 (file systems allow them), and it can tell whether a
// symbolic link leads outside the folder.
type dirFS struct {
	dir    string
	follow bool
	abs    string // dir as an absolute path
	real   string // abs with its links resolved; "" if unknown
}

func newDirFS(dir string, follow bool) *dirFS {
	d := &dirFS{dir: dir, follow: follow}
	if abs, err := filepath.Abs(dir); err == nil {
		d.abs = abs
		if r, err := filepath.EvalSymlinks(abs); err == nil {
			d.real = r
		}
	}
	return d
}

// path returns the name on disk of a slash-separated name in the folder.
func (d *dirFS) path(op, name string) (string, error) {
	if name == "." {
		return d.dir, nil
	}
	if name == "" || strings.HasPrefix(name, "/") || strings.HasSuffix(name, "/") || strings.Contains(name, "\x00") {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	for _, e := range strings.Split(name, "/") {
		if e == "" || e == "." || e == ".." {
			return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
		}
	}
	return filepath.Join(d.dir, filepath.FromSlash(name)), nil
}

func (d *dirFS) Open(name string) (fs.File, error) {
	p, err := d.path("open", name)
	if err != nil {
		return nil, err
	}
	return os.Open(p)
}

func (d *dirFS) Stat(name string) (fs.FileInfo, error) {
	p, err := d.path("stat", name)
	if err != nil {
		return nil, err
	}
	return os.Stat(p)
}

func (d *dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	p, err := d.path("readdir", name)
	if err != nil {
		return nil, err
	}
	return os.ReadDir(p)
}

// outside reports, for a symbolic link at name, whether links are not to
// be followed and it leads outside the folder, and where.
func (d *dirFS) outside(name string) (bool, string) {
	if d.follow {
		return false, ""
	}
	p, err := d.path("stat", name)
	if err != nil || d.real == "" {
		return err == nil, p
	}
	target, err := filepath.EvalSymlinks(filepath.Join(d.abs, filepath.FromSlash(name)))
	if err != nil {
		return false, "" // a broken link is reported as such
	}
	rel, err := filepath.Rel(d.real, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return true, target
	}
	return false, ""
}
