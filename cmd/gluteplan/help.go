package main

import (
	"embed"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
)

// helpFiles are the guides that gluteplan help TOPIC prints: Markdown
// files that the README links to, so the same text reads well on a forge
// and in a terminal.
//
//go:embed help/*.md
var helpFiles embed.FS

// topicNames lists the help topics in reading order: from the person who
// plans, to the coach who writes catalog entries, to the contributor. Each
// is the file help/NAME.md; a test holds the list and the folder to each
// other. A topic named like a command (log, catalog) is printed instead of
// the command's help: gluteplan log --help gives that.
var topicNames = []string{
	"profile", "rules", "examples", "pdf", "log", "report", "calendar", "languages",
	"catalog", "figures", "exit-codes", "limits", "development",
}

// helpWidth is the width topics are wrapped to: a line fits a terminal of
// 80 columns.
const helpWidth = 79

// topicSource returns the Markdown of a topic.
func topicSource(name string) (string, bool) {
	data, err := helpFiles.ReadFile("help/" + name + ".md")
	if err != nil {
		return "", false
	}
	return string(data), true
}

// topicSummary is a topic's title, its first line ("# How a plan is
// built"), which gluteplan help prints beside its name.
func topicSummary(src string) string {
	first, _, _ := strings.Cut(src, "\n")
	return inlineText(strings.TrimSpace(strings.TrimLeft(first, "#")))
}

func helpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Usage:     "list the commands and the help topics, or print a topic",
		ArgsUsage: "[TOPIC | COMMAND [SUBCOMMAND]]",
		Description: `Without an argument, lists the commands and the help topics. With a
topic, prints that guide (the same text as the files the README links to);
with a command, prints the command's help, as gluteplan COMMAND --help does.

   gluteplan help
   gluteplan help rules
   gluteplan help plan`,
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			w := c.App.Writer
			if len(args) == 0 {
				return writeHelpIndex(w, c.App.Commands)
			}
			if len(args) == 1 {
				if src, ok := topicSource(args[0]); ok {
					_, err := io.WriteString(w, renderMarkdown(src, helpWidth))
					return err
				}
			}
			cmds := c.App.Commands
			for _, a := range args {
				cmd := findCommand(cmds, a)
				if cmd == nil || strings.HasPrefix(a, "-") {
					var names []string
					for _, cmd := range c.App.Commands {
						if !cmd.Hidden {
							names = append(names, cmd.Name)
						}
					}
					return usageErrorf("help: no topic or command %q: the topics are %s; the commands are %s",
						strings.Join(args, " "), strings.Join(topicNames, ", "), strings.Join(names, ", "))
				}
				cmds = cmd.Subcommands
			}
			return newApp(w, c.App.ErrWriter).Run(append(append([]string{"gluteplan"}, args...), "--help"))
		},
	}
}

