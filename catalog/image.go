package catalog

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/gluteplan/gluteplan/catalog/document"
)

// The limits on an image an entry names, beside [MaxImageBytes]: its
// declared size, read from the file's header before any pixel is decoded,
// so that a small file that unpacks to gigabytes is refused before it is
// unpacked. A phone photo (4032 × 3024) fits; a printed picture needs
// about 1200 pixels across. The most memory decoding takes is 20 bytes a
// pixel (a progressive CMYK JPEG): 12 megapixels keep it near 240 MB.
const (
	MaxImageSide   = 4096       // pixels on either side
	MaxImagePixels = 12_200_000 // pixels in all: 12.2 megapixels
)

// An imageError is what is wrong with an image file, as a message whose
// \x00 stands for the image's path as the user would write it.
type imageError string

// at puts path in the message, as [document.Shown] shows a file name.
func (e imageError) at(path string) string {
	return strings.ReplaceAll(string(e), "\x00", document.Shown(path))
}

func (e imageError) Error() string { return e.at("image") }

// DecodeImage decodes a PNG or JPEG file whose bytes are data, after
// checking the width and height its header declares against
// [MaxImageSide] and [MaxImagePixels]. It returns the image and its
// format, "png" or "jpeg". A file cut short, or anything else the decoder
// cannot read to its end, is an error: nothing half-read is returned.
func DecodeImage(data []byte) (image.Image, string, error) {
	format, _, err := checkImageHeader(data)
	if err != nil {
		return nil, "", err
	}
	decoded()
	var img image.Image
	if format == "png" {
		img, err = png.Decode(bytes.NewReader(data))
	} else {
		img, err = jpeg.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return nil, "", decodeError(format, err)
	}
	return img, format, nil
}

// BigImage is the size, in pixels, from which an image decoded and done
// with is collected at once rather than when the collector next runs.
const BigImage = 4_000_000

// decoded runs before each image is decoded: tests count the decodes.
var decoded = func() {}

// checkImageHeader tells a PNG from a JPEG by its first bytes, reads the
// size its header declares and checks it against the limits, decoding no
// pixel.
func checkImageHeader(data []byte) (format string, pixels int, err error) {
	var cfg image.Config
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		format = "png"
		cfg, err = png.DecodeConfig(bytes.NewReader(data))
	case bytes.HasPrefix(data, []byte{0xff, 0xd8}):
		format = "jpeg"
		cfg, err = jpeg.DecodeConfig(bytes.NewReader(data))
	default:
		return "", 0, imageError("the image \x00 is not a PNG or JPEG file: save it again as PNG or JPEG")
	}
	if err != nil {
		return "", 0, decodeError(format, err)
	}
	w, h := cfg.Width, cfg.Height
	switch {
	case w < 1 || h < 1:
		return "", 0, imageError(fmt.Sprintf("the image \x00 is empty (%d × %d pixels)", w, h))
	case w > MaxImageSide || h > MaxImageSide || int64(w)*int64(h) > MaxImagePixels:
		return "", 0, imageError(fmt.Sprintf("the image \x00 is %d × %d pixels, over the limit of %d on a side and %.1f megapixels in all: save it smaller (a printed picture needs about 1200 pixels across)",
			w, h, MaxImageSide, float64(MaxImagePixels)/1e6))
	}
	return format, w * h, nil
}

// decodeError says what the decoder of format found wrong, in words.
func decodeError(format string, err error) error {
	kind := map[string]string{"png": "PNG", "jpeg": "JPEG"}[format]
	// A file cut short: the readers say so in words of their own (the PNG
	// one as a format error or pixel data missing, the JPEG one as Huffman
	// data missing).
	short := errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		strings.HasSuffix(err.Error(), "unexpected EOF") || strings.HasSuffix(err.Error(), "not enough pixel data") ||
		strings.HasSuffix(err.Error(), "short Huffman data")
	if short {
		return imageError(fmt.Sprintf("the image \x00 ends too early, as a %s file cut short does: save it again, or copy it again whole", kind))
	}
	msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "png: "), "jpeg: ")
	return imageError(fmt.Sprintf("the image \x00 cannot be read as %s (%s): save it again as PNG or JPEG", kind, msg))
}

// ReadImage reads the image file that name, an entry's image field,
// names beside the catalog file catalogFile, after the checks of
// [checkImage] on its path: a relative path that stays inside the catalog
// file's folder, to a regular file there (a link to one inside the folder
// counts) of at most [MaxImageBytes]. It does not decode the file.
func ReadImage(catalogFile, name string) ([]byte, error) {
	f, _, shown, problem := openImage(catalogFile, name)
	if problem != "" {
		return nil, errors.New(problem.at(shown))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxImageBytes+1))
	if err == nil && len(data) > MaxImageBytes {
		err = errors.New("it grew over the limit while it was read")
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the image %s: %v", document.Shown(shown), err)
	}
	return data, nil
}

// folders holds the catalog files' folders with every link resolved, so
// that an entry's image is checked against its folder without resolving
// the folder again for each of thousands of entries.
var folders sync.Map // string → string

