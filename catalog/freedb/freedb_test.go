package freedb

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gluteplan/gluteplan/catalog"
	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/catalog/jsonpos"
)

func readSample(t testing.TB) []Entry {
	data, err := os.ReadFile(filepath.Join("testdata", "sample.json"))
	if err != nil {
		t.Fatal(err)
	}
	es, fs := Read("sample.json", data)
	if len(fs) > 0 {
		t.Fatal(fs)
	}
	return es
}

// TestConvertGolden pins the whole output for the sample: what maps, the
// placeholders, the review list with lines, what is left out and why.
func TestConvertGolden(t *testing.T) {
	got := Convert(readSample(t)).jsonc("sample.json")
	golden := filepath.Join("testdata", "sample.want.jsonc")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update to accept):\n%s", golden, lineDiff(string(want), string(got)))
	}
	if again := Convert(readSample(t)).jsonc("sample.json"); !bytes.Equal(got, again) {
		t.Error("output differs between runs")
	}
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n- " + a + "\n+ " + c + "\n")
		}
	}
	return b.String()
}

func TestConvert(t *testing.T) {
	r := Convert(readSample(t))
	byFrom := map[string]Imported{}
	for _, im := range r.Imported {
		byFrom[im.From] = im
	}
	left := map[string]string{}
	for _, l := range r.Left {
		left[l.From] = l.Reason
	}
	tests := []struct {
		from               string
		category           catalog.Category
		position           catalog.Position
		equipment, targets string
		level              catalog.Level
		review             string
	}{
		{"Hip_Lift_Floor", catalog.Activation, catalog.Supine, "", "gluteus_maximus hamstrings", catalog.Beginner, "dose glute_load hip_compression why"},
		{"Deep_Seat_Stretch", catalog.StaticStretch, catalog.Seated, "", "gluteus_maximus", catalog.Beginner, "dose hip_compression why"},
		{"Outer_Thigh-SMR", catalog.MyofascialRelease, catalog.SideLying, "foam_roller", "gluteus_medius", catalog.Intermediate, "dose hip_compression why"},
		{"Band_Side_Steps", catalog.Activation, catalog.Standing, "resistance_band", "gluteus_medius gluteus_maximus", catalog.Beginner, "dose glute_load hip_compression why"},
		{"Bell_Hip_Hinge_Swing", catalog.Activation, catalog.Standing, "kettlebell", "hamstrings gluteus_maximus lower_back", catalog.Advanced, "dose glute_load hip_compression why"},
		{"Hüft_Öffner", catalog.StaticStretch, catalog.Kneeling, "", "quadriceps", catalog.Beginner, "dose hip_compression why"},
		{"Ball_Bridge_Curl", catalog.Activation, catalog.Supine, "exercise_ball", "hamstrings gluteus_maximus", catalog.Intermediate, "dose glute_load hip_compression why"},
		{"Step_Up_Other", catalog.Activation, "", "", "quadriceps gluteus_maximus", catalog.Beginner, "equipment position dose glute_load hip_compression why"},
	}
	for _, tt := range tests {
		im, ok := byFrom[tt.from]
		if !ok {
			t.Errorf("%s: not imported (%s)", tt.from, left[tt.from])
			continue
		}
		x := im.Exercise
		if x.Category != tt.category || x.Position != tt.position || x.Level != tt.level ||
			join(x.Equipment) != tt.equipment || join(x.Targets) != tt.targets || strings.Join(im.Review, " ") != tt.review {
			t.Errorf("%s: got %s %q %s equipment %q targets %q review %q", tt.from, x.Category, x.Position, x.Level, join(x.Equipment), join(x.Targets), strings.Join(im.Review, " "))
		}
		if x.License != License || !strings.Contains(x.Source, tt.from) || x.Image != "" {
			t.Errorf("%s: source %q, license %q, image %q", tt.from, x.Source, x.License, x.Image)
		}
	}
	if id := byFrom["Hüft_Öffner"].Exercise.ID; id != "hueftoeffner-im-kniestand" {
		t.Errorf("id %q", id)
	}
	if s := byFrom["Outer_Thigh-SMR"].Exercise.Steps; len(s) != 3 {
		t.Errorf("one instruction of three sentences: steps %q", s)
	}
	for from, want := range map[string]string{
		"Loaded_Back_Squat": "barbell", "Seated_Hip_Press_Machine": "machine", "Assisted_Hamstring_Stretch": "partner",
		"Box_Hop": "jumping", "Calf_Wall_Lean": "none of the muscles", "Ball_Toss_Lunge": "medicine ball",
	} {
		if !strings.Contains(left[from], want) {
			t.Errorf("%s: left out for %q, want a reason with %q", from, left[from], want)
		}
	}
}

