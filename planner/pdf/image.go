package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"runtime"

	"github.com/go-pdf/fpdf"
	xdraw "golang.org/x/image/draw"

	"github.com/gluteplan/gluteplan/catalog"
)

// printPixels is the most pixels a custom entry's image keeps on its
// longer side in the PDF: the largest box one is printed in, a card of
// the catalog sheet (about 90 mm across), at about 340 dots per inch. A
// larger image is scaled down to it, so that the file stays small and the
// print as sharp as a printer makes it.
const printPixels = 1200

// A picture is a custom entry's image made ready for the page: decoded
// (after its declared size is checked, see [catalog.DecodeImage]), scaled
// down to what the page needs, laid on white where it is transparent, and
// encoded again. The PDF so holds only pixels the decoder read whole,
// never a file's bytes as they came.
type picture struct {
	name string // what the PDF knows it by
	info *fpdf.ImageInfoType
	opt  fpdf.ImageOptions
	err  error
}

// pictures are the pictures of one PDF, by the image file they come from
// (the first byte of its data: a file named by many entries is passed as
// one slice), so that each file is decoded, scaled and embedded once. The
// PDF writer orders images by their width in pixels alone, and images of
// the same width in no fixed order: widths holds those in use, so that no
// two pictures share one and the same images give the same bytes.
type pictures struct {
	byData map[*byte]*picture
	widths map[int]bool
}

// picture returns the picture of the image file data, registered with the
// PDF under its name, making it on first use.
func (d *doc) picture(data []byte) *picture {
	if len(data) == 0 {
		return &picture{err: errors.New("no image")}
	}
	if d.pics.byData == nil {
		d.pics = pictures{byData: map[*byte]*picture{}, widths: map[int]bool{}}
	}
	if p, ok := d.pics.byData[&data[0]]; ok {
		return p
	}
	p := &picture{name: fmt.Sprintf("picture-%d", len(d.pics.byData)+1)}
	d.pics.byData[&data[0]] = p
	enc, typ, err := printable(data, d.pics.widths)
	if err != nil {
		p.err = err
		return p
	}
	p.opt = fpdf.ImageOptions{ImageType: typ}
	p.info = d.f.RegisterImageOptionsReader(p.name, p.opt, bytes.NewReader(enc))
	if err := d.f.Error(); err != nil || p.info == nil {
		d.f.ClearError()
		p.err, p.info = fmt.Errorf("%v", err), nil
	}
	return p
}

// printing runs as each picture is made: tests count them.
var printing = func() {}

// printable decodes the PNG or JPEG data and encodes it again at most
// printPixels on its longer side, at a width not in used (which it then
// adds), opaque: a JPEG as a JPEG, a PNG as a PNG. It returns the bytes
// and their type for the PDF writer.
func printable(data []byte, used map[int]bool) ([]byte, string, error) {
	printing()
	img, format, err := catalog.DecodeImage(data)
	if err != nil {
		return nil, "", err
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	size := func(nw int) (int, int) {
		return nw, max(1, int(math.Round(float64(h)*float64(nw)/float64(w))))
	}
	nw, nh := w, h
	if long := max(w, h); long > printPixels {
		nw, nh = size(max(1, int(math.Round(float64(w)*printPixels/float64(long)))))
	}
	for used[nw] && nw > 1 {
		nw, nh = size(nw - 1)
	}
	used[nw] = true
	dst := shrink(img, nw, nh)
	if w*h >= catalog.BigImage {
		// Up to about 100 MB decoded, and garbage now: collect it before the
		// next picture, or the PDF, needs the memory.
		img = nil
		runtime.GC()
	}
	var out bytes.Buffer
	if format == "jpeg" {
		err = jpeg.Encode(&out, dst, &jpeg.Options{Quality: 90})
		return out.Bytes(), "JPG", err
	}
	err = png.Encode(&out, dst)
	return out.Bytes(), "PNG", err
}

// shrink returns img at nw × nh pixels, no more than its own size, laid
// on white where it is transparent. Each pixel of img adds to the one
// pixel of the result its centre falls in, and each pixel of the result
// is the mean of what fell in it: an area average, which keeps fine
// lines and needs no buffer beyond a row of sums, however large img is.
func shrink(img image.Image, nw, nh int) *image.RGBA {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	src, ok := img.(image.RGBA64Image)
	if !ok {
		// Every image the decoders return has RGBA64At; this keeps the
		// rest safe.
		c := image.NewRGBA64(image.Rect(0, 0, w, h))
		xdraw.Draw(c, c.Bounds(), img, b.Min, xdraw.Src)
		src, b = c, c.Bounds()
	}
	dst := image.NewRGBA(image.Rect(0, 0, nw, nh))
	sums := make([]uint64, 4*nw)
	counts := make([]uint64, nw)
	col := make([]int, w) // the result's column of each column of img
	for x := range w {
		col[x] = (2*x + 1) * nw / (2 * w)
	}
	flush := func(dy int) {
		for dx := range nw {
			n := counts[dx]
			if n == 0 {
				continue
			}
			i := dst.PixOffset(dx, dy)
			for k := range 3 {
				dst.Pix[i+k] = uint8(sums[4*dx+k] / n >> 8)
			}
			dst.Pix[i+3] = 0xff
		}
		clear(sums)
		clear(counts)
	}
	row := -1
	for y := range h {
		if r := (2*y + 1) * nh / (2 * h); r != row {
			if row >= 0 {
				flush(row)
			}
			row = r
		}
		for x := range w {
			c := src.RGBA64At(b.Min.X+x, b.Min.Y+y)
			// Premultiplied: over white adds what the alpha leaves.
			white := 0xffff - uint64(c.A)
			dx := col[x]
			sums[4*dx] += uint64(c.R) + white
			sums[4*dx+1] += uint64(c.G) + white
			sums[4*dx+2] += uint64(c.B) + white
			counts[dx]++
		}
	}
	flush(row)
	return dst
}
