package catalog

import "testing"

func BenchmarkZZFigures(b *testing.B) {
	c := Default()
	for b.Loop() {
		for _, e := range c.Exercises {
			if e.Figure != nil {
				checkFigure(e, e.Figure, func(...string) string { return "" })
			}
		}
	}
}
