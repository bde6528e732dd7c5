package site

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Size is the size of one asset as it is stored and as hosts send it.
type Size struct {
	Path              string // slash-separated, relative to the site
	Raw, Gzip, Brotli int
}

// notLoaded are the icons that only an installed app or a home screen
// asks for (the manifest's 192 and 512 pixels, Apple's 180), so a page
// load never downloads them.
var notLoaded = []string{"-192.png", "-512.png", "-180.png"}

// Sizes returns the raw, gzip and brotli sizes of every file of the site
// in dir that a page load fetches, sorted by path (see FileSizes).
func Sizes(dir string) ([]Size, error) {
	var names []string
	err := filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, file)
		if err != nil {
			return err
		}
		if loaded(filepath.ToSlash(rel)) {
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	sizes := make([]Size, len(names))
	byName := map[string]*Size{}
	for i, name := range names {
		byName[name] = &sizes[i]
	}
	err = each(names, func(name string) error {
		s, err := FileSizes(filepath.Join(dir, filepath.FromSlash(name)))
		s.Path = name
		*byName[name] = s
		return err
	})
	return sizes, err
}

// FileSizes returns the raw, gzip and brotli sizes of file: those of
// NAME.gz and NAME.br where Compress wrote them, else what Gzip and Brotli
// make. Path is left empty.
func FileSizes(file string) (Size, error) {
	var s Size
	data, err := os.ReadFile(file)
	if err != nil {
		return s, err
	}
	s.Raw = len(data)
	if s.Gzip, err = compressedSize(file, ".gz", data, Gzip); err != nil {
		return s, err
	}
	s.Brotli, err = compressedSize(file, ".br", data, Brotli)
	return s, err
}

// loaded tells whether a page load fetches the file at name.
func loaded(name string) bool {
	if name == "_headers" || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		return false
	}
	for _, suffix := range notLoaded {
		if strings.HasSuffix(name, suffix) {
			return false
		}
	}
	return true
}

func compressedSize(file, ext string, data []byte, compress func([]byte) ([]byte, error)) (int, error) {
	if st, err := os.Stat(file + ext); err == nil {
		return int(st.Size()), nil
	}
	out, err := compress(data)
	return len(out), err
}

// WriteSizes prints sizes as a table with a total.
func WriteSizes(w io.Writer, sizes []Size) error {
	var total Size
	if _, err := fmt.Fprintf(w, "%-40s %10s %10s %10s\n", "asset", "raw", "gzip", "brotli"); err != nil {
		return err
	}
	for _, s := range sizes {
		total.Raw += s.Raw
		total.Gzip += s.Gzip
		total.Brotli += s.Brotli
		if _, err := fmt.Fprintf(w, "%-40s %10d %10d %10d\n", s.Path, s.Raw, s.Gzip, s.Brotli); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%-40s %10d %10d %10d\n", "total (page load)", total.Raw, total.Gzip, total.Brotli)
	return err
}
