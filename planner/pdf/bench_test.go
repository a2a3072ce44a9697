package pdf

import (
	"io"
	"testing"
)

func benchmarkWrite(b *testing.B, name string) {
	p := testPlans(b)[name]
	var size int
	for b.Loop() {
		var n countWriter
		if err := Write(&n, p, Options{}); err != nil {
			b.Fatal(err)
		}
		size = int(n)
	}
	b.ReportMetric(float64(size)/1024, "KiB")
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)

func BenchmarkWrite4Weeks(b *testing.B)  { benchmarkWrite(b, "4weeks-gym") }
func BenchmarkWrite52Weeks(b *testing.B) { benchmarkWrite(b, "52weeks") }
