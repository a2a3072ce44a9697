package calendar_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// This file is a second, independent reader of iCalendar files, written
// from RFC 5545 for the tests: it shares no code with golang-ical, which
// writes the files. It is strict where the RFC says MUST and where
// importers are known to be fussy.

// component is a parsed BEGIN:X ... END:X block.
type component struct {
	name  string
	props []property
	subs  []*component
}

// property is one content line, unfolded, its text value unescaped.
type property struct {
	name   string
	params map[string]string
	value  string
}

func (c *component) all(name string) []property {
	var out []property
	for _, p := range c.props {
		if p.name == name {
			out = append(out, p)
		}
	}
	return out
}

func (c *component) get(t testing.TB, name string) property {
	t.Helper()
	ps := c.all(name)
	if len(ps) != 1 {
		t.Fatalf("%s has %d %s properties, want 1", c.name, len(ps), name)
	}
	return ps[0]
}

// textProps hold TEXT values, whose commas, semicolons, backslashes and
// newlines must be escaped.
var textProps = map[string]bool{"SUMMARY": true, "DESCRIPTION": true, "X-WR-CALNAME": true, "X-WR-CALDESC": true, "CATEGORIES": false}

// readICS parses data strictly and returns the VCALENDAR.
func readICS(t testing.TB, data []byte) *component {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("the file does not end with CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var logical []string
	for i, line := range physical {
		n := i + 1
		if strings.ContainsAny(line, "\r\n") {
			t.Fatalf("line %d: a bare CR or LF: lines must end with CRLF", n)
		}
		if len(line) > 75 {
			t.Fatalf("line %d is %d octets, over 75: %q", n, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Fatalf("line %d: folding split a UTF-8 character: %q", n, line)
		}
		if line == "" {
			t.Fatalf("line %d is empty", n)
		}
		if line[0] == ' ' || line[0] == '\t' {
			if len(logical) == 0 {
				t.Fatalf("line %d: a continuation line with nothing before it", n)
			}
			logical[len(logical)-1] += line[1:]
			continue
		}
		logical = append(logical, line)
	}
	var stack []*component
	var root *component
	for _, line := range logical {
		p := parseLine(t, line)
		switch p.name {
		case "BEGIN":
			c := &component{name: p.value}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.subs = append(top.subs, c)
			} else if root != nil {
				t.Fatal("a second component after the VCALENDAR")
			} else {
				root = c
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].name != p.value {
				t.Fatalf("END:%s does not close the open component", p.value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				t.Fatalf("property %s outside any component", p.name)
			}
			top := stack[len(stack)-1]
			top.props = append(top.props, p)
		}
	}
	if len(stack) > 0 || root == nil || root.name != "VCALENDAR" {
		t.Fatal("the file is not one closed VCALENDAR")
	}
	checkCalendar(t, root)
	return root
}

// parseLine splits "NAME;P=V;P2=\"V\":VALUE", the colon in quotes not
// counting, and unescapes TEXT values.
func parseLine(t testing.TB, line string) property {
	t.Helper()
	inQuote := false
	colon := -1
	for i := 0; i < len(line) && colon < 0; i++ {
		switch line[i] {
		case '"':
			inQuote = !inQuote
		case ':':
			if !inQuote {
				colon = i
			}
		}
	}
	if colon < 0 {
		t.Fatalf("no colon in %q", line)
	}
	head, value := line[:colon], line[colon+1:]
	parts := strings.Split(head, ";")
	p := property{name: parts[0], params: map[string]string{}, value: value}
	for _, name := range []byte(p.name) {
		if !(name >= 'A' && name <= 'Z' || name >= '0' && name <= '9' || name == '-') {
			t.Fatalf("bad property name %q", p.name)
		}
	}
	for _, kv := range parts[1:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			t.Fatalf("bad parameter %q in %q", kv, line)
		}
		p.params[k] = v
	}
	if textProps[p.name] {
		p.value = unescape(t, value)
	}
	return p
}

func unescape(t testing.TB, s string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 == len(s) {
				t.Fatalf("a lone backslash ends %q", s)
			}
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			case '\\', ';', ',':
				b.WriteByte(s[i])
			default:
				t.Fatalf("unknown escape \\%c in %q", s[i], s)
			}
		case ';', ',':
			t.Fatalf("unescaped %c in text %q", c, s)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// checkCalendar checks what RFC 5545 requires of the calendar and each
// event and alarm.
func checkCalendar(t testing.TB, cal *component) {
	t.Helper()
	if cal.get(t, "VERSION").value != "2.0" {
		t.Error("VERSION is not 2.0")
	}
	cal.get(t, "PRODID")
	uids := map[string]bool{}
	for _, ev := range cal.subs {
		if ev.name != "VEVENT" {
			t.Fatalf("unexpected component %s", ev.name)
		}
		uid := ev.get(t, "UID").value
		if uids[uid] {
			t.Fatalf("UID %s is used twice", uid)
		}
		uids[uid] = true
		if st := ev.get(t, "DTSTAMP").value; !strings.HasSuffix(st, "Z") || len(st) != 16 {
			t.Fatalf("%s: DTSTAMP %q is not a UTC date-time", uid, st)
		}
		start := ev.get(t, "DTSTART")
		end := ev.get(t, "DTEND")
		if start.params["VALUE"] != end.params["VALUE"] {
			t.Fatalf("%s: DTSTART and DTEND of different types", uid)
		}
		if s, e := when(t, start), when(t, end); !e.After(s) {
			t.Fatalf("%s: ends at %v, not after its start %v", uid, e, s)
		}
		if strings.HasSuffix(start.value, "Z") || start.params["TZID"] != "" {
			t.Fatalf("%s: DTSTART %q is not a floating local time or a date", uid, start.value)
		}
		for _, a := range ev.subs {
			if a.name != "VALARM" {
				t.Fatalf("%s: unexpected %s in an event", uid, a.name)
			}
			if a.get(t, "ACTION").value == "DISPLAY" && a.get(t, "DESCRIPTION").value == "" {
				t.Fatalf("%s: a DISPLAY alarm without text", uid)
			}
			a.get(t, "TRIGGER")
		}
	}
}

// when reads a DTSTART or DTEND: a date, or a floating date-time.
func when(t testing.TB, p property) time.Time {
	t.Helper()
	layout := "20060102T150405"
	if p.params["VALUE"] == "DATE" {
		layout = "20060102"
	}
	v, err := time.Parse(layout, p.value)
	if err != nil {
		t.Fatalf("%s %q: %v", p.name, p.value, err)
	}
	return v
}

// occurrences expands an event's weekly RRULE, written from RFC 5545
// §3.3.10 for the parts gluteplan uses (FREQ=WEEKLY, BYDAY, UNTIL), and
// returns the start of every occurrence. An event without RRULE occurs
// once.
func occurrences(t testing.TB, ev *component) []time.Time {
	t.Helper()
	start := when(t, ev.get(t, "DTSTART"))
	rules := ev.all("RRULE")
	if len(rules) == 0 {
		return []time.Time{start}
	}
	parts := map[string]string{}
	for _, kv := range strings.Split(rules[0].value, ";") {
		k, v, _ := strings.Cut(kv, "=")
		if _, dup := parts[k]; dup {
			t.Fatalf("RRULE repeats %s", k)
		}
		parts[k] = v
	}
	if parts["FREQ"] != "WEEKLY" || parts["BYDAY"] == "" || parts["UNTIL"] == "" || parts["COUNT"] != "" {
		t.Fatalf("RRULE %q: this reader expands FREQ=WEEKLY;BYDAY=...;UNTIL=... only", rules[0].value)
	}
	until, err := time.Parse("20060102T150405", parts["UNTIL"])
	if err != nil {
		t.Fatalf("UNTIL %q must be a floating date-time like DTSTART: %v", parts["UNTIL"], err)
	}
	names := map[string]time.Weekday{"SU": time.Sunday, "MO": time.Monday, "TU": time.Tuesday, "WE": time.Wednesday, "TH": time.Thursday, "FR": time.Friday, "SA": time.Saturday}
	days := map[time.Weekday]bool{}
	for _, d := range strings.Split(parts["BYDAY"], ",") {
		wd, ok := names[d]
		if !ok {
			t.Fatalf("BYDAY %q", d)
		}
		days[wd] = true
	}
	if !days[start.Weekday()] {
		t.Fatalf("DTSTART %v is not one of the rule's days %s: calendars differ on such a first occurrence", start, parts["BYDAY"])
	}
	var out []time.Time
	for d := start; !d.After(until); d = d.AddDate(0, 0, 1) {
		if days[d.Weekday()] {
			out = append(out, d)
		}
	}
	return out
}

func TestReaderRejects(t *testing.T) {
	good := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"
	bad := map[string]string{
		"LF only":        strings.ReplaceAll(good, "\r\n", "\n"),
		"long line":      strings.Replace(good, "PRODID:x", "PRODID:"+strings.Repeat("x", 70), 1),
		"nesting":        strings.Replace(good, "END:VCALENDAR", "END:VEVENT", 1),
		"unescaped text": strings.Replace(good, "PRODID:x", "PRODID:x\r\nX-WR-CALNAME:a,b", 1),
		"split rune":     strings.Replace(good, "PRODID:x", "PRODID:\xc3\r\n \xa9", 1),
	}
	for name, data := range bad {
		t.Run(name, func(t *testing.T) {
			ft := &fakeT{TB: t}
			func() {
				defer func() { recover() }()
				readICS(ft, []byte(data))
			}()
			if !ft.failed {
				t.Errorf("the reader accepted %q", data)
			}
		})
	}
	readICS(t, []byte(good))
}

// fakeT records a failure instead of stopping the test, so that the tests
// of the reader can see it refuse.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper() {}
func (f *fakeT) Fatalf(format string, args ...any) {
	f.failed = true
	panic(fmt.Sprintf(format, args...))
}
func (f *fakeT) Fatal(args ...any) { f.failed = true; panic(fmt.Sprint(args...)) }
func (f *fakeT) Errorf(format string, args ...any) {
	f.failed = true
}
func (f *fakeT) Error(args ...any) { f.failed = true }
