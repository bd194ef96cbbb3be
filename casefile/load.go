package casefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// Load reads the case below root in fsys: every *.yaml and *.yml file, in
// sorted path order, skipping files and folders whose names start with a
// dot and ignoring other files. Each file holds one or more YAML documents.
//
// Load checks the whole case and returns every problem at once as an
// ErrorList, sorted by file, line and column; positions name files by
// their path relative to root, slash-separated. On success every slice of
// the Case is sorted (records by ID, relations by position), the derived
// fields are filled in and the case is indexed.
//
// A root that does not exist gives an error wrapping ErrNotFound; a root
// that is a file, ErrNotFolder; a folder with no YAML file, ErrNoFiles.
// Symbolic links (where fsys follows them) are followed, except those that
// loop back to a folder that holds them, which are reported.
func Load(fsys fs.FS, root string) (*Case, error) {
	return load(fsys, root, root, func(rel string) string { return rel })
}

// LoadDir loads the case in the folder dir on disk, like Load. Positions
// name files as the user would type them from the current folder: dir
// joined with the path below it (data/han-dong/events/x.yaml).
func LoadDir(dir string) (*Case, error) {
	return load(os.DirFS(dir), ".", dir, func(rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) })
}

// load is Load with the root as shown to the user and a function that
// shows a path relative to root.
func load(fsys fs.FS, root, shownRoot string, show func(string) string) (*Case, error) {
	info, err := fs.Stat(fsys, root)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%w: %s", ErrNotFound, shownRoot)
	case err != nil:
		return nil, fmt.Errorf("casefile: %s: %s", shownRoot, unwrapPath(err))
	case !info.IsDir():
		return nil, fmt.Errorf("%w: %s is a file; give the folder that holds the case files", ErrNotFolder, shownRoot)
	}
	w := &walker{fsys: fsys, root: root, show: show}
	w.walk(root, []fs.FileInfo{info})
	if len(w.files) == 0 && len(w.errs) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoFiles, shownRoot)
	}
	slices.Sort(w.files)

	l := &loader{c: &Case{}, errs: w.errs, parentAt: map[*Organization]Pos{}}
	for _, p := range w.files {
		name := show(w.rel(p))
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			l.errs.Add(Pos{File: name}, "cannot read file: %s", unwrapPath(err))
			continue
		}
		l.decodeFile(name, data)
	}
	v := &checker{c: l.c, errs: l.errs, loaded: true, parentAt: l.parentAt,
		respAt: make(map[responseKey]Pos, len(l.respDates))}
	for _, r := range l.respDates {
		v.respAt[responseKey{r.claim, r.i}] = r.pos
	}
	v.run(l.refs)
	if err := v.errs.Err(); err != nil {
		return nil, err
	}
	return l.c, nil
}