// writeHelpIndex prints what gluteplan help prints alone: the commands,
// then the topics, each with its one line, as go help does.
func writeHelpIndex(w io.Writer, cmds []*cli.Command) error {
	var b strings.Builder
	b.WriteString("gluteplan plans home exercise programs for glutes that are always sore.\n\n")
	b.WriteString("Usage:\n\n    gluteplan COMMAND [arguments]\n\nThe commands are:\n\n")
	for _, c := range cmds {
		if !c.Hidden {
			b.WriteString(hangingLine(c.Name, c.Usage))
		}
	}
	b.WriteString("\nUse \"gluteplan COMMAND --help\" for a command's flags and examples.\n\nHelp topics:\n\n")
	for _, name := range topicNames {
		src, _ := topicSource(name)
		b.WriteString(hangingLine(name, topicSummary(src)))
	}
	b.WriteString("\nUse \"gluteplan help TOPIC\" to read a topic.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// hangingLine is one entry of the index: the name at 4 columns, the text
// at 17, wrapped under itself.
func hangingLine(name, text string) string {
	head := "    " + name + strings.Repeat(" ", max(1, 13-utf8.RuneCountInString(name)))
	return wrapText(text, head, strings.Repeat(" ", 17), helpWidth)
}

// renderMarkdown turns a topic's Markdown into plain text for a terminal,
// wrapped to width: headings underlined, paragraphs and list items
// re-wrapped, code blocks indented and kept as they are, tables aligned
// when they fit and otherwise written a row at a time, links to other
// topics as "gluteplan help TOPIC", pictures and comments left out.
func renderMarkdown(src string, width int) string {
	var out []string // blocks, separated by blank lines
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	var para []string // the lines of the paragraph or list item being read
	paraHead := ""    // the list marker of that item ("- ", "12. "), or ""
	tight := false    // the item follows another without a blank line
	flush := func() {
		if len(para) == 0 {
			return
		}
		text := inlineText(strings.Join(para, " "))
		if strings.TrimSpace(text) != "" {
			block := strings.TrimRight(wrapText(text, paraHead, strings.Repeat(" ", utf8.RuneCountInString(paraHead)), width), "\n")
			if tight && paraHead != "" && len(out) > 0 {
				out[len(out)-1] += "\n" + block
			} else {
				out = append(out, block)
			}
		}
		tight = paraHead != ""
		para, paraHead = nil, ""
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
			tight = false
		case strings.HasPrefix(trimmed, "```"):
			flush()
			tight = false
			var code []string
			for i++; i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), "```"); i++ {
				if lines[i] == "" {
					code = append(code, "")
				} else {
					code = append(code, "    "+lines[i])
				}
			}
			out = append(out, strings.Join(code, "\n"))
		case strings.HasPrefix(trimmed, "<!--") && strings.HasSuffix(trimmed, "-->"):
			// A note for the tests or for editors, not for readers.
		case strings.HasPrefix(line, "#"):
			flush()
			tight = false
			level := len(line) - len(strings.TrimLeft(line, "#"))
			title := inlineText(strings.TrimSpace(line[level:]))
			switch level {
			case 1:
				title += "\n" + strings.Repeat("=", utf8.RuneCountInString(title))
			case 2:
				title += "\n" + strings.Repeat("-", utf8.RuneCountInString(title))
			}
			out = append(out, title)
		case strings.HasPrefix(trimmed, "|"):
			flush()
			tight = false
			var rows []string
			for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|"); i++ {
				rows = append(rows, strings.TrimSpace(lines[i]))
			}
			i--
			if t := renderTable(rows, width); t != "" {
				out = append(out, t)
			}
		default:
			if m := listItem.FindStringSubmatch(line); m != nil {
				flush()
				paraHead = m[1] + m[2] + " "
				para = []string{m[3]}
				continue
			}
			para = append(para, trimmed)
		}
	}
	flush()
	return strings.Join(out, "\n\n") + "\n"
}

// listItem is the first line of a list item: its indent, its marker and
// its text.
var listItem = regexp.MustCompile(`^(\s*)([-*]|\d+\.)\s+(.*)$`)

