package preview

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/internal/testenv"
)

// readOthers returns the other groups' minutes (corpus-others) by
// GROUP/FILE.
func readOthers(t *testing.T) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpustest.OthersDir(), "*", "*.md"))
	if len(paths) == 0 {
		testenv.Missing(t, "corpus-others missing: no */*.md in %s", corpustest.OthersDir())
	}
	files := map[string][]byte{}
	for _, p := range paths {
		files[filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p)] = corpustest.Read(t, p)
	}
	return files
}

// TestIncrementalEqualsFullOnOtherGroups checks the chunked render of
// every other group's file, some with fenced code early (TC39's notes):
// chunks start again after a closed fence, and the result is the full
// render, as is that of random edits of them (fences opened, closed and
// broken included).
func TestIncrementalEqualsFullOnOtherGroups(t *testing.T) {
	files := readOthers(t)
	names := sortedNames(files)
	for _, opts := range [][]Option{{WithNow(fixedNow)}, {WithNow(fixedNow), WithPage(true)}} {
		r := NewRenderer(opts...)
		for _, n := range names {
			checkUpdate(t, r, files[n], opts, n)
			checkUpdate(t, NewRenderer(opts...), files[n], opts, n+" (fresh)")
		}
	}
	tc39 := files["tc39+notes/meetings_2013-09_sept-19.md"]
	if tc39 == nil {
		t.Fatal("no TC39 notes in corpus-others")
	}
	if fence := strings.Index(string(tc39), "\n```"); fence < 0 || fence > 2000 {
		t.Fatalf("the TC39 notes have no fence early (at %d)", fence)
	}
	if n := len(NewRenderer(WithNow(fixedNow)).Update(tc39)); n < 10 {
		t.Errorf("the TC39 notes are %d chunks: no chunk after their first fence", n)
	}
	rng := rand.New(rand.NewSource(3))
	steps := 600
	if testing.Short() {
		steps = 150
	}
	opts := []Option{WithNow(fixedNow), WithPage(true)}
	r := NewRenderer(opts...)
	src := string(tc39) + strings.Repeat("\n"+string(tc39[strings.Index(string(tc39), "\n#")+1:]), 2)
	checkUpdate(t, r, []byte(src), opts, "tc39 x3")
	for i := range steps {
		at := rng.Intn(len(src) + 1)
		del := rng.Intn(min(8, len(src)-at) + 1)
		ins := splices[rng.Intn(len(splices))]
		if i%3 == 0 { // near a fence
			if k := strings.Index(src[min(at, len(src)):], "```"); k >= 0 {
				at += k + rng.Intn(4)
				at = min(at, len(src))
				del = min(del, len(src)-at)
			}
		}
		src = src[:at] + ins + src[at+del:]
		checkUpdate(t, r, []byte(src), opts, "tc39 after a splice")
	}
}
