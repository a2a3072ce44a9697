// Package ttfstrip makes a TrueType font smaller for embedding in a PDF,
// without changing a glyph's outline, advance or character mapping: it
// drops the hinting (the programs in fpgm, prep and each glyph, the cvt,
// gasp, hdmx, LTSH and VDMX tables), the glyph names in post, and the name
// records a PDF does not need, keeping the Windows English ones that say
// what the font is and whose it is (copyright, family, style, unique id,
// full name, version, PostScript name).
//
// PDF viewers draw embedded fonts without their hinting, and fpdf copies
// these tables into every subset it makes: a plan's three fonts carried
// about 17 KB of them. The same input gives the same bytes.
package ttfstrip

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// dropped are the tables that only hint or describe glyphs for a
// rasterizer's grid, or sign the file (a signature no longer matches).
var dropped = map[string]bool{
	"fpgm": true, "prep": true, "cvt ": true, "gasp": true,
	"hdmx": true, "LTSH": true, "VDMX": true, "DSIG": true,
}

// keptNames are the name IDs kept: 0 copyright, 1 family, 2 subfamily, 3
// unique id, 4 full name, 5 version, 6 PostScript name. The licence text
// (13) and the rest are dropped; the fonts' LICENSE file beside them keeps
// the licence (see the package that embeds them).
var keptNames = map[uint16]bool{0: true, 1: true, 2: true, 3: true, 4: true, 5: true, 6: true}

type table struct {
	tag  string
	data []byte
}

// Strip returns ttf without its hinting, glyph names and long name
// records. It fails on anything but a TrueType (glyf) font.
func Strip(ttf []byte) ([]byte, error) {
	tables, err := readTables(ttf)
	if err != nil {
		return nil, err
	}
	get := func(tag string) []byte {
		for _, t := range tables {
			if t.tag == tag {
				return t.data
			}
		}
		return nil
	}
	head, maxp, loca, glyf := get("head"), get("maxp"), get("loca"), get("glyf")
	if len(head) < 54 || len(maxp) < 6 || loca == nil || glyf == nil {
		return nil, errors.New("ttfstrip: not a TrueType font with glyf outlines")
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	longLoca := binary.BigEndian.Uint16(head[50:]) == 1
	offsets, err := readLoca(loca, numGlyphs, longLoca)
	if err != nil {
		return nil, err
	}

	// The glyphs without their instructions, each padded to an even
	// length so that the short loca format can hold the offsets.
	var newGlyf []byte
	newOffsets := make([]int, 0, numGlyphs+1)
	for g := 0; g < numGlyphs; g++ {
		newOffsets = append(newOffsets, len(newGlyf))
		a, b := offsets[g], offsets[g+1]
		if a > b || b > len(glyf) {
			return nil, fmt.Errorf("ttfstrip: glyph %d lies outside the glyf table", g)
		}
		if a == b {
			continue
		}
		ng, err := stripGlyph(glyf[a:b])
		if err != nil {
			return nil, fmt.Errorf("ttfstrip: glyph %d: %w", g, err)
		}
		newGlyf = append(newGlyf, ng...)
		if len(newGlyf)%2 == 1 {
			newGlyf = append(newGlyf, 0)
		}
	}
	newOffsets = append(newOffsets, len(newGlyf))
	short := newOffsets[numGlyphs] <= 2*0xFFFF
	var newLoca []byte
	for _, o := range newOffsets {
		if short {
			newLoca = binary.BigEndian.AppendUint16(newLoca, uint16(o/2))
		} else {
			newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(o))
		}
	}

	newHead := slices.Clone(head)
	binary.BigEndian.PutUint32(newHead[8:], 0) // checkSumAdjustment, set last
	if short {
		binary.BigEndian.PutUint16(newHead[50:], 0)
	} else {
		binary.BigEndian.PutUint16(newHead[50:], 1)
	}
	newMaxp := slices.Clone(maxp)
	if len(newMaxp) >= 32 && binary.BigEndian.Uint32(newMaxp) == 0x00010000 {
		// No twilight zone, storage, functions, stack or instructions.
		binary.BigEndian.PutUint16(newMaxp[14:], 1)
		for _, off := range []int{16, 18, 20, 22, 24, 26} {
			binary.BigEndian.PutUint16(newMaxp[off:], 0)
		}
	}

	var out []table
	for _, t := range tables {
		data := t.data
		switch {
		case dropped[t.tag]:
			continue
		case t.tag == "head":
			data = newHead
		case t.tag == "maxp":
			data = newMaxp
		case t.tag == "loca":
			data = newLoca
		case t.tag == "glyf":
			data = newGlyf
		case t.tag == "post":
			data, err = stripPost(data)
		case t.tag == "name":
			data, err = stripName(data)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, table{t.tag, data})
	}
	return writeFont(binary.BigEndian.Uint32(ttf), out), nil
}

func readTables(ttf []byte) ([]table, error) {
	if len(ttf) < 12 {
		return nil, errors.New("ttfstrip: too short for a font")
	}
	if v := binary.BigEndian.Uint32(ttf); v != 0x00010000 && v != 0x74727565 {
		return nil, fmt.Errorf("ttfstrip: not a TrueType font (version %#x)", v)
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errors.New("ttfstrip: table directory cut short")
	}
	var tables []table
	for i := 0; i < n; i++ {
		rec := ttf[12+16*i:]
		off, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || length < 0 || off+length > len(ttf) {
			return nil, fmt.Errorf("ttfstrip: table %q lies outside the file", rec[:4])
		}
		tables = append(tables, table{string(rec[:4]), ttf[off : off+length]})
	}
	return tables, nil
}

