package agenda

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
)

// The group's history holds, for each meeting, every version of its file:
// the first is the agenda someone made by hand from the previous minutes.
// TestNextLikeTheGroup makes the next agenda from each version of every
// meeting's minutes and compares it, line by line, with each version of
// the next meeting's file; the closest pair is how the group made that
// agenda. The share of lines in common (2·LCS/(a+b)) for each pair is
// kept in testdata/group-likeness.list: a change to the rule that makes an
// agenda less like the group's fails, one that makes it more alike is
// written with -update. docs/next-agenda.md says, format by format, what
// still differs and why.

// likenessFile holds the figures, one line per meeting pair.
const likenessFile = "testdata/group-likeness.list"

// meetingVersions groups the corpus by meeting date, in date order.
func meetingVersions(t *testing.T) (dates []string, versions map[string][]*core.Document) {
	versions = map[string][]*core.Document{}
	for _, path := range corpus(t) {
		d := parseFile(t, path)
		date, ok := when.InFileName(filepath.Base(path))
		if !ok {
			t.Fatalf("%s: no date in the name", path)
		}
		key := date.DateString()
		if versions[key] == nil {
			dates = append(dates, key)
		}
		versions[key] = append(versions[key], d)
	}
	sort.Strings(dates)
	return dates, versions
}

// likeness is the share of lines two texts have in common, 0 to 1.
func likeness(a, b string) float64 {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	prev, cur := make([]int, len(y)+1), make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			switch {
			case x[i] == y[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(y)]) / float64(len(x)+len(y))
}

// closest is the pair of versions whose agenda is most like the group's.
type closest struct {
	from, to *core.Document
	agenda   string
	score    float64
}

func closestPair(t *testing.T, froms, tos []*core.Document) closest {
	var best closest
	for _, from := range froms {
		r, err := Next(from)
		if err != nil {
			t.Fatal(err)
		}
		agenda := r.Doc.String()
		for _, to := range tos {
			if s := likeness(agenda, to.String()); s > best.score {
				best = closest{from: from, to: to, agenda: agenda, score: s}
			}
		}
	}
	return best
}

func TestNextLikeTheGroup(t *testing.T) {
	dates, versions := meetingVersions(t)
	var lines []string
	for i := 0; i+1 < len(dates); i++ {
		c := closestPair(t, versions[dates[i]], versions[dates[i+1]])
		lines = append(lines, fmt.Sprintf("%s -> %s  %.2f  (%s -> %s)", dates[i], dates[i+1], c.score, c.from.Name(), c.to.Name()))
		copied := likeness(c.from.String(), c.to.String())
		t.Logf("%s -> %s: agenda %.2f like the group's, the minutes copied unchanged %.2f", dates[i], dates[i+1], c.score, copied)
		if dir := os.Getenv("AGENDA_DIFF_DIR"); dir != "" { // for reading the differences by hand
			_ = os.WriteFile(filepath.Join(dir, dates[i+1]+".ours.md"), []byte(c.agenda), 0o644)
			_ = os.WriteFile(filepath.Join(dir, dates[i+1]+".group.md"), []byte(c.to.String()), 0o644)
		}
	}
	got := strings.Join(lines, "\n") + "\n"
	if *update {
		if err := os.WriteFile(likenessFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := readLikeness(t)
	for _, l := range lines {
		pair, score := splitLikeness(t, l)
		floor, ok := want[pair]
		if !ok {
			t.Errorf("%s: no figure in %s (run with -update)", pair, likenessFile)
			continue
		}
		if score < floor-0.005 {
			t.Errorf("%s: the agenda is less like the group's than before: %.2f, was %.2f", pair, score, floor)
		}
	}
	t.Logf("likeness of each next agenda to the group's:\n%s", got)
}

func readLikeness(t *testing.T) map[string]float64 {
	data, err := os.ReadFile(likenessFile)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	out := map[string]float64{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		pair, score := splitLikeness(t, l)
		out[pair] = score
	}
	return out
}

// splitLikeness reads "DATE -> DATE  SCORE  (files)".
func splitLikeness(t *testing.T, line string) (pair string, score float64) {
	f := strings.Fields(line)
	if len(f) < 4 {
		t.Fatalf("%s: bad line %q", likenessFile, line)
	}
	if _, err := fmt.Sscanf(f[3], "%f", &score); err != nil {
		t.Fatalf("%s: bad line %q: %v", likenessFile, line, err)
	}
	return f[0] + " -> " + f[2], score
}

// TestLikeness checks the measure on small cases.
func TestLikeness(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"a\nb\nc", "a\nb\nc", 1},
		{"a\nb", "c\nd", 0},
		{"a\nb\nc\nd", "a\nx\nc\ny", 0.5},
		{"a\nb", "b\na", 0.5},
	} {
		if got := likeness(c.a, c.b); got != c.want {
			t.Errorf("likeness(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
