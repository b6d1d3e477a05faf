package lazyregexp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestCompiledOnFirstUseOnly(t *testing.T) {
	r := New(`(?i)\bend_(case|if)\b`)
	if r.re != nil {
		t.Fatal("compiled by New")
	}
	if !r.MatchString("x END_IF;") || r.MatchString("x ENDIF;") {
		t.Error("wrong matches")
	}
	if got := r.FindStringSubmatch("END_CASE"); len(got) != 2 || got[1] != "CASE" {
		t.Errorf("submatch = %q", got)
	}
	if r.String() != `(?i)\bend_(case|if)\b` {
		t.Errorf("String() = %q", r.String())
	}
}

func TestConcurrentFirstUse(t *testing.T) {
	r := New(`a+b`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !r.MatchString("xaab") {
				t.Error("no match")
			}
		}()
	}
	wg.Wait()
}

func TestInvalidPatternPanicsOnUse(t *testing.T) {
	r := New(`(unclosed`)
	defer func() {
		if recover() == nil {
			t.Error("no panic for an invalid pattern")
		}
	}()
	r.MatchString("x")
}

// TestNoPatternCompiledAtStart keeps package-level patterns of the project's code lazy:
// one compiled in a variable's initialiser is paid by every gantry process at start.
func TestNoPatternCompiledAtStart(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			ast.Inspect(g, func(n ast.Node) bool {
				if _, ok := n.(*ast.FuncLit); ok {
					return false // compiled when the function runs
				}
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
						if x, ok := sel.X.(*ast.Ident); ok && x.Name == "regexp" && strings.HasPrefix(sel.Sel.Name, "MustCompile") {
							t.Errorf("%s: a package-level regexp.%s runs at every start: use lazyregexp.New", fset.Position(call.Pos()), sel.Sel.Name)
						}
					}
				}
				return true
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
