package logbook_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/gluteplan/gluteplan/planner"
	"github.com/gluteplan/gluteplan/planner/locale"
	"github.com/gluteplan/gluteplan/planner/logbook"
)

var fuzzPlan = sync.OnceValue(func() *planner.Plan {
	return makePlan(&testing.T{}, "2026-11-30", 2)
})

// FuzzRead checks that no log file, however broken, makes Read panic; that
// findings are in file order at real places; and that a log read without
// findings writes back to bytes that read again to the same log.
func FuzzRead(f *testing.F) {
	plan := fuzzPlan()
	l := logbook.New(plan)
	sess := plan.Weeks[0].Days[0]
	l.Enter(plan, logbook.Record{Date: sess.Date, Soreness: score(3), Done: logbook.DoneSome, Exercises: []string{sess.Items[0].Exercise}, Note: ptr("ok")})
	l.Enter(plan, logbook.Record{Date: "2026-12-01", Soreness: score(9)})
	l.Enter(plan, logbook.Record{Date: "2026-12-06", Function: []logbook.FunctionScore{{Task: "Climbing stairs", Score: 4}, {Task: "Gehen, 30 Minuten", Score: 7}}})
	good, _ := l.JSON()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(strings.Replace(string(good), `"soreness": 3`, `"soreness": 3.5`, 1)))
	f.Add([]byte(strings.Replace(string(good), `2026-12-01`, `2026-11-30`, 1)))
	f.Add([]byte(strings.Replace(string(good), `2026-12-01`, `2027-12-01`, 1)))
	f.Add([]byte(strings.Replace(string(good), `"some"`, `"all"`, 1)))
	f.Add([]byte(strings.Replace(string(good), `"Gehen, 30 Minuten"`, `"climbing STAIRS"`, 1)))
	f.Add([]byte(strings.Replace(string(good), `"score": 7`, `"score": 11`, 1)))
	f.Add([]byte(`{"plan": {}, "entries": null}`))
	f.Add([]byte(`{"plan": {"start": "2026-11-30"}, "entries": [], "entries": [1]}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, p := range []*planner.Plan{plan, nil} {
			l, fs := logbook.Read("log.json", data, p)
			if (l == nil) == (len(fs) == 0) {
				t.Fatalf("log %v with findings %v", l, fs)
			}
			for i, x := range fs {
				if x.File != "log.json" || x.Line < 1 || x.Col < 1 || x.Message == "" {
					t.Fatalf("bad finding %+v", x)
				}
				if i > 0 && (x.Line < fs[i-1].Line || x.Line == fs[i-1].Line && x.Col < fs[i-1].Col) {
					t.Fatalf("findings out of order: %v before %v", fs[i-1], x)
				}
			}
			if l == nil {
				continue
			}
			out, err := l.JSON()
			if err != nil {
				t.Fatal(err)
			}
			back, fs := logbook.Read("log.json", out, p)
			if len(fs) > 0 {
				t.Fatalf("written log does not read back: %v\n%s", fs, out)
			}
			if again, _ := back.JSON(); string(again) != string(out) {
				t.Fatalf("log changes on a second round:\n%s\nthen\n%s", out, again)
			}
			if p != nil {
				logbook.Steer(logbook.Summarize(p, l), locale.English)
			}
		}
	})
}