func join[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, " ")
}

// fill does what a reviewer does: replaces each placeholder with a value.
func fill(out []byte) []byte {
	s := string(out)
	s = regexp.MustCompile(`"dose": "REVIEW[^"]*(\\"[^"]*)*"`).ReplaceAllString(s, `"dose": {"sets": 2, "seconds": 30}`)
	s = regexp.MustCompile(`"glute_load": "REVIEW[^"]*"`).ReplaceAllString(s, `"glute_load": 0.5`)
	s = regexp.MustCompile(`"hip_compression": "REVIEW[^"]*"`).ReplaceAllString(s, `"hip_compression": false`)
	s = regexp.MustCompile(`"position": "REVIEW[^"]*"`).ReplaceAllString(s, `"position": "standing"`)
	s = regexp.MustCompile(`"equipment": "REVIEW[^"]*"`).ReplaceAllString(s, `"equipment": ["step"]`)
	s = strings.ReplaceAll(s, `"why": ""`, `"why": "Filled in by the reviewer."`)
	return []byte(s)
}

// TestOutputValidatesOnceFilled checks the promise of the import: the
// output fails validation only at the placeholders, and validates once
// they are filled in.
func TestOutputValidatesOnceFilled(t *testing.T) {
	r := Convert(readSample(t))
	out := r.jsonc("sample.json")
	_, fs := catalog.NewLayers(true).Validate("imported.json", out)
	if len(fs) == 0 {
		t.Fatal("the output validates before review")
	}
	checkFindingsAtPlaceholders(t, r, fs)
	if _, fs := catalog.NewLayers(true).Validate("imported.json", fill(out)); document.Problems(fs) > 0 {
		t.Fatalf("filled in, the output does not validate: %v", fs)
	}
	// The review list's lines point at the entries' first lines.
	lines := strings.Split(string(out), "\n")
	for _, m := range regexp.MustCompile(`//   ([a-z0-9-]+) \(line (\d+)\)`).FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		if !strings.Contains(lines[n-1], `"id": "`+m[1]+`"`) {
			t.Errorf("review list says %s is at line %d, which reads %q", m[1], n, lines[n-1])
		}
	}
}

func checkFindingsAtPlaceholders(t *testing.T, r Result, fs []document.Finding) {
	t.Helper()
	for _, f := range fs {
		if f.Severity == document.Note {
			continue // notes inform the reviewer; they do not fail validation
		}
		toks, _ := jsonpos.Split(f.Pointer)
		if len(toks) < 2 || toks[0] != "exercises" {
			t.Fatalf("finding outside an entry: %v", f)
		}
		i, _ := strconv.Atoi(toks[1])
		field := "?"
		if len(toks) > 2 {
			field = toks[2]
		}
		if i >= len(r.Imported) || !strings.Contains(" "+strings.Join(r.Imported[i].Review, " ")+" ", " "+field+" ") {
			t.Fatalf("finding not at a field to review: %v", f)
		}
	}
}

func TestRead(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"not a list", `{"exercises": []}`, "d.json:1:1: /: not the free-exercise-db dataset"},
		{"an entry that is not an object", `[{"id": "a", "name": "A"}, 3]`, "d.json:1:28: /1: entry 2 is not an object"},
		{"no name", `[{"id": "a"}]`, `d.json:1:2: /0: entry 1 has no "name"`},
		{"wrong kind", "[{\"id\": \"a\", \"name\": \"A\",\n \"instructions\": \"Do it.\"}]", `d.json:2:18: /0/instructions: "instructions" must be a list of texts`},
		{"syntax", `[{"id": "a",, }]`, "d.json:1:13: /: invalid JSON"},
		{"empty", ``, "d.json:1:1: /: the file is empty"},
	}
	for _, tt := range tests {
		_, fs := Read("d.json", []byte(tt.data))
		if len(fs) == 0 || !strings.HasPrefix(fs[0].String(), tt.want) {
			t.Errorf("%s: findings %v, want %q", tt.name, fs, tt.want)
		}
	}
}

