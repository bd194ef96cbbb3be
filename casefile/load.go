package casefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"go.yaml.in/yaml/v3"
)

// Load reads the case below root in fsys: every *.yaml and *.yml file, in
// sorted path order, skipping files and folders whose names start with a
// dot and ignoring other files. Each file holds one or more YAML documents.
// Files are decoded in parallel, so fsys must be safe for concurrent use
// (os.DirFS, embed.FS and fstest.MapFS are).
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
	return load(fsys, path.Clean("./"+root), root, func(rel string) string { return rel }, false)
}

// LoadDir loads the case in the folder dir on disk, like Load. Positions
// name files as the user would type them from the current folder: dir
// joined with the path below it (data/han-dong/events/x.yaml).
func LoadDir(dir string) (*Case, error) {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return nil, notFolder(dir)
	}
	return LoadDirWith(dir, DirOptions{})
}

// load is Load with the root as shown to the user and a function that
// shows a path relative to root; limit is DirOptions.LimitMemory.
func load(fsys fs.FS, root, shownRoot string, show func(string) string, limit bool) (*Case, error) {
	info, err := fs.Stat(fsys, root)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%w: %s", ErrNotFound, shownRoot)
	case err != nil:
		return nil, fmt.Errorf("casefile: %s: %s", shownRoot, unwrapPath(err))
	case !info.IsDir():
		return nil, notFolder(shownRoot)
	}
	w := &walker{fsys: fsys, root: root, show: show}
	w.walk(root, []fs.FileInfo{info})
	if len(w.files) == 0 && len(w.errs) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoFiles, shownRoot)
	}
	slices.Sort(w.files)
	if limit {
		defer limitMemory(w.bytes)()
	}

	shown := func(p string) string { return show(w.rel(p)) }
	parts := decodeAll(fsys, w.files, shown, false)
	c, v := merge(parts)
	v.errs = append(w.errs, v.errs...)
	v.run(func() {
		v.checkLoadedRefs(parts, func(which []int) []*loader {
			files := make([]string, len(which))
			for i, k := range which {
				files[i] = w.files[k]
			}
			return decodeAll(fsys, files, shown, true)
		})
	})
	if err := v.errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// notFolder is the error for a case folder that is a file.
func notFolder(name string) error {
	return fmt.Errorf("%w: %s is a file; give the folder that holds the case files", ErrNotFolder, name)
}

// decodeAll reads and decodes the files on GOMAXPROCS goroutines and
// returns one loader per file, in the order of files; keepRefs is the
// loaders' (see loader.keepRefs). The files being
// decoded at any moment hold at most MaxFileSize bytes between them (a
// larger file alone), since a decoded YAML tree takes some twenty times
// the size of its file.
func decodeAll(fsys fs.FS, files []string, show func(string) string, keepRefs bool) []*loader {
	parts := make([]*loader, len(files))
	// Each goroutine takes the next file itself: no goroutine hands them
	// out, to be woken for every file.
	var next atomic.Int64
	budget := newByteBudget(MaxFileSize)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			var buf []byte              // reused from file to file: no record keeps the bytes
			strs := map[string]string{} // the same: emptied after each file
			mem := &blocks{}            // the memory of the records built here
			// The YAML tree of one file at a time (of at most
			// maxArenaFile): reset once its records are built, which copy
			// every text they keep (loader.intern). A file read again for
			// its references keeps them as read.
			var arena *yaml.Arena
			if !keepRefs {
				arena = newArena()
			}
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				name := show(files[i])
				l := &loader{c: &Case{}, parentAt: map[*Organization]Pos{}, keepRefs: keepRefs, file: name, strs: strs, mem: mem}
				data, err := readFile(fsys, files[i], buf[:0])
				if err != nil {
					l.errs.Add(Pos{File: name}, "%s", err)
				} else {
					buf = data
					n := budget.acquire(len(data))
					if arena != nil && len(data) <= maxArenaFile {
						l.decodeFile(name, data, arena)
						resetArena(arena)
					} else {
						l.decodeFile(name, data, nil)
					}
					budget.release(n)
				}
				parts[i] = l
			}
		})
	}
	wg.Wait()
	return parts
}

