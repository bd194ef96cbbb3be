package diagram

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-graphviz"
)

// The patched go-graphviz has a cache setting and a lazy start; the
// unpatched one has neither, so this does not compile against it.
var (
	_ = graphviz.SetCompilationCache
	_ = graphviz.Init
)

// TestGoGraphvizPatchApplied: the build uses the patched copy in
// third_party, and no init function there does more than register
// functions (no compiling, no files, no calls into WebAssembly).
func TestGoGraphvizPatchApplied(t *testing.T) {
	mod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mod), "\nreplace github.com/goccy/go-graphviz => ./third_party/go-graphviz\n") {
		t.Fatal("go.mod does not replace go-graphviz with ./third_party/go-graphviz")
	}
	for _, f := range []string{"LICENSE", "PATCHES.md"} {
		if _, err := os.Stat(filepath.Join("../third_party/go-graphviz", f)); err != nil {
			t.Error(err)
		}
	}
	inits := 0
	err = filepath.WalkDir("../third_party/go-graphviz", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "_examples" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Name.Name != "init" || fn.Recv != nil {
				continue
			}
			inits++
			for _, stmt := range fn.Body.List {
				if !registers(stmt) {
					t.Errorf("%s: init does work at start-up: %T at %v", p, stmt, fset.Position(stmt.Pos()))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if inits == 0 {
		t.Fatal("found no init function: wrong folder?")
	}
}

// registers reports whether stmt only declares a function literal or calls
// wasm.OnInit or wasm.Register_* (which store a function for later).
func registers(stmt ast.Stmt) bool {
	switch s := stmt.(type) {
	case *ast.AssignStmt:
		for _, r := range s.Rhs {
			if _, ok := r.(*ast.FuncLit); !ok {
				return false
			}
		}
		return true
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		pkg, ok := sel.X.(*ast.Ident)
		return ok && pkg.Name == "wasm" && (sel.Sel.Name == "OnInit" || strings.HasPrefix(sel.Sel.Name, "Register_"))
	}
	return false
}