func TestMakeID(t *testing.T) {
	for name, want := range map[string]string{
		"Glute Bridge":              "glute-bridge",
		"Hüftkreisen stehend":       "hueftkreisen-stehend",
		"90/90 Hip Switch":          "90-90-hip-switch",
		"Élévation du bassin (É)":   "elevation-du-bassin-e",
		"  --Side-Lying   Clam--  ": "side-lying-clam",
		"Straße":                    "strasse",
		"Ягодичный мост":            "fallback",
		"ﬁnal ﬂex":                  "final-flex",
		"Ｇｌｕｔｅ Ｂｒｉｄｇｅ":              "glute-bridge",
	} {
		if got := MakeID(name, "Fallback"); got != want {
			t.Errorf("MakeID(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestDuplicates checks that entries of one name get ids of their own in
// time that grows with their number, not its square (issue 21: 10,000
// took 14 s), and that a dataset id given twice is noted.
func TestDuplicates(t *testing.T) {
	entries := func(n int) []Entry {
		es := make([]Entry, n)
		for i := range es {
			es[i] = Entry{ID: fmt.Sprintf("Bridge_%d", i), Name: "Glute Bridge", Category: "strength", Equipment: "body only", PrimaryMuscles: []string{"glutes"}, Instructions: []string{"Lie down.", "Lift."}}
		}
		return es
	}
	r := Convert(entries(3000))
	if got := r.Imported[2999].Exercise.ID; got != "glute-bridge-3000" {
		t.Errorf("the 3000th id is %q", got)
	}
	small := testing.AllocsPerRun(2, func() { Convert(entries(1000)) })
	large := testing.AllocsPerRun(2, func() { Convert(entries(4000)) })
	if large > 6*small {
		t.Errorf("4,000 entries allocate %.0f times, 1,000 %.0f: more than linear", large, small)
	}
	es := entries(3)
	es[2].ID = es[0].ID
	if r := Convert(es); len(r.Notes) != 1 || !strings.Contains(r.Notes[0], `entries 1 and 3 of the dataset have the same id "Bridge_0"`) {
		t.Errorf("notes: %q", r.Notes)
	}
}

// FuzzImport checks that no dataset file, however odd, makes the import
// panic, and that its output always reads as a catalog whose only
// problems are at the fields listed for review.
func FuzzImport(f *testing.F) {
	data, _ := os.ReadFile(filepath.Join("testdata", "sample.json"))
	f.Add(data)
	f.Add([]byte(`[{"id": "x", "name": "\u0000\u001b[31m", "equipment": "bands", "primaryMuscles": ["glutes"], "instructions": ["a"]}]`))
	f.Add([]byte(`[{"id": "", "name": "", "category": "stretching", "primaryMuscles": ["abdominals", "abdominals"]}]`))
	f.Add([]byte(`[{"id": "a", "name": "Same"}, {"id": "b", "name": "Same", "primaryMuscles": ["glutes"]}, {"id": "c", "name": "same!", "primaryMuscles": ["glutes"]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		es, fs := Read("d.json", data)
		if len(fs) > 0 {
			for _, x := range fs {
				if x.Line < 1 || x.Col < 1 || x.Message == "" {
					t.Fatalf("bad finding %v", x)
				}
			}
			return
		}
		r := Convert(es)
		out := r.jsonc("d.json")
		_, fs = document.Read("catalog", "out.json", out)
		for _, x := range fs {
			if strings.Contains(x.Message, "invalid JSON") {
				t.Fatalf("output is not JSON: %v\n%s", x, out)
			}
		}
		checkFindingsAtPlaceholders(t, r, fs)
	})
}

// jsonc is the catalog file of [Result.JSONCLines], for tests that want only
// the bytes.
func (r Result) jsonc(from string) []byte {
	out, _ := r.JSONCLines(from)
	return out
}
