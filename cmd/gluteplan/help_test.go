package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// runOut runs gluteplan with args and returns its exit code, stdout and
// stderr.
func runOut(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"gluteplan"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestTopicFiles holds the topic list and the help folder to each other:
// every file is a listed topic and every topic a file, with a title.
func TestTopicFiles(t *testing.T) {
	files, err := filepath.Glob("help/*.md")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".md"))
	}
	want := slices.Clone(topicNames)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("help/ holds %q, topicNames lists %q", names, topicNames)
	}
	for _, name := range topicNames {
		src, ok := topicSource(name)
		if !ok {
			t.Errorf("%s: not embedded", name)
			continue
		}
		if !strings.HasPrefix(src, "# ") {
			t.Errorf("%s: the first line is not the title (# ...)", name)
		}
	}
}

func TestHelpIndex(t *testing.T) {
	code, out, errOut := runOut("help")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	cmds := strings.Index(out, "The commands are:")
	topics := strings.Index(out, "Help topics:")
	if cmds < 0 || topics < cmds {
		t.Fatalf("the commands, then the topics, are not listed:\n%s", out)
	}
	for _, c := range newApp(nil, nil).Commands {
		if !regexp.MustCompile(`(?m)^    ` + c.Name + ` +\S`).MatchString(out[cmds:topics]) {
			t.Errorf("command %s is not listed with its summary", c.Name)
		}
	}
	for _, name := range topicNames {
		src, _ := topicSource(name)
		line := hangingLine(name, topicSummary(src))
		if !strings.Contains(out[topics:], line) {
			t.Errorf("topic %s is not listed as %q", name, line)
		}
		if strings.Count(line, "\n") != 1 {
			t.Errorf("topic %s: the summary %q takes more than a line: shorten the title", name, topicSummary(src))
		}
	}
	checkWidth(t, "gluteplan help", out)
}

func TestHelpTopic(t *testing.T) {
	for _, name := range topicNames {
		code, out, errOut := runOut("help", name)
		src, _ := topicSource(name)
		if code != 0 || errOut != "" || out != renderMarkdown(src, helpWidth) {
			t.Errorf("help %s: exit %d, stderr %q, and %d bytes that are not the topic", name, code, errOut, len(out))
		}
		// Code blocks print as they are; everything else fits 80 columns.
		checkWidth(t, "help/"+name+".md", renderMarkdown(withoutCode(src), helpWidth))
		prose := codeSpan.ReplaceAllString(out, "")
		if strings.Contains(prose, "<!--") || strings.Contains(prose, "](") || strings.Contains(prose, "**") {
			t.Errorf("help %s: Markdown left in the text", name)
		}
	}
}

// codeSpan is text in backquotes, which is printed as it stands.
var codeSpan = regexp.MustCompile("`[^`]*`")

// withoutCode is Markdown without its code blocks.
func withoutCode(src string) string {
	var b strings.Builder
	in := false
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, "```") {
			in = !in
			continue
		}
		if !in {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

func checkWidth(t *testing.T, what, text string) {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if n := utf8.RuneCountInString(l); n > 80 {
			t.Errorf("%s: line %d is %d columns wide: %q", what, i+1, n, l)
		}
	}
}

// TestHelpCommand: gluteplan help COMMAND prints what COMMAND --help does.
func TestHelpCommand(t *testing.T) {
	for _, args := range [][]string{{"plan"}, {"validate"}, {"catalog", "list"}, {"schema"}} {
		code, got, _ := runOut(append([]string{"help"}, args...)...)
		_, want, _ := runOut(append(args, "--help")...)
		if code != 0 || got != want || !strings.Contains(got, "USAGE:") {
			t.Errorf("help %s: exit %d,\n%s\nwant\n%s", strings.Join(args, " "), code, got, want)
		}
	}
}

func TestHelpUnknown(t *testing.T) {
	for _, args := range [][]string{{"bogus"}, {"catalog", "bogus"}, {"rules", "more"}} {
		code, out, errOut := runOut(append([]string{"help"}, args...)...)
		if code != exitUsage || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "rules, examples") {
			t.Errorf("help %s: exit %d, stdout %q, stderr %q: want exit 2 and one line listing the topics", strings.Join(args, " "), code, out, errOut)
		}
	}
}

// TestReadmeFrontPage: the README stays a front page that leads to every
// topic.
func TestReadmeFrontPage(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	if n := strings.Count(readme, "\n"); n > 400 {
		t.Errorf("README.md is %d lines: the front page holds at most 400, the rest goes to help topics", n)
	}
	for _, name := range topicNames {
		if !strings.Contains(readme, "](cmd/gluteplan/help/"+name+".md)") {
			t.Errorf("README.md does not link to the topic %s (cmd/gluteplan/help/%s.md)", name, name)
		}
	}
	for _, c := range newApp(nil, nil).Commands {
		if !strings.Contains(readme, "`gluteplan "+c.Name) {
			t.Errorf("README.md does not name the command gluteplan %s", c.Name)
		}
	}
}

func TestRenderMarkdown(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"heading and paragraph",
			"# Title\n\nSome **bold** and *italic* text with `code`,\nwrapped again.\n",
			"Title\n=====\n\nSome bold and italic text with `code`, wrapped again.\n"},
		{"a long paragraph wraps",
			strings.Repeat("word ", 20),
			"word word word word word word word word word word word word word word word word\nword word word word\n"},
		{"list items hang",
			"- one two three four five six seven eight nine ten eleven twelve thirteen fourteen\n  continued\n- two\n",
			"- one two three four five six seven eight nine ten eleven twelve thirteen\n  fourteen continued\n- two\n"},
		{"numbered items",
			"1. **First.** text\n   more\n",
			"1. First. text more\n"},
		{"code is kept and indented",
			"```\n$ gluteplan plan\nWeek 1 · build\n\n  x\n```\n",
			"    $ gluteplan plan\n    Week 1 · build\n\n      x\n"},
		{"a narrow table is aligned",
			"| code | meaning |\n|---|---|\n| 0 | success |\n| 130 | interrupted |\n",
			"code  meaning\n----  -----------\n0     success\n130   interrupted\n"},
		{"two columns hang",
			"| code | meaning |\n|---|---|\n| 1 | " + strings.Repeat("long ", 18) + "|\n",
			"code  meaning\n----  " + strings.Repeat("-", 73) + "\n1     " + strings.TrimSpace(strings.Repeat("long ", 14)) + "\n      long long long long\n"},
		{"a wide table goes a row at a time",
			"| field | flag | meaning |\n|---|---|---|\n| `weeks` | `--weeks` | " + strings.Repeat("long ", 16) + "|\n",
			"`weeks`\n    flag: `--weeks`\n    meaning: long long long long long long long long long long long long long\n      long long long\n"},
		{"links to topics name the command",
			"See [the rules](rules.md#the-rules), [a file](../../LICENSE) and [here](#x).\n",
			"See the rules (gluteplan help rules), a file and here.\n"},
		{"pictures and comments go",
			"<!-- file: x.json -->\n![a figure](x.svg)\n\n| | |\n|---|---|\n| ![a](a.svg) | ![b](b.svg) |\n\ntext\n",
			"text\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderMarkdown(tt.src, helpWidth); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
