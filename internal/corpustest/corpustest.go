// Package corpustest gives tests the group's real minutes. They live
// beside the repository, in ../shared/corpus, and are never copied into it.
// A test that needs them fails under CI (testenv.CI) when they are missing,
// and is skipped otherwise.
package corpustest

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/testenv"
)

// Dir returns the corpus directory: $MINUTES_CORPUS when set, else
// shared/corpus beside the module root (the directory holding go.mod).
func Dir() string {
	if d := os.Getenv("MINUTES_CORPUS"); d != "" {
		return d
	}
	root, err := testenv.ModuleRoot()
	if err != nil {
		return filepath.Join("..", "shared", "corpus")
	}
	return filepath.Join(filepath.Dir(root), "shared", "corpus")
}

// OthersDir returns the folder of the other groups' minutes, beside the
// corpus: corpus-others/GROUP/FILE.md.
func OthersDir() string {
	return filepath.Join(filepath.Dir(Dir()), "corpus-others")
}

// File returns the path of the corpus file name (or a path relative to the
// corpus, "../corpus-others/..."). When it is missing, the test fails
// under CI and is skipped otherwise.
func File(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(Dir(), name)
	if _, err := os.Stat(p); err != nil {
		testenv.Missing(t, "corpus file missing: %v", err)
	}
	return p
}

// Files returns the corpus files matching pattern ("*.md",
// "cpansec-minutes-*.md"), sorted. With none, the test fails when CI is
// set and is skipped otherwise.
func Files(t testing.TB, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(Dir(), pattern))
	sort.Strings(files)
	if len(files) == 0 {
		testenv.Missing(t, "corpus missing: no %s in %s", pattern, Dir())
	}
	return files
}

// Name returns the file name the group gave the minutes a corpus file
// holds: the corpus keeps every version of a file, as NAME@COMMIT.md
// ("cpansec-minutes-2024-11-15@ff5825f.md"), and NAME.md is what the
// group's repository holds ("cpansec-minutes-2024-11-15.md"). This
// naming is the corpus's alone: production code never sees it.
func Name(path string) string {
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	if at := strings.LastIndexByte(stem, '@'); at >= 0 {
		stem = stem[:at]
	}
	return stem + ext
}

// Read returns the content of a file, failing the test if it cannot.
func Read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Largest returns the content of the biggest minutes file.
func Largest(t testing.TB) []byte {
	t.Helper()
	var best []byte
	for _, p := range Files(t, "*.md") {
		if b := Read(t, p); len(b) > len(best) {
			best = b
		}
	}
	return best
}

// Seeds returns every n-th corpus file's content (the corpus holds many
// near-copies, so a fraction makes good fuzz seeds), or nothing when the
// corpus is missing: fuzz targets also run from their own seeds.
func Seeds(every int) [][]byte {
	files, _ := filepath.Glob(filepath.Join(Dir(), "*.md"))
	sort.Strings(files)
	var out [][]byte
	for i, p := range files {
		if every > 1 && i%every != 0 {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			out = append(out, b)
		}
	}
	return out
}
