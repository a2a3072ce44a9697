package figure

import (
	"bytes"
	"fmt"
	"strconv"
)

// SVG writes d as a standalone SVG file: one path or circle per shape, the
// coordinates in centimetres rounded to a millimetre. The same drawing
// always gives the same bytes. title, when not empty, is the file's title,
// which screen readers and browsers show.
func SVG(d Drawing, title string) []byte {
	var b bytes.Buffer
	// SVG counts y downward: flip it, with the box's top at 0.
	top := d.MinY + d.H
	x := func(v float64) string { return num(v - d.MinX) }
	y := func(v float64) string { return num(top - v) }
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" width="%smm" height="%smm">`+"\n",
		num(d.W), num(d.H), num(d.W), num(d.H))
	if title != "" {
		b.WriteString("<title>")
		escape(&b, title)
		b.WriteString("</title>\n")
	}
	b.WriteString(`<g stroke-linecap="round" stroke-linejoin="round">` + "\n")
	for _, s := range d.Shapes {
		paint := fmt.Sprintf(` fill="%s"`, color(s.Fill))
		if s.Stroke != none {
			paint += fmt.Sprintf(` stroke="%s" stroke-width="%s"`, color(s.Stroke), num(s.Width))
		}
		if s.R > 0 {
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="%s"%s/>`+"\n", x(s.Circle.X), y(s.Circle.Y), num(s.R), paint)
			continue
		}
		b.WriteString(`<path d="`)
		for i, g := range s.Path {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteByte(g.Op)
			if g.Op == 'Q' {
				b.WriteString(x(g.C.X) + " " + y(g.C.Y) + " ")
			}
			b.WriteString(x(g.P.X) + " " + y(g.P.Y))
		}
		if s.Closed {
			b.WriteString("Z")
		}
		b.WriteString(`"` + paint + "/>\n")
	}
	b.WriteString("</g>\n</svg>\n")
	return b.Bytes()
}

// num writes a length to a tenth of a centimetre, without trailing zeros.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		s = s[:len(s)-2]
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

func color(g int) string {
	switch g {
	case none:
		return "none"
	case black:
		return "#000"
	case white:
		return "#fff"
	}
	return fmt.Sprintf("#%02x%02x%02x", g, g, g)
}

func escape(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			if r < 0x20 {
				r = ' '
			}
			b.WriteRune(r)
		}
	}
}
