package catalog

import (
	"bytes"
	"github.com/gluteplan/gluteplan/catalog/document"
	"strings"
	"testing"
)

// FuzzValidate checks that no catalog file, however broken, makes Validate
// panic, and that what it returns is consistent: findings in file order
// with real places, the same on every run, and a catalog when there are
// none.
func FuzzValidate(f *testing.F) {
	def := defaultJSON
	f.Add(def)
	f.Add(def[:len(def)/2])
	f.Add(bytes.Replace(def, []byte(`"reps"`), []byte(`"seconds"`), 1))
	f.Add(bytes.Replace(def, []byte(`"beginner"`), []byte(`"expert"`), 1))
	f.Add(bytes.Replace(def, []byte(`,`), []byte(``), 3))
	f.Add(bytes.ReplaceAll(def, []byte("\n"), []byte("\r\n")))
	f.Add([]byte(doc(ex("a", "progression", `"b"`), ex("b", "progression", `"a"`))))
	f.Add([]byte(doc(ex("a"), ex("a", "category", `"myofascial_release"`, "dose", `{"sets": 1, "seconds": 30, "hold_seconds": 3}`))))
	f.Add([]byte(doc(ex("a", "dose", `{"sets": 2.0, "reps": 1e1, "seconds": 30}`, "colour", `[]`))))
	f.Add([]byte(doc(ex("a", "name", `"Ягодичный мост 😀"`, "id", `"a"`))))
	f.Add([]byte(`{"exercises": [], "exercises": null}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Add([]byte("{\"exercises\": [\"\xff\"]}"))
	f.Add([]byte(strings.Repeat("[", 20000)))
	f.Add([]byte(`{"exercises": [{"dose": {"sets": 1e400}}]}`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, fs := Validate("f.json", data, Default())
		if len(fs) == 0 && c == nil {
			t.Fatal("no findings and no catalog")
		}
		for i, x := range fs {
			if x.File != "f.json" || x.Line < 1 || x.Col < 1 || x.Message == "" {
				t.Fatalf("bad finding %+v", x)
			}
			if i > 0 && (x.Line < fs[i-1].Line || x.Line == fs[i-1].Line && x.Col < fs[i-1].Col) {
				t.Fatalf("findings out of order: %v before %v", fs[i-1], x)
			}
		}
		_, again := Validate("f.json", data, Default())
		if findingLines(again) != findingLines(fs) {
			t.Fatalf("findings differ between runs:\n%s\nthen:\n%s", findingLines(fs), findingLines(again))
		}
	})
}

// FuzzLayers checks a file over the default catalog and an earlier custom
// file, as --catalog files are merged: no panic, findings in file order
// with real places, the same on every run; a file with notes only is
// valid and merges, and the merged catalog holds none of its disabled ids.
func FuzzLayers(f *testing.F) {
	first := []byte(disabling([]string{"clamshell"}, ex("mine", "progression", `"glute-bridge"`)))
	f.Add([]byte(doc(ex("mine", "level", `"advanced"`))))
	f.Add([]byte(disabling([]string{"single-leg-glute-bridge", "clamshel"}, ex("x", "progression", `"clamshell"`))))
	f.Add([]byte(doc(ex("hip-thrust-bench"), stretch("s", "name", `"Figure four"`))))
	f.Add([]byte(doc(ex("Hip Circles", "level", `"x"`), ex("b", "progression", `"nowhere"`))))
	f.Add([]byte(`{"disable": ["mine", "mine"], "exercises": []}`))
	f.Add([]byte(`{"disable": [1], "exercises": [{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func() (*Layers, *Catalog, []document.Finding) {
			l := NewLayers(true)
			c, fs := l.Validate("a.json", first)
			if c == nil || document.Problems(fs) > 0 {
				t.Fatalf("first file: %v", fs)
			}
			l.Add(c)
			c, fs = l.Validate("b.json", data)
			return l, c, fs
		}
		l, c, fs := check()
		for i, x := range fs {
			if x.File != "b.json" || x.Line < 1 || x.Col < 1 || x.Message == "" {
				t.Fatalf("bad finding %+v", x)
			}
			if i > 0 && (x.Line < fs[i-1].Line || x.Line == fs[i-1].Line && x.Col < fs[i-1].Col) {
				t.Fatalf("findings out of order: %v before %v", fs[i-1], x)
			}
		}
		if _, _, again := check(); findingLines(again) != findingLines(fs) {
			t.Fatalf("findings differ between runs:\n%s\nthen:\n%s", findingLines(fs), findingLines(again))
		}
		if c == nil || document.Problems(fs) > 0 {
			return
		}
		l.Add(c)
		merged := l.Catalog()
		defined := map[string]bool{}
		for _, e := range c.Exercises {
			defined[e.ID] = true
		}
		for _, id := range c.Disable {
			if _, ok := merged.ByID(id); ok && !defined[id] {
				t.Fatalf("disabled %q is still in the merged catalog", id)
			}
		}
		for _, e := range merged.Exercises {
			if _, ok := merged.ByID(e.Progression); e.Progression != "" && !ok {
				t.Fatalf("%s progresses to %q, which the merged catalog lacks", e.ID, e.Progression)
			}
		}
	})
}
