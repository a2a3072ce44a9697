package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
)

// The README and the help topics show what gluteplan prints. These tests
// run every example and hold the text to the program's output, so no
// example can go stale; go test ./cmd/gluteplan -update rewrites them.
//
// An example is a fenced block whose first line is "$ gluteplan ...". Each
// "$ " line is a command, run in a fresh folder per document (the
// documents' commands run in order, so a later one can read what an
// earlier one wrote); the lines after it are what it prints, stdout and
// stderr as a terminal interleaves them. "> FILE" sends stdout to a file.
// A command that should fail says so at the end of its line, "# exit 2";
// any other exit status fails the test, -update or not, so an example
// cannot quietly turn into an error message.
// A line "..." stands for paragraphs left out: the paragraphs shown are
// found in the output by their first two words ("Week 5", "Read first:"),
// so -update keeps the same ones. A fenced block right after a line
// "<!-- file: NAME -->" is written to NAME before the commands after it
// run; the files in testdata/docs are there from the start. A line
// "<!-- set: FILE POINTER JSON -->" changes a JSON file as a person editing
// it by hand would, before the commands after it run. A block right
// after "<!-- output: NAME -->" shows the file NAME as the commands before
// it left it.

// docsNow is the day the examples run on: a Wednesday, so the default
// start is Monday 30 November 2026.
var docsNow = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

// docFiles are the documents whose examples and links are checked.
func docFiles(t *testing.T) []string {
	t.Helper()
	topics, err := filepath.Glob("help/*.md")
	if err != nil || len(topics) == 0 {
		t.Fatalf("no help topics: %v", err)
	}
	return append([]string{"../../README.md"}, topics...)
}

// fence is a fenced code block of a document.
type fence struct {
	open, close int        // the lines of the fences, counted from 0
	sets        [][]string // "<!-- set: ... -->" lines since the block before
	info        string
	body        []string
	file        string // from a "<!-- file: NAME -->" line just before
	output      string // from a "<!-- output: NAME -->" line just before
}

var (
	fileComment = regexp.MustCompile(`^<!-- (file|output): (\S+) -->$`)
	setComment  = regexp.MustCompile(`^<!-- set: (\S+) (\S+) (.+) -->$`)
)

func fences(lines []string) ([]fence, error) {
	var fs []fence
	var sets [][]string
	for i := 0; i < len(lines); i++ {
		if m := setComment.FindStringSubmatch(lines[i]); m != nil {
			sets = append(sets, m[1:])
		}
		if !strings.HasPrefix(lines[i], "```") {
			continue
		}
		f := fence{open: i, info: strings.TrimSpace(strings.TrimPrefix(lines[i], "```")), sets: sets}
		sets = nil
		if i > 0 {
			if m := fileComment.FindStringSubmatch(lines[i-1]); m != nil && m[1] == "file" {
				f.file = m[2]
			} else if m != nil {
				f.output = m[2]
			}
		}
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			f.body = append(f.body, lines[i])
		}
		if i == len(lines) {
			return nil, fmt.Errorf("line %d: a code block that is never closed", f.open+1)
		}
		f.close = i
		fs = append(fs, f)
	}
	return fs, nil
}

