package main

import (
	"io"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// BenchmarkPlanCommand runs the main job end to end in process: a 4-week
// plan written as PDF and JSON.
func BenchmarkPlanCommand(b *testing.B) {
	dir := b.TempDir()
	args := []string{"gluteplan", "plan", "--start", "2026-11-30",
		"-o", filepath.Join(dir, "plan.pdf"), "-o", filepath.Join(dir, "plan.json")}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkBigCatalog runs, in process, the commands that read a catalog
// of 5,000 entries (the one BenchmarkRun measures whole), with the
// garbage collector set as main sets it: for profiles of where their time
// and memory go (-cpuprofile, -memprofile).
func BenchmarkBigCatalog(b *testing.B) {
	dir := b.TempDir()
	big, err := bigCatalog(dir)
	if err != nil {
		b.Fatal(err)
	}
	gc, limit := debug.SetGCPercent(gcPercent), debug.SetMemoryLimit(softMemoryLimit)
	defer func() { debug.SetGCPercent(gc); debug.SetMemoryLimit(limit) }()
	for _, c := range []struct {
		name string
		args []string
	}{
		{"validate", []string{"gluteplan", "validate", big}},
		{"plan-json", []string{"gluteplan", "plan", "--start", "2026-11-30", "--catalog", big, "-o", filepath.Join(dir, "p.json")}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if code := run(c.args, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

// BenchmarkPlanPDF runs plan -o plan.pdf (4 weeks) in process, with the
// garbage collector set as main sets it: for profiles of the run
// BenchmarkRun/plan-4weeks-pdf measures whole.
func BenchmarkPlanPDF(b *testing.B) {
	dir := b.TempDir()
	gc, limit := debug.SetGCPercent(gcPercent), debug.SetMemoryLimit(softMemoryLimit)
	defer func() { debug.SetGCPercent(gc); debug.SetMemoryLimit(limit) }()
	args := []string{"gluteplan", "plan", "--start", "2026-11-30", "-o", filepath.Join(dir, "plan.pdf")}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
