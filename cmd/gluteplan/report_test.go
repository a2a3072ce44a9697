package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog/document"
	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

// TestReportSentencesMatchLogs writes random logs for a chain of three
// plans (made by the command as a person would), runs gluteplan report
// and checks every sentence, and every line saying when to see someone,
// against the numbers worked out here from the plan and log files alone,
// read as plain JSON: averages, sessions done, function scores, the
// evenings at 8 or more and the trend, by the rules of the README's
// "the progress report". The JSON must also meet its schema.
func TestReportSentencesMatchLogs(t *testing.T) {
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	gp := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(append([]string{"gluteplan"}, args...), &out, &errb); code != 0 {
			t.Fatalf("gluteplan %s: exit %d\n%s", strings.Join(args, " "), code, errb.String())
		}
		return out.String()
	}
	gp("plan", "--start", "2026-11-30", "--equipment", "chair,wall,foam_roller", "-o", at("p1.json"))
	gp("next", at("p1.json"), "-o", at("p2.json"))
	gp("next", at("p2.json"), "--weeks", "6", "-o", at("p3.json"))
	files := []string{at("p1.json"), at("p2.json"), at("p3.json")}
	var plans []*planner.Plan
	var raws []rawPlan
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, fs := planner.ReadPlan(f, data)
		if len(fs) > 0 {
			t.Fatal(fs)
		}
		plans = append(plans, p)
		var rp rawPlan
		if err := json.Unmarshal(data, &rp); err != nil {
			t.Fatal(err)
		}
		raws = append(raws, rp)
	}

	tasks := []string{"Climbing stairs", "Sitting through a film", "Walking 30 min", "Putting on socks"}
	for seed := range uint64(40) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			args := []string{"report", "-o", at("r.json")}
			var logs []rawLog
			for k, p := range plans {
				args = append(args, "--plan", files[k])
				if k > 0 && r.IntN(5) == 0 {
					continue // a plan without its log
				}
				l := randomLog(t, r, p, tasks, seed)
				if l == nil {
					continue
				}
				data, err := l.JSON()
				if err != nil {
					t.Fatal(err)
				}
				name := at(fmt.Sprintf("l%d.json", k+1))
				if err := os.WriteFile(name, data, 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, "--log", name)
				var rl rawLog
				if err := json.Unmarshal(data, &rl); err != nil {
					t.Fatal(err)
				}
				logs = append(logs, rl)
			}
			if len(logs) == 0 {
				t.Skip("no log to report")
			}
			gp(args...)
			data, err := os.ReadFile(at("r.json"))
			if err != nil {
				t.Fatal(err)
			}
			if _, fs := document.Read("report", "r.json", data); len(fs) > 0 {
				t.Fatalf("the report does not meet its schema: %v", fs)
			}
			var got struct {
				Sentences  []string `json:"sentences"`
				SeeSomeone []string `json:"see_someone"`
			}
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			wantS, wantSee, alt := expectedSentences(raws, logs)
			check := func(what string, got, want []string) {
				if len(got) != len(want) {
					t.Errorf("%s:\n got %q\nwant %q", what, got, want)
					return
				}
				for i := range want {
					if got[i] != want[i] && got[i] != alt[want[i]] {
						t.Errorf("%s %d:\n got %q\nwant %q", what, i, got[i], want[i])
					}
				}
			}
			check("sentence", got.Sentences, wantS)
			check("see someone", got.SeeSomeone, wantSee)
		})
	}
}