func readLoca(loca []byte, numGlyphs int, long bool) ([]int, error) {
	size := 2
	if long {
		size = 4
	}
	if len(loca) < size*(numGlyphs+1) {
		return nil, errors.New("ttfstrip: loca table cut short")
	}
	offsets := make([]int, numGlyphs+1)
	for i := range offsets {
		if long {
			offsets[i] = int(binary.BigEndian.Uint32(loca[4*i:]))
		} else {
			offsets[i] = 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
		}
	}
	return offsets, nil
}

// Composite glyph flags (OpenType spec, glyf table).
const (
	argsAreWords     = 0x0001
	haveScale        = 0x0008
	moreComponents   = 0x0020
	haveXYScale      = 0x0040
	haveTwoByTwo     = 0x0080
	haveInstructions = 0x0100
)

// stripGlyph returns glyph g without its instructions: a simple glyph's
// instruction length becomes 0, a composite glyph's components lose the
// flag that says instructions follow, and the instructions go.
func stripGlyph(g []byte) ([]byte, error) {
	if len(g) < 10 {
		return nil, errors.New("header cut short")
	}
	n := int(int16(binary.BigEndian.Uint16(g)))
	if n >= 0 {
		off := 10 + 2*n
		if len(g) < off+2 {
			return nil, errors.New("contour ends cut short")
		}
		il := int(binary.BigEndian.Uint16(g[off:]))
		if len(g) < off+2+il {
			return nil, errors.New("instructions cut short")
		}
		out := make([]byte, 0, len(g)-il)
		out = append(out, g[:off]...)
		out = append(out, 0, 0)
		return append(out, g[off+2+il:]...), nil
	}
	out := slices.Clone(g)
	off := 10
	for {
		if len(out) < off+4 {
			return nil, errors.New("component cut short")
		}
		flags := binary.BigEndian.Uint16(out[off:])
		binary.BigEndian.PutUint16(out[off:], flags&^haveInstructions)
		off += 4
		if flags&argsAreWords != 0 {
			off += 4
		} else {
			off += 2
		}
		switch {
		case flags&haveScale != 0:
			off += 2
		case flags&haveXYScale != 0:
			off += 4
		case flags&haveTwoByTwo != 0:
			off += 8
		}
		if len(out) < off {
			return nil, errors.New("component cut short")
		}
		if flags&moreComponents == 0 {
			return out[:off], nil
		}
	}
}

// stripPost keeps post's header as a version 3 table: no glyph names.
func stripPost(post []byte) ([]byte, error) {
	if len(post) < 32 {
		return nil, errors.New("ttfstrip: post table cut short")
	}
	out := slices.Clone(post[:32])
	binary.BigEndian.PutUint32(out, 0x00030000)
	return out, nil
}

// stripName keeps the Windows Unicode English records of keptNames.
func stripName(name []byte) ([]byte, error) {
	if len(name) < 6 {
		return nil, errors.New("ttfstrip: name table cut short")
	}
	count := int(binary.BigEndian.Uint16(name[2:]))
	strs := int(binary.BigEndian.Uint16(name[4:]))
	if len(name) < 6+12*count {
		return nil, errors.New("ttfstrip: name records cut short")
	}
	type record struct {
		platform, encoding, lang, id uint16
		s                            []byte
	}
	var kept []record
	for i := 0; i < count; i++ {
		r := name[6+12*i:]
		rec := record{
			platform: binary.BigEndian.Uint16(r),
			encoding: binary.BigEndian.Uint16(r[2:]),
			lang:     binary.BigEndian.Uint16(r[4:]),
			id:       binary.BigEndian.Uint16(r[6:]),
		}
		length, off := int(binary.BigEndian.Uint16(r[8:])), int(binary.BigEndian.Uint16(r[10:]))
		if strs+off+length > len(name) {
			return nil, fmt.Errorf("ttfstrip: name record %d lies outside the table", rec.id)
		}
		if rec.platform != 3 || rec.encoding != 1 || rec.lang != 0x409 || !keptNames[rec.id] {
			continue
		}
		rec.s = name[strs+off : strs+off+length]
		kept = append(kept, rec)
	}
	if len(kept) == 0 {
		return nil, errors.New("ttfstrip: no Windows English name records to keep")
	}
	out := binary.BigEndian.AppendUint16(nil, 0)
	out = binary.BigEndian.AppendUint16(out, uint16(len(kept)))
	out = binary.BigEndian.AppendUint16(out, uint16(6+12*len(kept)))
	var pool []byte
	for _, r := range kept {
		for _, v := range []uint16{r.platform, r.encoding, r.lang, r.id, uint16(len(r.s)), uint16(len(pool))} {
			out = binary.BigEndian.AppendUint16(out, v)
		}
		pool = append(pool, r.s...)
	}
	return append(out, pool...), nil
}

// writeFont lays out the tables sorted by tag, each at a 4-byte boundary
// with its checksum, and sets head's checkSumAdjustment.
func writeFont(version uint32, tables []table) []byte {
	sort.Slice(tables, func(i, j int) bool { return tables[i].tag < tables[j].tag })
	n := len(tables)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector
	out := binary.BigEndian.AppendUint32(nil, version)
	out = binary.BigEndian.AppendUint16(out, uint16(n))
	out = binary.BigEndian.AppendUint16(out, uint16(searchRange))
	out = binary.BigEndian.AppendUint16(out, uint16(entrySelector))
	out = binary.BigEndian.AppendUint16(out, uint16(16*n-searchRange))
	dir := len(out)
	out = append(out, make([]byte, 16*n)...)
	headAt := -1
	for i, t := range tables {
		off := len(out)
		if t.tag == "head" {
			headAt = off
		}
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		rec := out[dir+16*i:]
		copy(rec, t.tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t.data))
		binary.BigEndian.PutUint32(rec[8:], uint32(off))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
