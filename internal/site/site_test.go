package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
)

// repo returns the repository's own index.html and web/ as a MapFS, so a
// test can change one file of the real site.
func repo(t *testing.T) fstest.MapFS {
	t.Helper()
	root := os.DirFS(filepath.Join("..", ".."))
	m := fstest.MapFS{}
	add := func(name string) {
		data, err := fs.ReadFile(root, name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: data}
	}
	add(indexTemplate)
	err := fs.WalkDir(root, "web", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			add(name)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// fakeWasm stands for the compiled program: Assemble only copies and hashes it.
func fakeWasm(s string) []byte { return append([]byte("\x00asm\x01\x00\x00\x00"), s...) }

func assemble(t *testing.T, src fs.FS, wasm []byte) *Site {
	t.Helper()
	s, err := Assemble(src, wasm, []byte("// wasm_exec.js\n"), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func read(t *testing.T, s *Site, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(s.Dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

var (
	loaderTag   = regexp.MustCompile(`<script src="web/loader.js" defer data-wasm="([^"]+)" data-wasm-size="(\d+)">`)
	workerStamp = regexp.MustCompile(`var VERSION = '([0-9a-f]+)';\s*var ASSETS = (\[.*\]);`)
)

// TestIndexNamesTheWasm: the page's loader names the hashed wasm, which is
// in the site, with its size.
func TestIndexNamesTheWasm(t *testing.T) {
	wasm := fakeWasm("program")
	s := assemble(t, repo(t), wasm)
	m := loaderTag.FindStringSubmatch(read(t, s, "index.html"))
	if m == nil {
		t.Fatalf("index.html has no stamped loader tag")
	}
	if m[1] != s.Wasm || !regexp.MustCompile(`^web/app\.[0-9a-f]{12}\.wasm$`).MatchString(m[1]) {
		t.Errorf("index.html names %q, the site's wasm is %q", m[1], s.Wasm)
	}
	if got := read(t, s, m[1]); got != string(wasm) {
		t.Errorf("%s holds %q, want the wasm", m[1], got)
	}
	if m[2] != strconv.Itoa(len(wasm)) {
		t.Errorf("data-wasm-size=%s, want %d", m[2], len(wasm))
	}
}

// TestWorkerCachesEveryFile: sw.js lists every file of the site but itself,
// _headers and the PNG icons, and the page's root, with the version
// Assemble reports.
func TestWorkerCachesEveryFile(t *testing.T) {
	s := assemble(t, repo(t), fakeWasm("program"))
	m := workerStamp.FindStringSubmatch(read(t, s, "sw.js"))
	if m == nil {
		t.Fatal("sw.js has no stamped VERSION and ASSETS")
	}
	if m[1] != s.Version {
		t.Errorf("sw.js version %s, Assemble says %s", m[1], s.Version)
	}
	var listed []string
	if err := json.Unmarshal([]byte(m[2]), &listed); err != nil {
		t.Fatal(err)
	}
	want := []string{"./"}
	err := filepath.WalkDir(s.Dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(s.Dir, file)
		if rel != "sw.js" && rel != "_headers" && !strings.HasSuffix(rel, ".png") {
			want = append(want, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(want[1:])
	if strings.Join(listed, " ") != strings.Join(want, " ") {
		t.Errorf("sw.js caches\n%q\nthe site has\n%q", listed, want)
	}
	for _, name := range []string{"index.html", s.Wasm, "web/wasm_exec.js", "web/loader.js", "web/style.css", "web/icons/icon.svg"} {
		if !strings.Contains(m[2], `"`+name+`"`) {
			t.Errorf("sw.js does not cache %s", name)
		}
	}
	if strings.Contains(read(t, s, "sw.js"), "'__VERSION__'") {
		t.Error("sw.js still has its placeholder")
	}
}

// TestVersionFollowsTheFiles: the version changes when the wasm or any
// other asset changes, and only then.
func TestVersionFollowsTheFiles(t *testing.T) {
	src := repo(t)
	base := assemble(t, src, fakeWasm("one"))
	if again := assemble(t, src, fakeWasm("one")); again.Version != base.Version || again.Wasm != base.Wasm {
		t.Errorf("the same files gave version %s and %s", base.Version, again.Version)
	}
	other := assemble(t, src, fakeWasm("two"))
	if other.Version == base.Version || other.Wasm == base.Wasm {
		t.Errorf("another wasm kept version %s, name %s", other.Version, other.Wasm)
	}
	for _, name := range []string{"web/style.css", "web/icons/icon-192.png", "web/sw.js", "index.html"} {
		changed := fstest.MapFS{}
		for k, v := range src {
			changed[k] = v
		}
		changed[name] = &fstest.MapFile{Data: append(bytes.Clone(src[name].Data), ' ')}
		if s := assemble(t, changed, fakeWasm("one")); s.Version == base.Version {
			t.Errorf("a change to %s kept version %s", name, s.Version)
		}
	}
}

// TestTemplatesWithoutPlaceholders: a page or worker that lost its
// placeholder is an error that names the file, not a site that loads the
// wrong wasm.
func TestTemplatesWithoutPlaceholders(t *testing.T) {
	for _, tc := range []struct{ file, from, to string }{
		{"index.html", `data-wasm="web/app.wasm"`, `data-wasm="web/other.wasm"`},
		{"index.html", `data-wasm-size="0"`, ``},
		{"web/sw.js", `var ASSETS = __ASSETS__;`, `var ASSETS = [];`},
		{"web/sw.js", `'__VERSION__'`, `'1'`},
	} {
		src := repo(t)
		data := string(src[tc.file].Data)
		if !strings.Contains(data, tc.from) {
			t.Fatalf("%s lacks %s", tc.file, tc.from)
		}
		src[tc.file] = &fstest.MapFile{Data: []byte(strings.Replace(data, tc.from, tc.to, 1))}
		_, err := Assemble(src, fakeWasm("x"), nil, t.TempDir())
		if err == nil || !strings.HasPrefix(err.Error(), tc.file+":") {
			t.Errorf("without %s: error %v, want one naming %s", tc.from, err, tc.file)
		}
	}
}

// TestCompress: the large text files get .br and .gz copies that decode to
// the file; small files and images get none.
func TestCompress(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("function f() { return 1; }\n"), 200)
	files := map[string][]byte{"web/app.js": big, "index.html": big, "web/small.css": []byte("a{}"), "web/icon.png": big}
	for name, data := range files {
		if err := write(filepath.Join(dir, name), data); err != nil {
			t.Fatal(err)
		}
	}
	if err := Compress(dir); err != nil {
		t.Fatal(err)
	}
	decoders := map[string]func(io.Reader) (io.Reader, error){
		".br": func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
		".gz": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
	}
	for name, data := range files {
		for ext, decode := range decoders {
			packed, err := os.ReadFile(filepath.Join(dir, name+ext))
			want := name == "web/app.js" || name == "index.html"
			if want != (err == nil) {
				t.Errorf("%s%s exists: %v, want %v", name, ext, err == nil, want)
			}
			if err != nil {
				continue
			}
			r, err := decode(bytes.NewReader(packed))
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(got, data) || len(packed) >= len(data)/4 {
				t.Errorf("%s%s: %d bytes decode to %d (err %v), want %d", name, ext, len(packed), len(got), err, len(data))
			}
		}
	}
}

// TestSizes: the table has what a page load fetches, with the sizes of the
// precompressed copies, and a total.
func TestSizes(t *testing.T) {
	s := assemble(t, repo(t), fakeWasm(strings.Repeat("code ", 1000)))
	if err := Compress(s.Dir); err != nil {
		t.Fatal(err)
	}
	sizes, err := Sizes(s.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, z := range sizes {
		names = append(names, z.Path)
		if z.Path == s.Wasm {
			br, err := os.Stat(filepath.Join(s.Dir, s.Wasm+".br"))
			if err != nil || int64(z.Brotli) != br.Size() || z.Raw != 8+5000 || z.Gzip >= z.Raw {
				t.Errorf("%s: %+v, .br %v", s.Wasm, z, br)
			}
		}
	}
	got := strings.Join(names, " ")
	for _, want := range []string{"index.html", "sw.js", s.Wasm, "web/icons/icon-32.png", "web/style.css"} {
		if !strings.Contains(got, want) {
			t.Errorf("sizes lack %s: %s", want, got)
		}
	}
	for _, not := range []string{"_headers", ".br", ".gz", "icon-192.png", "icon-512.png", "icon-180.png"} {
		if strings.Contains(got, not) {
			t.Errorf("sizes list %s, which a page load does not fetch: %s", not, got)
		}
	}
	var out strings.Builder
	if err := WriteSizes(&out, sizes); err != nil {
		t.Fatal(err)
	}
	last := strings.Fields(out.String()[strings.LastIndex(strings.TrimSpace(out.String()), "\n")+1:])
	total := 0
	for _, z := range sizes {
		total += z.Brotli
	}
	if len(last) != 6 || last[0] != "total" || last[5] != strconv.Itoa(total) {
		t.Errorf("last line %q, want the brotli total %d", last, total)
	}
}

// TestBrotliNotInTheWasm: the compressor is the build tool's, never linked
// into the page.
func TestBrotliNotInTheWasm(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./wasm")
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"github.com/andybalholm/brotli", "github.com/cpansec/minutes/internal/site"} {
		if strings.Contains(string(out), pkg+"\n") {
			t.Errorf("the wasm links %s", pkg)
		}
	}
	if !strings.Contains(string(out), "github.com/cpansec/minutes/core\n") {
		t.Errorf("go list -deps ./wasm does not list core: %s", out)
	}
}