// openImage opens the image file name beside catalogFile, checking its
// path first. It returns the open file, its information, and the path as
// messages show it (the catalog file's folder joined with name).
func openImage(catalogFile, name string) (*os.File, fs.FileInfo, string, imageError) {
	if filepath.IsAbs(name) || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || filepath.VolumeName(name) != "" {
		return nil, nil, name, imageError(fmt.Sprintf("%q is not a relative path: give the image's path from the catalog file's folder, with / between folders", name))
	}
	ext := strings.ToLower(path.Ext(name))
	if ext != ".png" && ext != ".jpg" && ext != ".jpeg" {
		return nil, nil, name, imageError(fmt.Sprintf("%q is not a PNG or JPEG file: use an image ending in .png, .jpg or .jpeg", name))
	}
	if c := path.Clean(name); c == ".." || strings.HasPrefix(c, "../") {
		return nil, nil, name, imageError(fmt.Sprintf("%q leads out of the catalog file's folder: put the image in that folder or one below it", name))
	}
	dir := filepath.Dir(catalogFile)
	shown := filepath.Join(dir, filepath.FromSlash(name))
	realDir, ok := folders.Load(dir)
	if !ok {
		r, err := filepath.EvalSymlinks(dir)
		if err != nil {
			return nil, nil, shown, imageError(fmt.Sprintf("cannot read the image \x00: %v", pathError(err)))
		}
		r, _ = filepath.Abs(r)
		realDir, _ = folders.LoadOrStore(dir, r)
	}
	real, err := filepath.EvalSymlinks(shown)
	if errors.Is(err, fs.ErrNotExist) {
		if st, lerr := os.Lstat(shown); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
			to, _ := os.Readlink(shown)
			return nil, nil, shown, imageError(fmt.Sprintf("the image \x00 is a link to %s, which does not exist: link to the image file, or copy it here", document.Shown(to)))
		}
		return nil, nil, shown, imageError("no image file \x00: the path is relative to the catalog file's folder")
	}
	if err != nil {
		return nil, nil, shown, imageError(fmt.Sprintf("cannot read the image \x00: %v", pathError(err)))
	}
	real, _ = filepath.Abs(real)
	if rel, err := filepath.Rel(realDir.(string), real); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, nil, shown, imageError(fmt.Sprintf("the image \x00 is a link to %s, outside the catalog file's folder: copy the image into that folder", document.Shown(real)))
	}
	st, err := os.Lstat(real)
	switch {
	case err != nil:
		return nil, nil, shown, imageError(fmt.Sprintf("cannot read the image \x00: %v", pathError(err)))
	case st.IsDir():
		return nil, nil, shown, imageError("\x00 is a folder: name the image file")
	case !st.Mode().IsRegular():
		return nil, nil, shown, imageError(fmt.Sprintf("the image \x00 is not a regular file (%s): name a PNG or JPEG file", fileKind(st.Mode())))
	case st.Size() > MaxImageBytes:
		return nil, nil, shown, imageError(fmt.Sprintf("the image \x00 is %.1f MiB, over the limit of 2 MiB: save it smaller (a printed picture needs about 1200 pixels across)", float64(st.Size())/(1<<20)))
	}
	// Opened without waiting: a named pipe swapped in since the check
	// must not hang the run.
	f, err := os.OpenFile(real, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, nil, shown, imageError(fmt.Sprintf("cannot read the image \x00: %v", pathError(err)))
	}
	fst, err := f.Stat()
	if err != nil || !fst.Mode().IsRegular() || !os.SameFile(st, fst) {
		f.Close()
		return nil, nil, shown, imageError("the image \x00 changed while it was read: run gluteplan again")
	}
	return f, fst, shown, ""
}

// fileKind names, for messages, what a file that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a plain file of bytes"
}

func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// imageKey names one version of one file: the same file, unchanged, has
// the same key under any name.
type imageKey struct {
	dev, ino uint64 // where the system gives them; else the path
	path     string
	size     int64
	mod      int64
}

// checked holds what [checkImage] found of each image file it decoded,
// by [imageKey]: a catalog may name one file from thousands of entries,
// and a run may validate a catalog more than once, but each file is read
// and decoded once.
var checked sync.Map // imageKey → imageError ("" when sound)

// checkImage says what is wrong with the image file name, found beside
// the catalog file, or "" when it is a sound PNG or JPEG: its path (see
// [ReadImage]), its size, its declared width and height ([MaxImageSide],
// [MaxImagePixels]), its format against its extension, and the whole file
// decoded.
func checkImage(catalogFile, name string) string {
	f, st, shown, problem := openImage(catalogFile, name)
	if problem != "" {
		return problem.at(shown)
	}
	defer f.Close()
	key := keyOf(f.Name(), st)
	if v, ok := checked.Load(key); ok {
		return v.(imageError).at(shown)
	}
	var verdict imageError
	data, err := io.ReadAll(io.LimitReader(f, MaxImageBytes+1))
	switch {
	case err != nil:
		verdict = imageError(fmt.Sprintf("cannot read the image \x00: %v", pathError(err)))
	case len(data) > MaxImageBytes:
		verdict = imageError("the image \x00 grew over the limit of 2 MiB while it was read")
	default:
		verdict = checkImageData(path.Ext(name), data)
	}
	checked.Store(key, verdict)
	return verdict.at(shown)
}

// checkImageData checks the bytes of an image file named with extension
// ext: what [DecodeImage] checks, and the format against the extension.
func checkImageData(ext string, data []byte) imageError {
	format, pixels, err := checkImageHeader(data)
	if err == nil {
		want := map[string]string{".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}[strings.ToLower(ext)]
		if want != format {
			return imageError(fmt.Sprintf("the image \x00 is a %s file named %s: rename it to end in .%s",
				strings.ToUpper(format), ext, map[string]string{"png": "png", "jpeg": "jpg"}[format]))
		}
		_, _, err = DecodeImage(data)
		if pixels >= BigImage {
			// Up to 240 MB decoded, and garbage now: collect it before
			// the next image (or the PDF) needs the memory.
			runtime.GC()
		}
	}
	if err != nil {
		var ie imageError
		if errors.As(err, &ie) {
			return ie
		}
		return imageError(fmt.Sprintf("the image \x00 cannot be read: %v", err))
	}
	return ""
}