// maxArenaFile is the size of the largest file decoded in an arena. An
// arena takes some 10-15 times the largest file it held (the 263 KB of
// a generated file of 1,000 sources: 2.7 MB) and keeps it to the end of
// loading, and it is reset only between files, while the trees of a
// larger file's documents go to the collector one by one: a file of
// 13 MB, of 50 documents, peaked 100 MB higher in an arena.
const maxArenaFile = 512 << 10

// newArena makes a decoding goroutine's arena, and resetArena makes it free
// for the next file; tests go without (nil) or poison it instead, to find
// any text of a file's tree that a record kept.
var (
	newArena   = func() *yaml.Arena { return &yaml.Arena{} }
	resetArena = (*yaml.Arena).Reset
)

// byteBudget is a counting semaphore of bytes.
type byteBudget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int
	max  int
}

// newByteBudget returns a budget of max bytes.
func newByteBudget(max int) *byteBudget {
	b := &byteBudget{free: max, max: max}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes (at most the whole budget) are free, takes
// them and returns how many it took.
func (b *byteBudget) acquire(n int) int {
	n = min(n, b.max)
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < n {
		b.cond.Wait()
	}
	b.free -= n
	return n
}

// release gives back n bytes taken by acquire.
func (b *byteBudget) release(n int) {
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// merge joins the partial cases of the files, in file order, into one case
// and a checker ready to run on it.
func merge(parts []*loader) (*Case, *checker) {
	var k Counts
	for _, l := range parts {
		k.add(l.c.Counts())
	}
	c := &Case{
		People:        make([]*Person, 0, k.People),
		Organizations: make([]*Organization, 0, k.Organizations),
		Sources:       make([]*Source, 0, k.Sources),
		Events:        make([]*Event, 0, k.Events),
		Claims:        make([]*Claim, 0, k.Claims),
		Relations:     make([]*Relation, 0, k.Relations),
	}
	v := &checker{c: c, loaded: true, parentAt: map[*Organization]Pos{}, respAt: map[responseKey]Pos{}}
	var metaAt Pos
	for _, l := range parts {
		v.errs = append(v.errs, l.errs...)
		if l.hasMeta {
			if metaAt != (Pos{}) {
				v.errs.Add(l.metaAt, "%s", duplicateMeta(metaAt))
			} else {
				metaAt, c.Meta = l.metaAt, l.c.Meta
			}
		}
		c.People = append(c.People, l.c.People...)
		c.Organizations = append(c.Organizations, l.c.Organizations...)
		c.Sources = append(c.Sources, l.c.Sources...)
		c.Events = append(c.Events, l.c.Events...)
		c.Claims = append(c.Claims, l.c.Claims...)
		c.Relations = append(c.Relations, l.c.Relations...)
		for o, p := range l.parentAt {
			v.parentAt[o] = p
		}
		for _, r := range l.respDates {
			v.respAt[responseKey{r.claim, r.i}] = r.pos
		}
		// The file's records are in c now; its own lists go.
		l.c, l.parentAt, l.respDates = nil, nil, nil
	}
	return c, v
}

// MaxFileSize is the largest case file Load reads, in bytes (16 MiB).
// Decoding YAML takes some ten times a file's size in memory; a case of
// any size can be split into many files.
const MaxFileSize = 16 << 20

// readFile reads a case file of at most MaxFileSize bytes, into buf when
// it is large enough.
func readFile(fsys fs.FS, name string, buf []byte) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read file: %s", unwrapPath(err))
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() < MaxFileSize {
		size = int(info.Size()) + 1 // +1 to see the end of the file at once
	}
	data := buf[:0]
	if cap(data) < size {
		data = make([]byte, 0, size)
	}
	for len(data) <= MaxFileSize {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("cannot read file: %s", unwrapPath(err))
		}
	}
	if len(data) > MaxFileSize {
		size := ""
		if info, err := f.Stat(); err == nil {
			size = fmt.Sprintf(" (%.1f MiB)", float64(info.Size())/(1<<20))
		}
		return nil, fmt.Errorf("the file is larger than %d MiB%s: split it into several files", MaxFileSize>>20, size)
	}
	return data, nil
}
