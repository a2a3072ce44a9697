package catalog

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzValidate checks that no catalog file, however broken, makes Validate
// panic, and that what it returns is consistent: findings in file order
// with real places, the same on every run, and a catalog when there are
// none.
func FuzzValidate(f *testing.F) {
	def := DefaultJSON()
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
