package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"
)

// builtBinary builds gluteplan once for the whole-run benchmarks.
var builtBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "gluteplan-bench")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "gluteplan")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	return bin, cmd.Run()
})

// runCost runs bin with args as a process of its own and returns the CPU
// time it used (user and system) and its peak memory in bytes.
func runCost(b *testing.B, bin string, args ...string) (time.Duration, int64) {
	b.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = b.TempDir()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s: %v\n%s", args, err, out)
	}
	st := cmd.ProcessState
	peak := int64(0)
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		peak = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return st.UserTime() + st.SystemTime(), peak
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
	bin, err := builtBinary()
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
		{"plan-4weeks-json", []string{"plan", "--start", "2026-11-30", "--format", "json"}, ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			var ratios, cpus []float64
			var peak int64
			for b.Loop() {
				cpu, pk := runCost(b, bin, c.args...)
				floor, _ := runCost(b, bin, "--version")
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
				dir := b.TempDir()
				cmd := exec.Command(bin, append(c.args[:len(c.args)-1:len(c.args)-1], filepath.Join(dir, c.pdf))...)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
				fi, err := os.Stat(filepath.Join(dir, c.pdf))
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
