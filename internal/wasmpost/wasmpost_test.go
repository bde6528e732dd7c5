package wasmpost

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	progOnce sync.Once
	progWasm []byte
	progErr  error
)

// prog builds testdata/prog for js/wasm once, as build.sh builds the page.
func prog(t *testing.T) []byte {
	t.Helper()
	progOnce.Do(func() {
		out := filepath.Join(os.TempDir(), "wasmpost-prog.wasm")
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./testdata/prog")
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			progErr = errors.New(string(b))
			return
		}
		progWasm, progErr = os.ReadFile(out)
		os.Remove(out)
	})
	if progErr != nil {
		t.Fatalf("building testdata/prog: %v", progErr)
	}
	return progWasm
}

// node runs a js/wasm program under Node.js with Go's wasm_exec_node.js.
// Without Node the test is skipped, except under CI=true.
func node(t *testing.T, wasm []byte, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	nodeBin, lookErr := exec.LookPath("node")
	if lookErr != nil {
		if ci := os.Getenv("CI"); ci == "true" || ci == "1" {
			t.Fatal("node is missing (CI=true: this test may not be skipped)")
		}
		t.Skip("node is not installed")
	}
	f := filepath.Join(t.TempDir(), "prog.wasm")
	if err := os.WriteFile(f, wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	execJS := filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec_node.js")
	cmd := exec.Command(nodeBin, append([]string{execJS, f}, args...)...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

func process(t *testing.T, wasm []byte, lines bool) []byte {
	t.Helper()
	m, err := Parse(wasm)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.MergeData(); err != nil {
		t.Fatal(err)
	}
	if !lines {
		st, err := m.StripLines()
		if err != nil {
			t.Fatal(err)
		}
		if st.Tables == 0 || st.Retained == 0 {
			t.Errorf("StripLines = %+v: it zeroed no table, or every table", st)
		}
	}
	return m.Bytes()
}

func TestParseRoundTrip(t *testing.T) {
	wasm := prog(t)
	m, err := Parse(wasm)
	if err != nil {
		t.Fatal(err)
	}
	// The linker pads section sizes to five bytes to patch them in place;
	// Bytes writes them short, so compare the sections.
	again, err := Parse(m.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !sameSections(m, again) {
		t.Fatal("Parse(m.Bytes()) has other sections than m")
	}
	segs, err := m.Segments()
	if err != nil {
		t.Fatal(err)
	}
	if len(segs) < 100 {
		t.Fatalf("%d data segments: the linker's splitting, which this package undoes, is gone?", len(segs))
	}
	data := m.Sections[m.section(sectionData)].Payload
	m.SetSegments(segs)
	if !bytes.Equal(m.Sections[m.section(sectionData)].Payload, data) {
		t.Fatalf("SetSegments(Segments()) changed the data section")
	}
}

func sameSections(a, b *Module) bool {
	if len(a.Sections) != len(b.Sections) {
		return false
	}
	for i := range a.Sections {
		if a.Sections[i].ID != b.Sections[i].ID || !bytes.Equal(a.Sections[i].Payload, b.Sections[i].Payload) {
			return false
		}
	}
	return true
}

func TestMerge(t *testing.T) {
	got, err := Merge([]Segment{
		{Offset: 20, Data: []byte{7}},
		{Offset: 10, Data: []byte{1, 2}},
		{Offset: 12, Data: []byte{3}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []byte{1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 7}
	if got.Offset != 10 || !bytes.Equal(got.Data, want) {
		t.Errorf("Merge = %d %v, want 10 %v", got.Offset, got.Data, want)
	}
	if _, err := Merge([]Segment{{Offset: 10, Data: []byte{1, 2}}, {Offset: 11, Data: []byte{3}}}); err == nil {
		t.Error("Merge of overlapping segments: no error")
	}
}

func TestMergeDataKeepsMemory(t *testing.T) {
	wasm := prog(t)
	before := memoryImage(t, wasm)
	after := memoryImage(t, process(t, wasm, true))
	if !bytes.Equal(before, after) {
		t.Fatal("the merged data section places different bytes in memory")
	}
	m, _ := Parse(process(t, wasm, true))
	if segs, _ := m.Segments(); len(segs) != 1 {
		t.Fatalf("%d segments after MergeData, want 1", len(segs))
	}
}

// memoryImage returns memory from the lowest data address to the highest
// as the data section initialises it.
func memoryImage(t *testing.T, wasm []byte) []byte {
	t.Helper()
	m, err := Parse(wasm)
	if err != nil {
		t.Fatal(err)
	}
	segs, err := m.Segments()
	if err != nil {
		t.Fatal(err)
	}
	merged, err := Merge(segs)
	if err != nil {
		t.Fatal(err)
	}
	return merged.Data
}

// TestProgramRuns runs the program as built, merged, and stripped: the
// collector, recovery and stack traces work the same; only file and line
// are gone once stripped.
func TestProgramRuns(t *testing.T) {
	wasm := prog(t)
	want, _, err := node(t, wasm)
	if err != nil {
		t.Fatalf("original program: %v", err)
	}
	for _, s := range []string{"nilMap: recovered assignment to entry in nil map; trace names nilMap: true", "trace names nilPointer: true", "frame: main.main"} {
		if !strings.Contains(want, s) {
			t.Fatalf("the original program's output lacks %q:\n%s", s, want)
		}
	}
	if !regexp.MustCompile(`(?m)^line: main\.go:[1-9]`).MatchString(want) {
		t.Fatalf("the original program reports no file and line:\n%s", want)
	}

	merged, _, err := node(t, process(t, wasm, true))
	if err != nil || merged != want {
		t.Errorf("merged program: %v\n%s\nwant\n%s", err, merged, want)
	}

	stripped, _, err := node(t, process(t, wasm, false))
	lineless := regexp.MustCompile(`(?m)^line: .*$`).ReplaceAllString(want, "line: ?:0")
	if err != nil || stripped != lineless {
		t.Errorf("stripped program: %v\n%s\nwant\n%s", err, stripped, lineless)
	}
}

// TestCrashTrace checks that an unrecovered panic still prints a traceback
// naming the functions, without files and lines once stripped.
func TestCrashTrace(t *testing.T) {
	_, trace, err := node(t, process(t, prog(t), false), "crash")
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("crash: %v, want exit status 2\n%s", err, trace)
	}
	for _, want := range []string{"panic: boom", "main.crash(", "main.main(", "?:0"} {
		if !strings.Contains(trace, want) {
			t.Errorf("the traceback lacks %q:\n%s", want, trace)
		}
	}
	if strings.Contains(trace, "main.go:") {
		t.Errorf("the stripped traceback still names a file and line:\n%s", trace)
	}
}

// TestStripLinesTwice: a stripped module stays as it is.
func TestStripLinesTwice(t *testing.T) {
	once := process(t, prog(t), false)
	m, err := Parse(once)
	if err != nil {
		t.Fatal(err)
	}
	st, err := m.StripLines()
	if err != nil || st.Tables != 0 || st.Zeroed != 0 {
		t.Errorf("StripLines of a stripped module = %+v, %v", st, err)
	}
	if !bytes.Equal(m.Bytes(), once) {
		t.Error("StripLines of a stripped module changed it")
	}
}

func TestStripLinesNeedsPclntab(t *testing.T) {
	m := &Module{}
	m.SetSegments([]Segment{{Offset: 8, Data: bytes.Repeat([]byte{1}, 200)}})
	if _, err := m.StripLines(); err == nil || !strings.Contains(err.Error(), "no Go pclntab") {
		t.Errorf("StripLines without a pclntab: %v", err)
	}
}

func TestLEB(t *testing.T) {
	for _, v := range []uint32{0, 1, 127, 128, 300, 1<<31 - 1, 1<<32 - 1} {
		b := appendULEB(nil, v)
		got, n, err := readULEB(b)
		if err != nil || got != v || n != len(b) {
			t.Errorf("ULEB %d: %v read %d (%d of %d bytes)", v, err, got, n, len(b))
		}
	}
	for _, v := range []int32{0, 1, -1, 63, 64, -64, -65, 1<<31 - 1, -1 << 31, 4096} {
		b := appendSLEB(nil, v)
		got, n, err := readSLEB(b)
		if err != nil || got != v || n != len(b) {
			t.Errorf("SLEB %d: %v read %d (%d of %d bytes)", v, err, got, n, len(b))
		}
	}
	if _, _, err := readULEB([]byte{0x80, 0x80}); err == nil {
		t.Error("readULEB of a truncated number: no error")
	}
	if _, err := Parse([]byte("\x00asm\x01\x00\x00\x00\x0b\x05\x01")); err == nil {
		t.Error("Parse of a section running past the end: no error")
	}
}
