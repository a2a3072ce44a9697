package main

import (
	"io"
	"path/filepath"
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
