package graphviz_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/goccy/go-graphviz"
	"github.com/tetratelabs/wazero"
)

// TestLazyStartCorruptCache: nothing is started before the first use; a
// cache folder whose entries are all corrupt makes the first use compile in
// memory instead of failing or panicking. It must run in a process of its
// own (the module starts once per process):
//
//	go test -run TestLazyStartCorruptCache github.com/goccy/go-graphviz
func TestLazyStartCorruptCache(t *testing.T) {
	if graphviz.Directed != nil {
		t.Fatal("the module was started before first use")
	}
	dir := t.TempDir()
	// Warm a cache in dir from another runtime, then corrupt every file.
	warm, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	graphviz.SetCompilationCache(warm)
	if err := graphviz.Init(context.Background()); err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			files = append(files, p)
		}
		return err
	})
	if len(files) == 0 {
		t.Fatal("no cache file written")
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(f, fi.Size()/2); err != nil {
			t.Fatal(err)
		}
	}
	graphviz.TestingCloseModule()
	bad, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	graphviz.SetCompilationCache(bad)
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		t.Fatalf("New with a corrupt cache: %v", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes([]byte("digraph { a -> b }"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("<svg")) {
		t.Fatalf("no SVG: %q", buf.String())
	}
}
