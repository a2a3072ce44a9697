package locale

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
)

// keys reads every Go file of the module but the tests and returns the
// English words the code asks a Language for: the literal arguments of
// Say, Sayf, Plural and Count, and of Key (string literals, or literals
// joined with +), with where each is asked.
// locale.Count and the other functions of the package speak English only
// and are not read.
func keys(t *testing.T) map[string]string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("the module root is not two folders up: %v", err)
	}
	found := map[string]string{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "locale" && sel.Sel.Name != "Key" {
				return true // the package's own functions speak English only
			}
			var args []ast.Expr
			switch sel.Sel.Name {
			case "Say", "Sayf", "Key":
				if len(call.Args) > 0 {
					args = call.Args[:1]
				}
			case "Plural", "Count":
				if len(call.Args) == 3 {
					args = call.Args[1:]
				}
			}
			for _, a := range args {
				s, ok, err := literal(a)
				if err != nil {
					t.Errorf("%s: %v", fset.Position(a.Pos()), err)
					continue
				}
				if !ok {
					continue
				}
				if _, seen := found[s]; !seen {
					found[s] = fset.Position(a.Pos()).String()
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// literal returns the string a literal argument spells: a string literal,
// or literals joined with + to keep long sentences within the line.
func literal(e ast.Expr) (string, bool, error) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false, nil
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil, err
	case *ast.ParenExpr:
		return literal(e.X)
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false, nil
		}
		x, ok, err := literal(e.X)
		if !ok || err != nil {
			return "", false, err
		}
		y, ok, err := literal(e.Y)
		return x + y, ok, err
	}
	return "", false, nil
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs lists the formatting verbs of s without their argument indexes,
// sorted when s picks its arguments by index.
func verbs(s string) []string {
	var vs []string
	indexed := false
	for _, m := range verb.FindAllStringSubmatch(s, -1) {
		if m[1] != "" {
			indexed = true
		}
		vs = append(vs, strings.Replace(m[0], m[1], "", 1))
	}
	if indexed {
		slices.Sort(vs)
	}
	return vs
}

// TestWords holds every language to the code: each has the words the code
// asks for, with the same formatting verbs, and none nobody asks for.
func TestWords(t *testing.T) {
	asked := keys(t)
	if len(asked) < 200 {
		t.Fatalf("found only %d words asked for: is the scan still reading the module?", len(asked))
	}
	for _, l := range Languages[1:] {
		for k, where := range asked {
			tr, ok := l.says[k]
			if !ok {
				t.Errorf("%s: %s has no words for %q", where, l.Code, k)
				continue
			}
			want := verbs(k)
			got := verbs(tr)
			if strings.Contains(tr, "%[") {
				slices.Sort(want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: %q: the %s words %q have the verbs %q, want %q", where, k, l.Code, tr, got, want)
			}
		}
		for k := range l.says {
			if _, ok := asked[k]; !ok {
				t.Errorf("%s has words for %q, which nothing asks for", l.Code, k)
			}
		}
	}
}

func TestIn(t *testing.T) {
	for code, want := range map[string]*Language{"en": English, "de": German, "": English, "fr": English} {
		if got := In(code); got != want {
			t.Errorf("In(%q) = %s, want %s", code, got.Code, want.Code)
		}
	}
}

func TestGerman(t *testing.T) {
	a := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	b := time.Date(2026, 12, 13, 0, 0, 0, 0, time.UTC)
	c := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	for got, want := range map[string]string{
		German.Number(6.45):    "6,5",
		German.Number(10):      "10",
		German.Number(1.7e308): "1,7e+308",
		German.Dose(catalog.Dose{Sets: 2, Reps: 10, Seconds: 0, HoldSeconds: 5, PerSide: true}):  "2 × 10, 5 s halten, je Seite",
		German.Dose(catalog.Dose{Sets: 1, Reps: 0, Seconds: 0, HoldSeconds: 0, PerSide: false}):  "1 Satz",
		German.Dose(catalog.Dose{Sets: 3, Reps: 0, Seconds: 30, HoldSeconds: 0, PerSide: false}): "3 × 30 s",
		German.Count(2, "set", "sets"):              "2 Sätze",
		German.DayMonth(a):                          "7. Dez.",
		German.LongDate(a):                          "Mo 7. Dez. 2026",
		German.WeekdayLong(b):                       "Sonntag",
		German.DateRange(a, b):                      "Mo 7. Dez. – So 13. Dez. 2026",
		German.DateRange(b, c):                      "So 13. Dez. 2026 – Mo 1. März 2027",
		English.ShortDate(a):                        "Mon 7 Dec",
		English.Sayf("hold %s", English.Seconds(5)): "hold 5 s",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