// renderTable writes a Markdown table: columns aligned when the table
// fits the width; two columns with a narrow first one as a list, the
// second column wrapped beside the first; otherwise each row as its first
// cell followed by the others, indented and labelled with their column's
// header.
func renderTable(rows []string, width int) string {
	var cells [][]string
	for _, r := range rows {
		parts := splitRow(r)
		sep := true
		for _, p := range parts {
			if !tableRule.MatchString(p) {
				sep = false
			}
		}
		if sep {
			continue
		}
		for j := range parts {
			parts[j] = inlineText(parts[j])
		}
		cells = append(cells, parts)
	}
	if len(cells) == 0 {
		return ""
	}
	header, body := cells[0], cells[1:]
	empty := true
	for _, r := range cells {
		for _, c := range r {
			if c != "" {
				empty = false
			}
		}
	}
	if empty { // a table of pictures
		return ""
	}
	cols := 0
	for _, r := range cells {
		cols = max(cols, len(r))
	}
	widths := make([]int, cols)
	for _, r := range cells {
		for j, c := range r {
			widths[j] = max(widths[j], utf8.RuneCountInString(c))
		}
	}
	total := 2 * (cols - 1)
	for _, w := range widths {
		total += w
	}
	var b strings.Builder
	if total <= width {
		line := func(r []string) {
			var s strings.Builder
			for j, c := range r {
				s.WriteString(c)
				if j < len(r)-1 {
					s.WriteString(strings.Repeat(" ", widths[j]-utf8.RuneCountInString(c)+2))
				}
			}
			b.WriteString(strings.TrimRight(s.String(), " ") + "\n")
		}
		hasHeader := false
		for _, c := range header {
			if c != "" {
				hasHeader = true
			}
		}
		if hasHeader {
			line(header)
			rule := make([]string, cols)
			for j := range rule {
				rule[j] = strings.Repeat("-", widths[j])
			}
			line(rule)
		}
		for _, r := range body {
			line(r)
		}
		return strings.TrimRight(b.String(), "\n")
	}
	if cols == 2 && widths[0] <= 24 {
		// A narrow first column: the second hangs beside it.
		pad := widths[0] + 2
		rows := body
		if header[0] != "" || header[1] != "" {
			rows = append([][]string{header, {strings.Repeat("-", widths[0]), strings.Repeat("-", min(widths[1], width-pad))}}, body...)
		}
		for _, r := range rows {
			r = append(r, "", "")[:2]
			head := r[0] + strings.Repeat(" ", pad-utf8.RuneCountInString(r[0]))
			b.WriteString(strings.TrimRight(wrapText(r[1], head, strings.Repeat(" ", pad), width), " \n") + "\n")
		}
		return strings.TrimRight(b.String(), "\n")
	}
	for k, r := range body {
		if k > 0 {
			b.WriteString("\n")
		}
		indent := ""
		if len(r) > 0 && r[0] != "" {
			b.WriteString(wrapText(r[0], "", "", width))
			indent = "    "
		}
		for j := 1; j < len(r); j++ {
			if r[j] == "" {
				continue
			}
			text := r[j]
			cont := indent
			if cols > 2 && j < len(header) && header[j] != "" {
				text = header[j] + ": " + text
				cont += "  "
			}
			b.WriteString(wrapText(text, indent, cont, width))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// tableRule matches a cell of the line under a table's header: "---", ":--:".
var tableRule = regexp.MustCompile(`^:?-+:?$`)

// splitRow splits a table row into its cells; "\|" is a bar inside a cell.
func splitRow(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	row = strings.TrimSuffix(row, "|")
	var cells []string
	var cur strings.Builder
	inCode := false
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row) && row[i+1] == '|':
			cur.WriteByte('|')
			i++
		case row[i] == '`':
			inCode = !inCode
			cur.WriteByte('`')
		case row[i] == '|' && !inCode:
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

var (
	mdImage  = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	mdStrong = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	mdEm     = regexp.MustCompile(`(^|[\s(])\*([^*\s][^*]*)\*`)
)

// inlineText renders the inline Markdown of one line or paragraph:
// pictures go, emphasis marks go, code keeps its backquotes (what they
// hold is typed as it stands), and a link keeps its text, followed by the
// command that prints it when it points at another topic.
func inlineText(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLink.FindStringSubmatch(m)
		text, target := sub[1], sub[2]
		file, _, _ := strings.Cut(target, "#")
		switch {
		case strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://"):
			return text + " (" + target + ")"
		case strings.HasSuffix(file, ".md") && !strings.Contains(file, "/"):
			name := strings.TrimSuffix(file, ".md")
			if _, ok := topicSource(name); ok && !strings.Contains(text, "gluteplan help") {
				return text + " (gluteplan help " + name + ")"
			}
		}
		return text
	})
	s = mdStrong.ReplaceAllString(s, "$1")
	s = mdEm.ReplaceAllString(s, "$1$2")
	return strings.TrimSpace(s)
}

// wrapText fills text into lines of at most width columns, the first
// starting with first and the others with rest. A word longer than a line
// has a line of its own.
func wrapText(text, first, rest string, width int) string {
	var b strings.Builder
	line := first
	empty := true
	for _, w := range strings.Fields(text) {
		if !empty && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			b.WriteString(line + "\n")
			line, empty = rest, true
		}
		if !empty {
			line += " "
		}
		line += w
		empty = false
	}
	b.WriteString(strings.TrimRight(line, " ") + "\n")
	return b.String()
}
