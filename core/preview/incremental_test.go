package preview

import (
	"math/rand"
	"strings"
	"testing"
)

func joinChunks(cs []Chunk) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.HTML)
	}
	return b.String()
}

// checkUpdate updates r with src and fails unless the chunks join into the
// full render.
func checkUpdate(t *testing.T, r *Renderer, src []byte, opts []Option, what string) []Chunk {
	t.Helper()
	got := r.Update(src)
	if want := Render(src, opts...); joinChunks(got) != want {
		g := joinChunks(got)
		k := 0
		for k < len(g) && k < len(want) && g[k] == want[k] {
			k++
		}
		t.Fatalf("%s: incremental output differs from a full render at byte %d:\nincremental: %q\nfull:        %q",
			what, k, g[max(0, k-80):min(len(g), k+80)], want[max(0, k-80):min(len(want), k+80)])
	}
	return got
}

func TestIncrementalEqualsFullOnCorpus(t *testing.T) {
	files := readCorpus(t)
	names := sortedNames(files)
	for _, mode := range [][]Option{
		{WithNow(fixedNow)},
		{WithNow(fixedNow), WithPage(true)},
		{WithNow(fixedNow), WithMode(GitHub)},
	} {
		r := NewRenderer(mode...)
		for _, n := range names {
			checkUpdate(t, r, files[n], mode, n)
			// A fresh renderer must agree too (no state leaks between files).
			checkUpdate(t, NewRenderer(mode...), files[n], mode, n+" (fresh)")
		}
	}
}

// splices are edits a scribe (or a fuzzer) might make, including ones that
// change how the rest of the document is split or rendered.
var splices = []string{
	"x", " ", "\n", "\n\n", "\n\n# Heading\n", "\n## Agenda\n\n", "# ", "#", "- ", "  - ",
	"- [ ] task ", "- [x] ", "[ ]", "```\n", "~~~", "\n```perl\ncode\n", "<div>", "<!--", "-->",
	"{{ page.title }}", "{{ page.meeting_time | date: \"%H:%M %Z\" }}", "{% raw %}", "{% endraw %}",
	"[ref]: https://example.com\n", "[ref]", "[a](b c)", "| a | b |\n", "---\n", "$$", "{::comment}\n",
	"{:/comment}\n", "^\n", "> ", "1. ", "    ", "\t", "*", "_", "`", "\"", "'", "--", "...", ">>",
	"\u00a0", "\ufeff", "\r\n", "## Dup\n\n", "\n## Dup\n", "*[AB]: x\n", "[^1]", "\n[^1]: note\n",
	"term\n: def\n", "Title\n===\n",
}

func TestIncrementalRandomSplices(t *testing.T) {
	files := readCorpus(t)
	names := sortedNames(files)
	rng := rand.New(rand.NewSource(1))
	steps := 1500
	if testing.Short() {
		steps = 300
	}
	for round := 0; round < 6; round++ {
		opts := []Option{WithNow(fixedNow), WithPage(round%2 == 1)}
		r := NewRenderer(opts...)
		src := append([]byte(nil), files[names[rng.Intn(len(names))]]...)
		prev := map[string]string{}
		for _, c := range checkUpdate(t, r, src, opts, "start") {
			prev[c.Key] = c.HTML
		}
		for i := 0; i < steps/6; i++ {
			at := rng.Intn(len(src) + 1)
			var ins string
			del := 0
			switch rng.Intn(4) {
			case 0:
				del = rng.Intn(min(40, len(src)-at) + 1)
			case 1:
				ins = splices[rng.Intn(len(splices))]
				del = rng.Intn(min(3, len(src)-at) + 1)
			default:
				ins = splices[rng.Intn(len(splices))]
			}
			edited := append([]byte(nil), src[:at]...)
			edited = append(edited, ins...)
			src = append(edited, src[at+del:]...)
			next := map[string]string{}
			for _, c := range checkUpdate(t, r, src, opts, "after a splice") {
				if _, dup := next[c.Key]; dup {
					t.Fatalf("key %s used twice", c.Key)
				}
				if old, seen := prev[c.Key]; !c.Changed && (!seen || old != c.HTML) {
					t.Fatalf("chunk %s reported unchanged but its HTML differs from the previous update", c.Key)
				}
				next[c.Key] = c.HTML
			}
			prev = next
		}
	}
}

