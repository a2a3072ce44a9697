package main

import (
	"io"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func BenchmarkZZPlanPDF52(b *testing.B) {
	dir := b.TempDir()
	gc, limit := debug.SetGCPercent(gcPercent), debug.SetMemoryLimit(softMemoryLimit)
	defer func() { debug.SetGCPercent(gc); debug.SetMemoryLimit(limit) }()
	args := []string{"gluteplan", "plan", "--start", "2026-11-30", "--weeks", "52", "-o", filepath.Join(dir, "plan.pdf")}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
