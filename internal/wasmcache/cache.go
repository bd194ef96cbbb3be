package wasmcache

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tetratelabs/wazero"
)

// ErrDisabled is returned by Open when EVENTGRAPH_NO_CACHE=1.
var ErrDisabled = errors.New("wasmcache: turned off by EVENTGRAPH_NO_CACHE=1")

// ErrUnsafe is wrapped by Open's errors about a folder that someone else
// owns or may write, or that is a symbolic link.
var ErrUnsafe = errors.New("wasmcache: unsafe cache folder")

// Cache is a compilation cache in a verified folder.
type Cache struct {
	// Dir is the folder given to wazero.
	Dir string
	// CompilationCache is the wazero cache writing into Dir.
	CompilationCache wazero.CompilationCache
	known            manifest
}

// Open prepares os.UserCacheDir()/eventgraph/name: it makes the folders
// (0700), checks who owns them and who may write them, removes files that do
// not match the manifest, and returns a wazero cache on the folder. Any
// failure is returned; the caller compiles in memory instead.
func Open(name string) (*Cache, error) {
	if os.Getenv("EVENTGRAPH_NO_CACHE") == "1" {
		return nil, ErrDisabled
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return nil, fmt.Errorf("wasmcache: %w", err)
	}
	return OpenIn(base, name)
}

// OpenIn is Open with the user cache folder given as base.
func OpenIn(base, name string) (*Cache, error) {
	if !filepath.IsAbs(base) {
		return nil, fmt.Errorf("%w: %s is not an absolute path", ErrUnsafe, base)
	}
	if err := os.MkdirAll(base, 0o700); err != nil {
		return nil, fmt.Errorf("wasmcache: %w", err)
	}
	if err := checkParent(base); err != nil {
		return nil, err
	}
	root := filepath.Join(base, "eventgraph")
	dir := filepath.Join(root, name)
	for _, d := range []string{root, dir} {
		if err := ownDir(d); err != nil {
			return nil, err
		}
	}
	known, err := verify(dir)
	if err != nil {
		return nil, err
	}
	cc, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		return nil, fmt.Errorf("wasmcache: %w", err)
	}
	return &Cache{Dir: dir, CompilationCache: cc, known: known}, nil
}

// ownDir makes d (0700) unless it exists, then checks it.
func ownDir(d string) error {
	if err := os.Mkdir(d, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
		return fmt.Errorf("wasmcache: %w", err)
	}
	return checkOwn(d, true)
}