func TestDocExamples(t *testing.T) {
	defer func(n func() time.Time) { now = n }(now)
	now = func() time.Time { return docsNow }
	// A catalog named in the environment would change every plan.
	t.Setenv("GLUTEPLAN_CATALOG", "")
	os.Unsetenv("GLUTEPLAN_CATALOG")
	inputs, err := filepath.Abs("testdata/docs")
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range docFiles(t) {
		t.Run(filepath.Base(doc), func(t *testing.T) {
			path, err := filepath.Abs(doc)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			fs, err := fences(lines)
			if err != nil {
				t.Fatalf("%s: %v", doc, err)
			}
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(inputs)); err != nil {
				t.Fatal(err)
			}
			t.Chdir(dir)
			// Replace blocks from the last, so earlier line numbers hold.
			type change struct {
				f    fence
				body []string
			}
			var changes []change
			for _, f := range fs {
				for _, set := range f.sets {
					if err := jsonSet(set[0], set[1], set[2]); err != nil {
						t.Fatalf("%s: set %s: %v", doc, strings.Join(set, " "), err)
					}
				}
				if f.file != "" {
					if err := os.WriteFile(f.file, []byte(strings.Join(f.body, "\n")+"\n"), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if f.output != "" {
					data, err := os.ReadFile(f.output)
					if err != nil {
						t.Fatalf("%s:%d: %v: the commands before this block write no such file", doc, f.open+2, err)
					}
					if got := strings.Split(strings.TrimRight(string(data), "\n"), "\n"); !slices.Equal(got, f.body) {
						changes = append(changes, change{f, got})
					}
					continue
				}
				if len(f.body) == 0 || !strings.HasPrefix(f.body[0], "$ gluteplan ") {
					continue
				}
				got, err := runExample(f.body)
				if err != nil {
					t.Fatalf("%s:%d: %v", doc, f.open+2, err)
				}
				if !slices.Equal(got, f.body) {
					changes = append(changes, change{f, got})
				}
			}
			if len(changes) == 0 {
				return
			}
			if !*update {
				for _, c := range changes {
					t.Errorf("%s:%d: the example differs from what gluteplan prints (go test ./cmd/gluteplan -update rewrites it):\n%s",
						doc, c.f.open+2, lineDiff(strings.Join(c.f.body, "\n"), strings.Join(c.body, "\n")))
				}
				return
			}
			for k := len(changes) - 1; k >= 0; k-- {
				c := changes[k]
				lines = slices.Concat(lines[:c.f.open+1], c.body, lines[c.f.close:])
			}
			if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: rewrote %d examples", doc, len(changes))
		})
	}
}

// runExample runs the commands of an example block and returns the block
// as it should read: each command, then what it printed, cut to the
// paragraphs the block shows.
func runExample(body []string) ([]string, error) {
	var out []string
	for i := 0; i < len(body); {
		cmdLine := body[i]
		if !strings.HasPrefix(cmdLine, "$ gluteplan ") {
			return nil, fmt.Errorf("%q: an example's commands start with \"$ gluteplan \"", cmdLine)
		}
		j := i + 1
		for j < len(body) && !strings.HasPrefix(body[j], "$ ") {
			j++
		}
		shown := body[i+1 : j]
		line, wantCode := strings.TrimPrefix(cmdLine, "$ "), 0
		if m := exitComment.FindStringSubmatch(line); m != nil {
			line = line[:len(line)-len(m[0])]
			wantCode, _ = strconv.Atoi(m[1])
		}
		words, err := shellWords(line)
		if err != nil {
			return nil, fmt.Errorf("%q: %v", cmdLine, err)
		}
		var args []string
		redirect := ""
		for k := 0; k < len(words); k++ {
			if words[k] == ">" && k+1 < len(words) {
				redirect = words[k+1]
				k++
				continue
			}
			args = append(args, words[k])
		}
		var printed, stdout bytes.Buffer
		w := &printed
		if redirect != "" {
			w = &stdout
		}
		if code := run(args, w, &printed); code != wantCode {
			return nil, fmt.Errorf("%q: exit %d, want %d (write \"# exit %d\" after a command that should fail):\n%s",
				cmdLine, code, wantCode, code, printed.String())
		}
		if redirect != "" {
			if err := os.WriteFile(redirect, stdout.Bytes(), 0o644); err != nil {
				return nil, err
			}
		}
		var outLines []string
		if s := strings.TrimRight(printed.String(), "\n"); s != "" {
			for _, l := range strings.Split(s, "\n") {
				outLines = append(outLines, strings.TrimRight(l, " "))
			}
		}
		kept, err := keepShown(outLines, shown)
		if err != nil {
			return nil, fmt.Errorf("%q: %v", cmdLine, err)
		}
		out = append(append(out, cmdLine), kept...)
		i = j
	}
	return out, nil
}

// exitComment is the end of a command that should fail: "   # exit 2".
var exitComment = regexp.MustCompile(`\s+# exit (\d+)$`)

// keepShown cuts output to the paragraphs an example shows. Without a
// "..." line it shows everything; with one, the paragraphs shown are found
// in order by their first two words (the first, unless "..." comes before
// it, is the first of the output, so a new title is no puzzle), and "..."
// stands for each run of paragraphs between them that is left out.
func keepShown(output, shown []string) ([]string, error) {
	elided := false
	for _, l := range shown {
		if strings.TrimSpace(l) == "..." {
			elided = true
		}
	}
	if !elided {
		return output, nil
	}
	outParas := paragraphs(output)
	shownParas := paragraphs(shown)
	var keys []string
	for _, p := range shownParas {
		if strings.TrimSpace(p[0]) != "..." {
			keys = append(keys, paraKey(p))
		}
	}
	var kept [][]string
	pos := 0
	for n, k := range keys {
		j := pos
		for j < len(outParas) && paraKey(outParas[j]) != k {
			j++
		}
		if n == 0 && len(outParas) > 0 && strings.TrimSpace(shownParas[0][0]) != "..." {
			j = 0 // a block that starts with a paragraph starts where the output does
		}
		if j == len(outParas) {
			return nil, fmt.Errorf("the example shows a paragraph starting %q that is not in the output: change the example by hand", k)
		}
		if j > pos || (pos == 0 && j > 0) {
			kept = append(kept, []string{"..."})
		}
		kept = append(kept, outParas[j])
		pos = j + 1
	}
	if pos < len(outParas) {
		kept = append(kept, []string{"..."})
	}
	var lines []string
	for i, p := range kept {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, p...)
	}
	return lines, nil
}