// randomLog logs random evenings, sessions and function scores for some
// of p's days, up to a random last day: nil when it logged nothing the
// report can chart.
func randomLog(t *testing.T, r *rand.Rand, p *planner.Plan, tasks []string, seed uint64) *logbook.Log {
	t.Helper()
	l := logbook.New(p)
	days := 7 * len(p.Weeks)
	last := days - r.IntN(days/2+1)*r.IntN(2) // often the whole plan
	scoreP := []float64{0.95, 0.6, 0.2}[r.IntN(3)]
	doneP := []float64{0.95, 0.5, 0}[r.IntN(3)]
	high := []int{4, 7, 9}[r.IntN(3)]
	// Each log scores its own few of the tasks, in letter cases of its own.
	mine := slices.Clone(tasks)
	r.Shuffle(len(mine), func(i, j int) { mine[i], mine[j] = mine[j], mine[i] })
	mine = mine[:1+r.IntN(3)]
	n := 0
	for w, wk := range p.Weeks {
		for d, day := range wk.Days {
			if 7*w+d >= last {
				break
			}
			rec := logbook.Record{Date: day.Date}
			if r.Float64() < scoreP {
				s := r.IntN(high + 1)
				rec.Soreness = &s
			}
			if logbook.HasSession(&wk.Days[d]) && r.Float64() < doneP {
				switch r.IntN(4) {
				case 0:
					rec.Done = logbook.DoneNone
				case 1:
					var ids []string
					for _, it := range day.Items {
						if !slices.Contains(ids, it.Exercise) && r.IntN(2) == 0 {
							ids = append(ids, it.Exercise)
						}
					}
					if len(ids) > 0 {
						rec.Done, rec.Exercises = logbook.DoneSome, ids
					}
				default:
					rec.Done = logbook.DoneAll
				}
			}
			if d == 6 || d == 2 && r.IntN(3) == 0 {
				for _, task := range mine {
					if r.IntN(3) > 0 {
						if r.IntN(4) == 0 {
							task = strings.ToLower(task)
						}
						rec.Function = append(rec.Function, logbook.FunctionScore{Task: task, Score: r.IntN(11)})
					}
				}
			}
			if rec.Soreness == nil && rec.Done == "" && rec.Function == nil {
				continue
			}
			if _, err := l.Enter(p, rec); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			if rec.Soreness != nil || rec.Done != "" {
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	return l
}

// rawPlan and rawLog are the plan and log files as plain JSON.
type rawPlan struct {
	Start string `json:"start"`
	Weeks []struct {
		Week  int `json:"week"`
		Block int `json:"block"`
		Days  []struct {
			Date    string `json:"date"`
			Session string `json:"session"`
			Items   []struct {
				Exercise string `json:"exercise"`
			} `json:"items"`
		} `json:"days"`
	} `json:"weeks"`
}

type rawLog struct {
	Plan struct {
		Start string `json:"start"`
	} `json:"plan"`
	Entries []struct {
		Date      string   `json:"date"`
		Soreness  *int     `json:"soreness"`
		Done      string   `json:"done"`
		Exercises []string `json:"exercises"`
		Function  []struct {
			Task  string `json:"task"`
			Score int    `json:"score"`
		} `json:"function"`
	} `json:"entries"`
}

// expectedSentences works out the report's sentences from the files. alt
// gives, for a sentence with a number exactly half-way between two
// tenths, the same sentence rounded down, which a sum of shares in floats
// may give.
func expectedSentences(plans []rawPlan, logs []rawLog) (sents, see []string, alt map[string]string) {
	type entry = struct {
		soreness  *int
		done      string
		exercises []string
	}
	entries := map[string]entry{}
	lastLogged := ""
	type fscore struct {
		date  string
		week  int
		score int
		task  string
	}
	var scores []fscore
	weekOf := map[string]int{}
	for _, p := range plans {
		for _, w := range p.Weeks {
			for _, d := range w.Days {
				weekOf[d.Date] = w.Week
			}
		}
	}
	for _, l := range logs {
		for _, e := range l.Entries {
			entries[e.Date] = entry{e.Soreness, e.Done, e.Exercises}
			lastLogged = max(lastLogged, e.Date)
			for _, f := range e.Function {
				scores = append(scores, fscore{e.Date, weekOf[e.Date], f.Score, f.Task})
			}
		}
	}

	type block struct {
		n, weeks, days, evenings, total int
		soFar, logged                   int
		done                            *big.Rat
	}
	var blocks []*block
	type week struct{ n, evenings, total int }
	var weeks []week
	for _, p := range plans {
		for _, w := range p.Weeks {
			if len(blocks) == 0 || blocks[len(blocks)-1].n != w.Block {
				blocks = append(blocks, &block{n: w.Block, done: new(big.Rat)})
			}
			b := blocks[len(blocks)-1]
			b.weeks++
			wk := week{n: w.Week}
			for _, d := range w.Days {
				e, ok := entries[d.Date]
				if d.Date <= lastLogged {
					b.days++
				}
				var ids []string
				for _, it := range d.Items {
					if !slices.Contains(ids, it.Exercise) {
						ids = append(ids, it.Exercise)
					}
				}
				session := d.Session != "rest" && len(ids) > 0
				if session && d.Date <= lastLogged {
					b.soFar++
				}
				if !ok {
					continue
				}
				if e.soreness != nil {
					b.evenings++
					b.total += *e.soreness
					wk.evenings++
					wk.total += *e.soreness
				}
				if session && e.done != "" {
					b.logged++
					switch e.done {
					case "all":
						b.done.Add(b.done, big.NewRat(1, 1))
					case "some":
						b.done.Add(b.done, big.NewRat(int64(len(e.exercises)), int64(len(ids))))
					}
				}
			}
			weeks = append(weeks, wk)
		}
	}
	alt = map[string]string{}
	// tenths rounds a/b to tenths, half up; it reports an exact half.
	tenths := func(x *big.Rat) (int, bool) {
		t := new(big.Rat).Mul(x, big.NewRat(10, 1))
		fl := new(big.Int).Quo(t.Num(), t.Denom())
		frac := new(big.Rat).Sub(t, new(big.Rat).SetInt(fl))
		half := frac.Cmp(big.NewRat(1, 2))
		n := int(fl.Int64())
		if half >= 0 {
			n++
		}
		return n, half == 0
	}
	num := func(tn int) string {
		if tn%10 == 0 {
			return fmt.Sprint(tn / 10)
		}
		return fmt.Sprintf("%d.%d", tn/10, tn%10)
	}
	avg := func(total, n int) int { t, _ := tenths(big.NewRat(int64(total), int64(n))); return t }
	firstLast := func(keep func(*block) bool) []*block {
		var out []*block
		for _, b := range blocks {
			if keep(b) {
				out = append(out, b)
			}
		}
		if len(out) > 2 {
			out = []*block{out[0], out[len(out)-1]}
		}
		return out
	}

	bs := firstLast(func(b *block) bool { return b.evenings > 0 })
	switch len(bs) {
	case 0:
		sents = append(sents, "No evening soreness was scored.")
	case 1:
		sents = append(sents, fmt.Sprintf("Evening soreness averaged %s in block %d.", num(avg(bs[0].total, bs[0].evenings)), bs[0].n))
	default:
		sents = append(sents, fmt.Sprintf("Evening soreness averaged %s in block %d and %s in block %d.",
			num(avg(bs[0].total, bs[0].evenings)), bs[0].n, num(avg(bs[1].total, bs[1].evenings)), bs[1].n))
	}
	for _, b := range bs {
		if 2*b.evenings >= b.days {
			continue
		}
		if b.days < 7*b.weeks {
			sents = append(sents, fmt.Sprintf("Only %d of the %d evenings so far in block %d were scored.", b.evenings, b.days, b.n))
		} else {
			sents = append(sents, fmt.Sprintf("Only %d of the %d evenings in block %d were scored.", b.evenings, b.days, b.n))
		}
	}

	bs = firstLast(func(b *block) bool { return b.logged > 0 && b.soFar > 0 })
	done := func(b *block) (string, string) {
		t, half := tenths(b.done)
		if half {
			return num(t), num(t - 1)
		}
		return num(t), num(t)
	}
	add := func(format string, bs []*block, args func(*block) []any) {
		var a, b []any
		for _, bl := range bs {
			up, down := done(bl)
			rest := args(bl)
			a = append(append(a, up), rest...)
			b = append(append(b, down), rest...)
		}
		s := fmt.Sprintf(format, a...)
		sents = append(sents, s)
		alt[s] = fmt.Sprintf(format, b...)
	}
	switch len(bs) {
	case 0:
		sents = append(sents, "The logs do not say which sessions were done.")
	case 1:
		add("%s of %d sessions done in block %d.", bs, func(b *block) []any { return []any{b.soFar, b.n} })
	default:
		add("%s of %d sessions done in block %d, and %s of %d in block %d.", bs, func(b *block) []any { return []any{b.soFar, b.n} })
	}
	for _, b := range bs {
		switch n := b.soFar - b.logged; {
		case n == 1:
			sents = append(sents, fmt.Sprintf("In block %d, 1 session was not logged.", b.n))
		case n > 1:
			sents = append(sents, fmt.Sprintf("In block %d, %d sessions were not logged.", b.n, n))
		}
	}

	// Function scores: tasks by their words whatever the case, named as
	// last written; the three scored last are said.
	slices.SortStableFunc(scores, func(a, b fscore) int { return strings.Compare(a.date, b.date) })
	type task struct {
		name   string
		scores []fscore
	}
	var ts []*task
	for _, s := range scores {
		i := slices.IndexFunc(ts, func(t *task) bool { return strings.EqualFold(t.name, s.task) })
		if i < 0 {
			ts = append(ts, &task{})
			i = len(ts) - 1
		}
		ts[i].name = s.task
		ts[i].scores = append(ts[i].scores, s)
	}
	said := slices.Clone(ts)
	if len(said) > 3 {
		slices.SortStableFunc(said, func(a, b *task) int {
			return strings.Compare(b.scores[len(b.scores)-1].date, a.scores[len(a.scores)-1].date)
		})
		said = said[:3]
	}
	for _, t := range ts {
		if !slices.Contains(said, t) {
			continue
		}
		f, l := t.scores[0], t.scores[len(t.scores)-1]
		switch {
		case len(t.scores) == 1:
			sents = append(sents, fmt.Sprintf("“%s” was scored once: %d in week %d.", t.name, f.score, f.week))
		case f.score == l.score:
			sents = append(sents, fmt.Sprintf("“%s” stayed at %d from week %d to week %d.", t.name, f.score, f.week, l.week))
		default:
			sents = append(sents, fmt.Sprintf("“%s” went from %d in week %d to %d in week %d.", t.name, f.score, f.week, l.score, l.week))
		}
	}
	if len(said) < len(ts) {
		var others []string
		for _, t := range ts {
			if !slices.Contains(said, t) {
				others = append(others, "“"+t.name+"”")
			}
		}
		sents = append(sents, fmt.Sprintf("Also scored, in earlier weeks: %s.", strings.Join(others, ", ")))
	}

	// When to see someone: an evening at 8 or more; soreness above 3 not
	// lower than two weeks or more before, of weeks with 3 evenings.
	var stops []string
	for date, e := range entries {
		if e.soreness != nil && *e.soreness >= 8 {
			stops = append(stops, date)
		}
	}
	slices.Sort(stops)
	long := func(date string) string {
		d, _ := time.Parse(time.DateOnly, date)
		return d.Format("Mon 2 Jan 2006")
	}
	const then = "the pain rule says to stop the exercises and get checked by a physical therapist or doctor. If you have not been checked since, do so before going on."
	switch len(stops) {
	case 0:
	case 1:
		see = append(see, fmt.Sprintf("An evening was scored 8 or more (%s): %s", long(stops[0]), then))
	default:
		see = append(see, fmt.Sprintf("%d evenings were scored 8 or more, the last on %s: %s", len(stops), long(stops[len(stops)-1]), then))
	}
	var full []week
	for _, w := range weeks {
		if w.evenings >= 3 {
			full = append(full, w)
		}
	}
	if len(full) >= 2 {
		last := full[len(full)-1]
		for i := len(full) - 2; i >= 0; i-- {
			before := full[i]
			if before.n > last.n-2 {
				continue
			}
			a, b := avg(before.total, before.evenings), avg(last.total, last.evenings)
			switch {
			case b <= 30:
			case b >= a+10:
				see = append(see, fmt.Sprintf("Evening soreness rose from %s in week %d to %s in week %d: get it checked by a physical therapist or doctor.", num(a), before.n, num(b), last.n))
			case b >= a:
				see = append(see, fmt.Sprintf("Evening soreness has not come down over %d weeks (%s in week %d, %s in week %d): get it checked by a physical therapist or doctor.", last.n-before.n, num(a), before.n, num(b), last.n))
			}
			break
		}
	}
	if see == nil {
		see = []string{}
	}
	return sents, see, alt
}

// BenchmarkReportYear runs gluteplan report on a year: thirteen 4-week
// plans made by plan and next, each with a full log (every evening, every
// session, three tasks every week), writing the PDF, the JSON and the
// text. It reports the PDF's size; the README's limits are under 1 s and
// under 200 KiB.
func BenchmarkReportYear(b *testing.B) {
	dir := b.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	gp := func(args ...string) {
		var out, errb bytes.Buffer
		if code := run(append([]string{"gluteplan"}, args...), &out, &errb); code != 0 {
			b.Fatalf("gluteplan %s: exit %d\n%s", strings.Join(args, " "), code, errb.String())
		}
	}
	gp("plan", "--start", "2026-11-30", "--equipment", "chair,wall,foam_roller", "-o", at("p1.json"))
	args := []string{"report", "-o", at("r.pdf"), "-o", at("r.json"), "-o", at("r.txt")}
	for k := 1; k <= 13; k++ {
		p, l := at(fmt.Sprintf("p%d.json", k)), at(fmt.Sprintf("l%d.json", k))
		for w := 1; w <= 4; w++ {
			wk := 4*(k-1) + w
			gp("log", l, "--plan", p, "--week", fmt.Sprint(wk), "--soreness", fmt.Sprintf("%d,2,3,1,%d,2,1", wk%4, (wk+1)%4), "--done", "all",
				"--function", fmt.Sprintf("Climbing stairs=%d", min(10, wk/6+2)),
				"--function", fmt.Sprintf("Sitting through a film=%d", min(10, wk/8+3)),
				"--function", fmt.Sprintf("Walking 30 min=%d", min(10, wk/7+1)))
		}
		if k < 13 {
			gp("next", p, "--log", l, "-o", at(fmt.Sprintf("p%d.json", k+1)))
		}
		args = append(args, "--plan", p, "--log", l)
	}
	for b.Loop() {
		gp(args...)
	}
	st, err := os.Stat(at("r.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.Size()), "pdf-bytes")
}
