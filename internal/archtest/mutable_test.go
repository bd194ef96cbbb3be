package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestItem9NoExportedMutableLists: no package exports a package-level
// slice, map or channel variable (a caller could append to it, change its
// elements, or keep a slice that shares them); lists of names are arrays
// (casefile.Stances, diagram.Engines, ...) or functions.
func TestItem9NoExportedMutableLists(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	files := 0
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root {
			if strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // another module (third_party)
			}
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files++
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if !name.IsExported() {
						continue
					}
					var value ast.Expr
					if i < len(vs.Values) {
						value = vs.Values[i]
					}
					if kind := mutableKind(vs.Type, value); kind != "" {
						rel, _ := filepath.Rel(root, p)
						t.Errorf("%s:%d: exported %s %s: make it an array or a function",
							filepath.ToSlash(rel), fset.Position(name.Pos()).Line, kind, name.Name)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read only %d files under %s", files, root)
	}
}

// mutableKind names the kind of a variable declared with type typ or
// initialised with value when it is a slice, map or channel (as far as
// the syntax shows), and returns "" otherwise.
func mutableKind(typ, value ast.Expr) string {
	if k := typeKind(typ); k != "" {
		return k
	}
	switch v := value.(type) {
	case *ast.CompositeLit:
		return typeKind(v.Type)
	case *ast.UnaryExpr: // &T{...}
		if c, ok := v.X.(*ast.CompositeLit); ok && v.Op == token.AND {
			if k := typeKind(c.Type); k != "" {
				return "pointer to " + k
			}
		}
	case *ast.CallExpr:
		if id, ok := v.Fun.(*ast.Ident); ok && id.Name == "make" && len(v.Args) > 0 {
			return typeKind(v.Args[0])
		}
		if len(v.Args) == 1 { // a conversion such as []string(nil)
			return typeKind(v.Fun)
		}
	}
	return ""
}

// typeKind names a slice, map or channel type expression, or a pointer to
// one.
func typeKind(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.ArrayType:
		if t.Len == nil {
			return "slice"
		}
	case *ast.MapType:
		return "map"
	case *ast.ChanType:
		return "channel"
	case *ast.StarExpr:
		if k := typeKind(t.X); k != "" {
			return "pointer to " + k
		}
	case *ast.ParenExpr:
		return typeKind(t.X)
	}
	return ""
}
