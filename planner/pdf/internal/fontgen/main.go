// Command fontgen writes the fonts the PDF embeds, planner/pdf/fonts/*.ttf:
// the Go fonts from golang.org/x/image (a module the build already has, so
// no network), stripped of what a PDF does not need by package ttfstrip.
// Run it with go generate ./planner/pdf; a test checks that the files are
// what it makes.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/gluteplan/gluteplan/planner/pdf/internal/ttfstrip"
)

// Sources names each file written and the font it comes from.
var sources = []struct {
	file string
	ttf  []byte
}{
	{"go-regular.ttf", goregular.TTF},
	{"go-bold.ttf", gobold.TTF},
	{"go-italic.ttf", goitalic.TTF},
}

func main() {
	dir := "fonts"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	for _, s := range sources {
		b, err := ttfstrip.Strip(s.ttf)
		if err != nil {
			fmt.Fprintf(os.Stderr, "fontgen: %s: %v\n", s.file, err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(dir, s.file), b, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "fontgen: %v\n", err)
			os.Exit(1)
		}
		fmt.Printf("fontgen: %s: %d bytes (from %d)\n", s.file, len(b), len(s.ttf))
	}
}