// TestIncrementalChangesOneChunk checks that typing in one section changes
// only that section's chunk, in a document of 20 copies of the largest
// minutes.
func TestIncrementalChangesOneChunk(t *testing.T) {
	big := largestCorpusFile(t)
	doc := []byte(strings.Repeat(string(big)+"\n", 20))
	r := NewRenderer(WithNow(fixedNow))
	first := checkUpdate(t, r, doc, []Option{WithNow(fixedNow)}, "20x")
	if len(first) < 100 {
		t.Fatalf("20x document split into %d chunks only", len(first))
	}
	at := strings.Index(string(doc), "Meeting chair")
	edited := []byte(string(doc[:at]) + "X" + string(doc[at:]))
	got := checkUpdate(t, r, edited, []Option{WithNow(fixedNow)}, "edit")
	changed := 0
	for _, c := range got {
		if c.Changed {
			changed++
		}
	}
	if changed != 1 {
		t.Errorf("one keystroke changed %d chunks; want 1", changed)
	}
	again := r.Update(edited)
	for _, c := range again {
		if c.Changed {
			t.Errorf("an identical update reports chunk %s as changed", c.Key)
		}
	}
}

// largestCorpusFile returns the largest minutes of the corpus.
func largestCorpusFile(t testing.TB) []byte {
	var big []byte
	for _, b := range readCorpus(t) {
		if len(b) > len(big) {
			big = b
		}
	}
	return big
}

// TestSplitterFollowsEdits checks that the splitter's incremental rescans
// find the same chunk starts as a scan of the whole text.
func TestSplitterFollowsEdits(t *testing.T) {
	files := readCorpus(t)
	rng := rand.New(rand.NewSource(2))
	var sp splitter
	src := string(largestCorpusFile(t))
	for _, b := range files {
		src += "\n" + string(b)
		if len(src) > 60000 {
			break
		}
	}
	for i := 0; i < 2000; i++ {
		at := rng.Intn(len(src) + 1)
		del := rng.Intn(min(20, len(src)-at) + 1)
		src = src[:at] + splices[rng.Intn(len(splices))] + src[at+del:]
		got, want := sp.split(src), splitChunks(src)
		if !equalInts(got, want) {
			t.Fatalf("step %d: incremental split %v, full split %v", i, got, want)
		}
	}
}

func TestSplitChunks(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string // the first line of each chunk
	}{
		{"# A\n\ntext\n\n# B\n\n## C\n", []string{"# A", "# B", "## C"}},
		// No blank line before: a list swallows the heading on the website.
		{"- a\n# B\n\n# C\n", []string{"- a", "# C"}},
		// Indented: inside the item, not a boundary.
		{"- a\n\n  # B\n\n# C\n", []string{"- a", "# C"}},
		// A fence runs past blank lines: no boundary in it, one after it
		// once it is closed.
		{"# A\n\n```\n\n# not a heading\n```\n\n# B\n", []string{"# A", "# B"}},
		{"# A\n\n```\n\n# not a heading\n```\n\n# B\n\n~~~~ js\n\n# C\n~~~\n\n# D\n", []string{"# A", "# B"}},
		{"# A\n\n````\n\n# B\n```\n\n# C\n`````  \n\n# D\n", []string{"# A", "# D"}},
		// Unclosed: a paragraph, and where a later fence starts is unsure.
		{"# A\n\n```\n\n# B\n", []string{"# A"}},
		// Not after a blank line, or indented: maybe in a list or a
		// paragraph (kramdown-parser-gfm lets a fence interrupt one).
		{"# A\n\n- a\n```\n\n# B\n```\n\n# C\n", []string{"# A"}},
		{"# A\n\n- a\n\n  ```\n\n# B\n  ```\n\n# C\n", []string{"# A"}},
		// Another crossing inside the fence is its text.
		{"# A\n\n```\n<div>\n{::comment}\n```\n\n# B\n\n<div>\n\n# C\n</div>\n", []string{"# A", "# B"}},
		{"# A\n\n<div>\n\n# B\n</div>\n", []string{"# A"}},
		{"# A\n\n$$\n\n# B\n$$\n", []string{"# A"}},
		{"#A\n\n#B\n\n#nospace\n", []string{"#A", "#B", "#nospace"}},
		{"\n\n# A\n", []string{"", "# A"}},
		{"   \t\n# A\n", []string{"   \t", "# A"}},
	} {
		var got []string
		for _, s := range splitChunks(tc.src) {
			first, _, _ := strings.Cut(tc.src[s:], "\n")
			got = append(got, first)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: chunks start with %q, want %q", tc.src, got, tc.want)
		}
		if joined := joinChunks(NewRenderer().Update([]byte(tc.src))); joined != Render([]byte(tc.src)) {
			t.Errorf("%q: chunks differ from a full render", tc.src)
		}
	}
}
