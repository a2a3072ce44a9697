// Command mergefigures writes the figures of catalog/testdata/figures.json
// into the matching entries of catalog/default.json, then checks the
// result as gluteplan validate would. Run it from the module root:
//
//	go run ./catalog/internal/mergefigures
//
// The file keeps its format: json.MarshalIndent with two spaces, no HTML
// escaping, a final newline. An entry's figure is replaced by the
// sidecar's; ids of the sidecar with no entry are listed and left out, and
// entries left without a figure are listed too. Nothing is written when
// the merged catalog does not validate. After the merge, remove the bridge
// (catalog/figuredefault.go, its test, the sidecar and the calls of
// catalog.WithDefaultFigures, as docs-draft/figures.md lists): figures are
// then read from default.json only.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/gluteplan/gluteplan/catalog"
)

func main() {
	sidecar := flag.String("sidecar", "catalog/testdata/figures.json", "the figures, keyed by entry id")
	target := flag.String("catalog", "catalog/default.json", "the catalog file to write the figures into")
	dry := flag.Bool("n", false, "check and report, but write nothing")
	flag.Parse()
	if err := run(*sidecar, *target, *dry); err != nil {
		fmt.Fprintln(os.Stderr, "mergefigures:", err)
		os.Exit(1)
	}
}

func run(sidecarPath, target string, dry bool) error {
	side, err := os.ReadFile(sidecarPath)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(target)
	if err != nil {
		return err
	}
	out, report, err := merge(side, data, target)
	for _, line := range report {
		fmt.Fprintln(os.Stderr, line)
	}
	if err != nil {
		return err
	}
	if dry {
		fmt.Fprintln(os.Stderr, "dry run (-n): nothing written")
		return nil
	}
	if bytes.Equal(out, data) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), ".mergefigures-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}

// merge returns the catalog data with the sidecar's figures written in,
// and what it did, line by line.
func merge(sidecar, data []byte, name string) ([]byte, []string, error) {
	var figs map[string]*catalog.Figure
	dec := json.NewDecoder(bytes.NewReader(sidecar))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&figs); err != nil {
		return nil, nil, fmt.Errorf("sidecar: %v", err)
	}
	var c catalog.Catalog
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", name, err)
	}
	var report []string
	used := map[string]bool{}
	for i, e := range c.Exercises {
		if f, ok := figs[e.ID]; ok {
			c.Exercises[i].Figure = f
			used[e.ID] = true
		} else if e.Figure == nil {
			report = append(report, "no figure for entry "+e.ID)
		}
	}
	var unused []string
	for id := range figs {
		if !used[id] {
			unused = append(unused, id)
		}
	}
	sort.Strings(unused)
	for _, id := range unused {
		report = append(report, "no entry "+id+" for its figure: left out")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, report, err
	}
	if _, fs := catalog.Validate(name, buf.Bytes(), nil); len(fs) > 0 {
		for _, f := range fs {
			report = append(report, f.String())
		}
		return nil, report, fmt.Errorf("the merged catalog does not validate: nothing written")
	}
	report = append(report, fmt.Sprintf("%d figures merged into %s; it validates", len(used), name))
	return buf.Bytes(), report, nil
}
