package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/gluteplan/gluteplan/catalog"
)

// builtBinary builds gluteplan once for the whole-run benchmarks, and
// beside it the small program that runs it and measures the run
// ([runnerSource]); it returns the directory that holds both.
var builtBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "gluteplan-bench")
	if err != nil {
		return "", err
	}
	cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "gluteplan"), ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", err
	}
	src := filepath.Join(dir, "runner.go")
	if err := os.WriteFile(src, []byte(runnerSource), 0o644); err != nil {
		return "", err
	}
	cmd = exec.Command("go", "build", "-o", filepath.Join(dir, "runner"), src)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GO111MODULE=off")
	cmd.Stderr = os.Stderr
	return dir, cmd.Run()
})

// runnerSource is a program that runs the command its arguments give
// after the first, and writes the CPU time (user and system, in
// nanoseconds) and the peak memory (in KiB) of that command's process to
// the file its first argument names.
//
// The benchmark cannot measure peak memory by running gluteplan itself:
// Go starts a process by sharing its own memory with the child until the
// child runs the program (vfork), and Linux counts the memory the child
// had before that in its peak: every run would show at least the
// benchmark's own size (50 MiB, with the large catalog made in it). The
// runner is a few MiB, less than gluteplan --version alone holds, so what
// it adds never shows.
const runnerSource = `package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	cmd := exec.Command(os.Args[2], os.Args[3:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(127)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if err := os.WriteFile(os.Args[1], []byte(fmt.Sprintf("%d %d\n", cpu.Nanoseconds(), ru.Maxrss)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(127)
	}
	os.Exit(cmd.ProcessState.ExitCode())
}
`

// bigCatalog writes into dir a catalog of 5,000 entries such as a coach
// might keep, and returns its path: the default catalog's entries copied
// under new ids and names ("Glute bridge, variant 12"), figures kept,
// each copy's progressions leading within it, without the German
// translations (a catalog written in one language; with them 5,000
// entries would pass the 10 MiB limit), indented with tabs as an editor
// writes it. The file is about 9.1 MiB (9.5 MB) and holds about 290,000
// values.
func bigCatalog(dir string) (string, error) {
	base := catalog.Default().Exercises
	var c catalog.Catalog
	for k := 1; len(c.Exercises) < 5000; k++ {
		copied := map[string]bool{}
		first := len(c.Exercises)
		for _, e := range base {
			if len(c.Exercises) == 5000 {
				break
			}
			copied[e.ID] = true
			e.ID = fmt.Sprintf("%s-v%d", e.ID, k)
			e.Name = fmt.Sprintf("%s, variant %d", e.Name, k)
			e.Translations = nil
			c.Exercises = append(c.Exercises, e)
		}
		for i := first; i < len(c.Exercises); i++ {
			e := &c.Exercises[i]
			if e.Progression == "" {
				continue
			}
			if copied[e.Progression] {
				e.Progression = fmt.Sprintf("%s-v%d", e.Progression, k)
			} else {
				e.Progression = "" // beyond the last, partial copy
			}
		}
	}
	data, err := json.MarshalIndent(c, "", "\t")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "coach.json")
	return path, os.WriteFile(path, data, 0o644)
}

// runCost runs the gluteplan in dir with args as a process of its own and
// returns the CPU time it used (user and system) and its peak memory in
// bytes.
func runCost(b *testing.B, dir string, args ...string) (time.Duration, int64) {
	b.Helper()
	work := b.TempDir()
	report := filepath.Join(work, "cost")
	cmd := exec.Command(filepath.Join(dir, "runner"), append([]string{report, filepath.Join(dir, "gluteplan")}, args...)...)
	cmd.Dir = work
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s: %v\n%s", args, err, out)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		b.Fatal(err)
	}
	var ns, kib int64
	if _, err := fmt.Sscan(string(data), &ns, &kib); err != nil {
		b.Fatalf("runner wrote %q: %v", data, err)
	}
	return time.Duration(ns), kib * 1024 // Linux gives kilobytes
}

// BenchmarkRun measures whole runs of the built binary, start-up and exit
// included, as a person's shell runs them: each iteration runs the command
// and then gluteplan --version, and reports the median of the CPU time of
// the command over that of --version in the same pair (x-version), the
// command's median CPU time, its largest peak memory and, for a PDF, its
// size. Run it with enough iterations for a median, on a quiet machine:
//
//	go test -run '^$' -bench Run -benchtime 30x ./cmd/gluteplan
func BenchmarkRun(b *testing.B) {
	dir, err := builtBinary()
	if err != nil {
		b.Fatal(err)
	}
	big, err := bigCatalog(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		pdf  string
	}{
		{"version", []string{"--version"}, ""},
		{"plan-4weeks-pdf", []string{"plan", "--start", "2026-11-30", "-o", "p.pdf"}, "p.pdf"},
		{"plan-52weeks-pdf", []string{"plan", "--start", "2026-11-30", "--weeks", "52", "-o", "p.pdf"}, "p.pdf"},
		{"plan-52weeks-pdf-de", []string{"plan", "--start", "2026-11-30", "--weeks", "52", "--lang", "de", "-o", "p.pdf"}, "p.pdf"},
		{"plan-4weeks-json", []string{"plan", "--start", "2026-11-30", "--format", "json"}, ""},
		{"validate-5000", []string{"validate", big}, ""},
		{"plan-catalog-5000-json", []string{"plan", "--start", "2026-11-30", "--catalog", big, "-o", "p.json"}, ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			var ratios, cpus []float64
			var peak int64
			for b.Loop() {
				cpu, pk := runCost(b, dir, c.args...)
				floor, _ := runCost(b, dir, "--version")
				cpus = append(cpus, float64(cpu)/float64(time.Millisecond))
				if floor > 0 {
					ratios = append(ratios, float64(cpu)/float64(floor))
				}
				peak = max(peak, pk)
			}
			b.ReportMetric(median(cpus), "cpu-ms")
			b.ReportMetric(median(ratios), "x-version")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
			if c.pdf != "" {
				out := filepath.Join(b.TempDir(), c.pdf)
				cmd := exec.Command(filepath.Join(dir, "gluteplan"), append(c.args[:len(c.args)-1:len(c.args)-1], out)...)
				if msg, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, msg)
				}
				fi, err := os.Stat(out)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(fi.Size())/1024, "KiB")
			}
		})
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