// paragraphs splits lines at blank lines; a line "..." is a paragraph of
// its own.
func paragraphs(lines []string) [][]string {
	var ps [][]string
	var cur []string
	end := func() {
		if len(cur) > 0 {
			ps = append(ps, cur)
			cur = nil
		}
	}
	for _, l := range lines {
		switch strings.TrimSpace(l) {
		case "":
			end()
		case "...":
			end()
			ps = append(ps, []string{"..."})
		default:
			cur = append(cur, l)
		}
	}
	end()
	return ps
}

// paraKey is what finds a paragraph again in new output: the first two
// words of its first line.
func paraKey(p []string) string {
	f := strings.Fields(p[0])
	return strings.Join(f[:min(2, len(f))], " ")
}

// shellWords splits a command line as a shell would, for the quoting the
// examples use: '...', "..." and backslashes.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				return nil, fmt.Errorf("an unclosed '")
			}
			cur.WriteString(s[i+1 : i+1+end])
			i += end + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i == len(s) {
				return nil, fmt.Errorf("an unclosed \"")
			}
			inWord = true
		case c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
			inWord = true
		case strings.IndexByte("|&;<`$(){}*?", c) >= 0:
			return nil, fmt.Errorf("the examples' runner does not read %q: write the command without it", c)
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

func TestKeepShown(t *testing.T) {
	out := strings.Split("Glute plan: 4 weeks\nfor Ana\n\nWeek 1 · build\n  a\n\nWeek 2 · build\n  b\n\nWeek 3 · build\n  c\n\nEach evening\n  x", "\n")
	for _, tt := range []struct {
		name  string
		shown string
		want  string
	}{
		{"everything without dots", "old text", strings.Join(out, "\n")},
		{"a head", "Glute plan: 3 weeks\n\nWeek 1 · old\n\n...", "Glute plan: 4 weeks\nfor Ana\n\nWeek 1 · build\n  a\n\n..."},
		{"a gap inside", "Glute plan: 4 weeks\n\nWeek 1 · build\n  old\n...\nWeek 3\n...", "Glute plan: 4 weeks\nfor Ana\n\nWeek 1 · build\n  a\n\n...\n\nWeek 3 · build\n  c\n\n..."},
		{"a tail", "...\nEach evening", "...\n\nEach evening\n  x"},
		{"a gap no longer there", "...\nWeek 1\n...\nWeek 2\n...", "...\n\nWeek 1 · build\n  a\n\nWeek 2 · build\n  b\n\n..."},
		{"a new title", "Old title: 3 weeks\n\nWeek 1\n...", "Glute plan: 4 weeks\nfor Ana\n\nWeek 1 · build\n  a\n\n..."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := keepShown(out, strings.Split(tt.shown, "\n"))
			if err != nil {
				t.Fatal(err)
			}
			if g := strings.Join(got, "\n"); g != tt.want {
				t.Errorf("got\n%s\nwant\n%s", g, tt.want)
			}
		})
	}
	if _, err := keepShown(out, []string{"...", "Week 9 · build", "..."}); err == nil {
		t.Error("a paragraph that is not in the output was accepted")
	}
}

func TestShellWords(t *testing.T) {
	got, err := shellWords(`log l.json --note "short on time" --function 'Sit=3' a\ b`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"log", "l.json", "--note", "short on time", "--function", "Sit=3", "a b"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, bad := range []string{`a | b`, `"open`, `x $(y)`} {
		if _, err := shellWords(bad); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

// mdLinkTarget finds the links and pictures of a document.
var mdLinkTarget = regexp.MustCompile(`!?\[[^\]]*\]\(([^)\s]+)\)`)

// TestDocLinks checks that every relative link of the README and the topics
// names a file that exists, and every #anchor a heading of that file, as a
// forge makes them.
func TestDocLinks(t *testing.T) {
	for _, doc := range docFiles(t) {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		inCode := false
		for n, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "```") {
				inCode = !inCode
			}
			if inCode {
				continue
			}
			for _, m := range mdLinkTarget.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				file, anchor, _ := strings.Cut(target, "#")
				path := doc
				if file != "" {
					path = filepath.Join(filepath.Dir(doc), file)
					if _, err := os.Stat(path); err != nil {
						t.Errorf("%s:%d: %s: no such file", doc, n+1, target)
						continue
					}
				}
				if anchor != "" && !slices.Contains(anchors(t, path), anchor) {
					t.Errorf("%s:%d: %s: no heading makes the anchor #%s (there are %q)", doc, n+1, target, anchor, anchors(t, path))
				}
			}
		}
	}
}

