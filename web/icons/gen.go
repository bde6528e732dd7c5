//go:build ignore

// gen draws the editor's icon as SVG and as the PNG sizes the manifest and
// browsers ask for, from one description of the shapes, so the two never
// drift apart. Run from the repository root: go run web/icons/gen.go
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// shape is one filled figure in a 512×512 box.
type shape interface {
	contains(x, y float64) bool
	svg() string
	fill() color.RGBA
}

type roundRect struct {
	x0, y0, x1, y1, r float64
	c                 color.RGBA
}

func (s roundRect) contains(x, y float64) bool {
	if x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1 {
		return false
	}
	cx := math.Max(s.x0+s.r, math.Min(x, s.x1-s.r))
	cy := math.Max(s.y0+s.r, math.Min(y, s.y1-s.r))
	return math.Hypot(x-cx, y-cy) <= s.r
}

func (s roundRect) svg() string {
	return fmt.Sprintf(`<rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="%s"/>`,
		s.x0, s.y0, s.x1-s.x0, s.y1-s.y0, s.r, hex(s.c))
}

func (s roundRect) fill() color.RGBA { return s.c }

type circle struct {
	cx, cy, r float64
	c         color.RGBA
}

func (s circle) contains(x, y float64) bool { return math.Hypot(x-s.cx, y-s.cy) <= s.r }
func (s circle) fill() color.RGBA           { return s.c }
func (s circle) svg() string {
	return fmt.Sprintf(`<circle cx="%g" cy="%g" r="%g" fill="%s"/>`, s.cx, s.cy, s.r, hex(s.c))
}

// stroke is a polyline of the given width with round ends and joins.
type stroke struct {
	pts   [][2]float64
	width float64
	c     color.RGBA
}

func (s stroke) fill() color.RGBA { return s.c }

func (s stroke) contains(x, y float64) bool {
	for i := 1; i < len(s.pts); i++ {
		if segmentDistance(x, y, s.pts[i-1], s.pts[i]) <= s.width/2 {
			return true
		}
	}
	return false
}

func (s stroke) svg() string {
	var pts []string
	for _, p := range s.pts {
		pts = append(pts, fmt.Sprintf("%g,%g", p[0], p[1]))
	}
	return fmt.Sprintf(`<polyline points="%s" fill="none" stroke="%s" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round"/>`,
		strings.Join(pts, " "), hex(s.c), s.width)
}

func segmentDistance(x, y float64, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := ((x-a[0])*dx + (y-a[1])*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(x-(a[0]+t*dx), y-(a[1]+t*dy))
}

func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

var (
	blue  = color.RGBA{0x1d, 0x4f, 0x91, 0xff}
	white = color.RGBA{0xff, 0xff, 0xff, 0xff}
	line  = color.RGBA{0x8a, 0xa0, 0xb8, 0xff}
	green = color.RGBA{0x2d, 0xa4, 0x4e, 0xff}
)

// content is the page with lines of text and a check mark badge.
func content() []shape {
	return []shape{
		roundRect{120, 64, 392, 448, 28, white},
		roundRect{164, 128, 348, 152, 12, line},
		roundRect{164, 188, 348, 212, 12, line},
		roundRect{164, 248, 300, 272, 12, line},
		circle{356, 380, 92, green},
		stroke{[][2]float64{{314, 382}, {344, 412}, {400, 350}}, 26, white},
	}
}

// scaled shrinks shapes toward the centre, for the maskable icon's safe zone.
func scaled(shapes []shape, k float64) []shape {
	at := func(v float64) float64 { return 256 + (v-256)*k }
	var out []shape
	for _, s := range shapes {
		switch s := s.(type) {
		case roundRect:
			out = append(out, roundRect{at(s.x0), at(s.y0), at(s.x1), at(s.y1), s.r * k, s.c})
		case circle:
			out = append(out, circle{at(s.cx), at(s.cy), s.r * k, s.c})
		case stroke:
			var pts [][2]float64
			for _, p := range s.pts {
				pts = append(pts, [2]float64{at(p[0]), at(p[1])})
			}
			out = append(out, stroke{pts, s.width * k, s.c})
		}
	}
	return out
}

// raster paints the shapes at size×size pixels with 4×4 supersampling.
func raster(shapes []shape, size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const n = 4
	scale := 512 / float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					x := (float64(px) + (float64(sx)+.5)/n) * scale
					y := (float64(py) + (float64(sy)+.5)/n) * scale
					for i := len(shapes) - 1; i >= 0; i-- {
						if shapes[i].contains(x, y) {
							c := shapes[i].fill()
							r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+1
							break
						}
					}
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(255 * a / (n * n))})
		}
	}
	return img
}

func writePNG(path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func main() {
	dir := filepath.Join("web", "icons")
	icon := append([]shape{roundRect{0, 0, 512, 512, 96, blue}}, content()...)
	maskable := append([]shape{roundRect{0, 0, 512, 512, 0, blue}}, scaled(content(), 0.78)...)

	var svg strings.Builder
	svg.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` + "\n")
	for _, s := range icon {
		svg.WriteString(s.svg() + "\n")
	}
	svg.WriteString("</svg>\n")
	if err := os.WriteFile(filepath.Join(dir, "icon.svg"), []byte(svg.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	for _, size := range []int{32, 180, 192, 512} {
		writePNG(filepath.Join(dir, fmt.Sprintf("icon-%d.png", size)), raster(icon, size))
	}
	writePNG(filepath.Join(dir, "icon-maskable-512.png"), raster(maskable, 512))
}
