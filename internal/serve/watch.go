package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watch watches dir and every folder below it (hidden ones left out, as the
// loader leaves them out) and reloads the case once the folder has been
// quiet for the debounce time after a change to a .yaml or .yml file or to
// a folder. It returns when ctx ends.
func (s *Server) Watch(ctx context.Context, dir string) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	add := func(root string) {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			w.Add(p)
			return nil
		})
	}
	add(dir)
	var timer *time.Timer
	fire := make(chan struct{}, 1)
	for {
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if !relevant(ev) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					add(ev.Name)
				}
			}
			if timer == nil {
				timer = time.AfterFunc(s.o.Debounce, func() {
					select {
					case fire <- struct{}{}:
					default:
					}
				})
			} else {
				timer.Reset(s.o.Debounce)
			}
		case <-fire:
			if err := s.Reload(ctx); err != nil {
				return err
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			s.o.Log.Write([]byte("eventgraph serve: watching: " + err.Error() + "\n"))
		}
	}
}

// relevant tells whether a change can change the case: a YAML file, or a
// folder (created, removed or renamed), hidden names left out.
func relevant(ev fsnotify.Event) bool {
	base := filepath.Base(ev.Name)
	if strings.HasPrefix(base, ".") || ev.Op == fsnotify.Chmod {
		return false
	}
	ext := strings.ToLower(filepath.Ext(base))
	return ext == ".yaml" || ext == ".yml" || ext == ""
}