// anchors are the anchors a forge gives the headings of a Markdown file:
// lower case, punctuation dropped, spaces as hyphens.
func anchors(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var as []string
	inCode := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "```") {
			inCode = !inCode
		}
		if inCode || !strings.HasPrefix(line, "#") {
			continue
		}
		title := strings.ToLower(strings.TrimSpace(strings.TrimLeft(line, "#")))
		var b strings.Builder
		for _, r := range title {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127 && r != '→' && r != '–' && r != '—' && r != '·':
				b.WriteRune(r)
			}
		}
		as = append(as, b.String())
	}
	return as
}

// commandLine is a line of a code block that runs gluteplan, as typed or
// as a synopsis.
var commandLine = regexp.MustCompile(`^(?:\$ )?(?:gluteplan|go run \./cmd/gluteplan) (.*)$`)

// TestDocCommandLines checks every gluteplan command line in the README's
// and the topics' code blocks against the commands' definitions: each
// command and subcommand exists and takes every flag written after it, so
// a renamed flag cannot linger in an example.
func TestDocCommandLines(t *testing.T) {
	app := newApp(&bytes.Buffer{}, &bytes.Buffer{})
	checked := 0
	for _, doc := range docFiles(t) {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := fences(strings.Split(string(data), "\n"))
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		for _, f := range fs {
			for k, line := range f.body {
				m := commandLine.FindStringSubmatch(line)
				if m == nil || strings.HasPrefix(line, "$ ") {
					// Examples that start with "$" are run, and show what
					// gluteplan says about their flags.
					continue
				}
				where := fmt.Sprintf("%s:%d", doc, f.open+k+2)
				if err := checkCommandLine(app, m[1]); err != nil {
					t.Errorf("%s: %s: %v", where, line, err)
				}
				checked++
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d command lines found in the documents: is the pattern right?", checked)
	}
}

// flagWord is a flag as a command line writes it: -o, --lang, --lang=de.
var flagWord = regexp.MustCompile(`^--?[a-z][a-z0-9-]*(=.*)?$`)

// checkCommandLine checks the words after "gluteplan": the command path,
// then the flags.
func checkCommandLine(app *cli.App, line string) error {
	line, _, _ = strings.Cut(line, " #")
	words := strings.Fields(line)
	cmds := app.Commands
	var cmd *cli.Command
	path := "gluteplan"
	i := 0
	for ; i < len(words); i++ {
		c := findCommand(cmds, words[i])
		if c == nil {
			break
		}
		cmd, cmds, path = c, c.Subcommands, path+" "+words[i]
	}
	if cmd == nil {
		if i < len(words) && strings.HasPrefix(words[i], "-") {
			cmd = &cli.Command{} // global flags only
		} else {
			return fmt.Errorf("no such command")
		}
	}
	for _, w := range words[i:] {
		w = strings.Trim(w, "[]()|.")
		if !flagWord.MatchString(w) {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimLeft(w, "-"), "=")
		if name == "help" || name == "h" || name == "version" || name == "v" {
			continue
		}
		known := false
		for _, f := range cmd.Flags {
			if slices.Contains(f.Names(), name) {
				known = true
			}
		}
		if !known {
			return fmt.Errorf("%s takes no flag --%s", path, name)
		}
	}
	return nil
}

// lineDiff shows how got differs from want, a line at a time: "-" for a
// line only the document has, "+" for one only the program prints, with two
// lines of context around each change.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	// lcs[i][j] is the longest common subsequence of w[i:] and g[j:].
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []string
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			ops = append(ops, "  "+w[i])
			i, j = i+1, j+1
		case j < len(g) && (i == len(w) || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, "+ "+g[j])
			j++
		default:
			ops = append(ops, "- "+w[i])
			i++
		}
	}
	var b strings.Builder
	skipped := false
	for k, op := range ops {
		near := false
		for d := max(0, k-2); d <= min(len(ops)-1, k+2); d++ {
			if ops[d][0] != ' ' {
				near = true
			}
		}
		if !near {
			skipped = true
			continue
		}
		if skipped {
			b.WriteString("  ~~~\n")
			skipped = false
		}
		b.WriteString(op + "\n")
	}
	return b.String()
}
