package registers

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/internal/corpustest"
)

// corpusFiles reads every file of the corpus (177 versions and templates).
func corpusFiles(t testing.TB) []File {
	t.Helper()
	var files []File
	for _, path := range corpustest.Files(t, "*.md") {
		files = append(files, File{Name: filepath.Base(path), Src: corpustest.Read(t, path)})
	}
	return files
}

func corpus(t testing.TB) *Registers {
	t.Helper()
	r, err := Build(corpusFiles(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var boxNames = map[core.Checkbox]string{core.Open: "open", core.Done: "done", core.NoBox: "none"}

// TestCorpusByHand compares the registers with testdata/corpus-hand.txt.
func TestCorpusByHand(t *testing.T) {
	r := corpus(t)
	f, err := os.Open("testdata/corpus-hand.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got, want []string
	items := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		want = append(want, line)
		if key, ok := strings.CutPrefix(line, "item "); ok {
			items++
			got = append(got, describeAction(t, r, key)...)
		} else if date, ok := strings.CutPrefix(line, "meeting "); ok {
			got = append(got, describeMeeting(t, r, date)...)
		}
	}
	if items != 10 {
		t.Errorf("%d items read by hand, want 10", items)
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("registers differ from the hand-read history:\ngot:\n%s\n\nwant:\n%s", g, w)
	}
}

func describeAction(t *testing.T, r *Registers, key string) []string {
	a := action(t, r, key)
	done := a.Done
	if done == "" {
		done = "-"
	}
	out := []string{"item " + key, strings.TrimSpace("owners " + strings.Join(a.Owners, " ")), "done " + done}
	for _, s := range a.History {
		out = append(out, fmt.Sprintf("%s %s %s:%d", s.Date, boxNames[s.Box], s.File, s.Line))
	}
	// First, last, meetings and the latest copy follow from the history.
	h := a.History
	if a.First != h[0].Date || a.Last != h[len(h)-1].Date || a.Meetings != len(h) ||
		a.File != h[len(h)-1].File || a.Line != h[len(h)-1].Line {
		t.Errorf("%s: first %s last %s meetings %d at %s:%d disagree with its history", key, a.First, a.Last, a.Meetings, a.File, a.Line)
	}
	return out
}

func describeMeeting(t *testing.T, r *Registers, date string) []string {
	for _, m := range r.Meetings {
		if m.Date == date {
			return []string{"meeting " + date,
				strings.TrimSpace("attendees " + strings.Join(m.Attendees, " ")),
				strings.TrimSpace("regrets " + strings.Join(m.Regrets, " ")),
				strings.TrimSpace("chair " + strings.Join(m.Chair, " ")),
				strings.TrimSpace("scribe " + strings.Join(m.Scribe, " "))}
		}
	}
	t.Errorf("no meeting %s", date)
	return nil
}

// TestCorpusHistory checks what must hold of the whole corpus: one meeting
// per date in the file names, and every copy of an action is a line of its
// file that holds the item, in date order.
func TestCorpusHistory(t *testing.T) {
	files := corpusFiles(t)
	r, err := Build(files, nil)
	if err != nil {
		t.Fatal(err)
	}
	dates := map[string]bool{}
	src := map[string][]string{}
	for _, f := range files {
		if strings.HasPrefix(f.Name, "cpansec-minutes-") {
			dates[f.Name[len("cpansec-minutes-"):][:10]] = true
		}
		src[f.Name] = strings.Split(string(f.Src), "\n")
	}
	if len(r.Meetings) != len(dates) {
		t.Errorf("%d meetings, %d dates in file names", len(r.Meetings), len(dates))
	}
	if !slices.IsSortedFunc(r.Meetings, func(a, b Meeting) int { return strings.Compare(a.Date, b.Date) }) {
		t.Error("meetings are not in date order")
	}
	for _, a := range r.Actions {
		for i, s := range a.History {
			if i > 0 && s.Date <= a.History[i-1].Date {
				t.Errorf("%q: history out of order: %+v", a.Text, a.History)
			}
			line := src[s.File][s.Line-1]
			marker := map[core.Checkbox][]string{core.Open: {"[ ]", "[]", "[\u00a0]"}, core.Done: {"[x]", "[X]"}}[s.Box]
			if s.Box != core.NoBox && !slices.ContainsFunc(marker, func(m string) bool { return strings.Contains(line, m) }) {
				t.Errorf("%s:%d %q has no %s box", s.File, s.Line, line, boxNames[s.Box])
			}
		}
	}
	if len(r.Decisions) == 0 || len(r.People) == 0 {
		t.Errorf("%d decisions, %d people", len(r.Decisions), len(r.People))
	}
}

// BenchmarkRegistersCorpus builds the registers from all 177 versions
// (build: Build parses the version it takes per meeting), and measures
// what reading every version would cost (parse-all: core.Parse and Facts
// of each file).
func BenchmarkRegistersCorpus(b *testing.B) {
	files := corpusFiles(b)
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			if _, err := Build(files, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parse-all", func(b *testing.B) {
		for b.Loop() {
			for _, f := range files {
				d, err := core.Parse(f.Src, core.WithName(f.Name))
				if err != nil {
					b.Fatal(err)
				}
				d.Facts()
			}
		}
	})
}

// BenchmarkRegistersSteps runs the Builder over the corpus one Step at a
// time, as the page does between frames, and reports the longest Step:
// the page's longest task while it builds is about that, times the wasm's
// slowdown.
func BenchmarkRegistersSteps(b *testing.B) {
	files := corpusFiles(b)
	var longest time.Duration
	for b.Loop() {
		bl := NewBuilder(files, nil)
		for !bl.Finished() {
			start := time.Now()
			if err := bl.Step(); err != nil {
				b.Fatal(err)
			}
			longest = max(longest, time.Since(start))
		}
	}
	b.ReportMetric(float64(longest.Microseconds())/1000, "ms/longest-step")
}

// TestBuilderEqualsBuild runs a Builder a step at a time, taking the
// registers read so far after every step (as a page showing progress
// would), and compares the end with one Build, on the corpus's history.
func TestBuilderEqualsBuild(t *testing.T) {
	files := corpusFiles(t)
	want, err := json.Marshal(corpus(t))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(files, nil)
	steps := 0
	for !b.Finished() {
		if err := b.Step(); err != nil {
			t.Fatal(err)
		}
		_ = b.Registers()
		steps++
	}
	got, err := json.Marshal(b.Registers())
	if err != nil {
		t.Fatal(err)
	}
	if _, total := b.Meetings(); steps < total || string(got) != string(want) {
		t.Errorf("%d steps for %d meetings; step by step and one Build differ", steps, total)
	}
}
