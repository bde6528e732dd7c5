package site

import (
	"io/fs"
	"os"
	"path/filepath"
)

// Dist copies the site in dir to out (emptied first) and compresses the
// copy: what a static host deploys.
func Dist(dir, out string) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	err := filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, file)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		return write(filepath.Join(out, rel), data)
	})
	if err != nil {
		return err
	}
	return Compress(out)
}
