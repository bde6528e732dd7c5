package publish_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/internal/corpustest"
)

// The hand labels of core/testdata/actions/labels.txt say, for every item
// of a few real minutes, whether it is an action and whose. The floors
// are what Actions reaches; a change that lowers one fails.
const (
	minActionPrecision = 1.0
	minActionRecall    = 0.91
	minOwnerPrecision  = 1.0
	minOwnerRecall     = 0.89
)

// label is one labelled item: its owners, none for "no".
type label struct {
	owners []string
}

// readLabels returns the labels by corpus file name, then line.
func readLabels(t *testing.T) map[string]map[int]label {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "actions", "labels.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]map[int]label{}
	var file string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0 || strings.HasPrefix(fields[0], "#"):
		case fields[0] == "file" && len(fields) == 2:
			file = fields[1]
			out[file] = map[int]label{}
		default:
			line, err := strconv.Atoi(fields[0])
			ok := err == nil && file != "" && len(fields) >= 2 &&
				(fields[1] == "no" && len(fields) == 2 || fields[1] == "action" && len(fields) > 2)
			if !ok {
				t.Fatalf("labels.txt:%d: want \"file NAME\", \"LINE no\" or \"LINE action @owner...\", got %q", n, sc.Text())
			}
			if _, dup := out[file][line]; dup {
				t.Fatalf("labels.txt:%d: line %d labelled twice", n, line)
			}
			out[file][line] = label{owners: fields[2:]}
		}
	}
	return out
}

// counts are true and false positives and false negatives.
type counts struct{ tp, fp, fn int }

func (c counts) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c counts) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (c *counts) add(got, want bool) {
	switch {
	case got && want:
		c.tp++
	case got:
		c.fp++
	case want:
		c.fn++
	}
}

// canonical returns the set of handles meant, in lower case.
func canonical(p *profile.Profile, handles []string) map[string]bool {
	out := map[string]bool{}
	for _, h := range handles {
		if c, ok := p.Canonical(h); ok {
			h = c
		}
		out[strings.ToLower(h)] = true
	}
	return out
}

// TestActionsAgainstLabels measures Actions on the labelled minutes:
// precision and recall of finding the actions, and of their owners
// (pairs of item and owner).
func TestActionsAgainstLabels(t *testing.T) {
	p := profile.Default()
	var acts, owners counts
	labels := readLabels(t)
	names := make([]string, 0, len(labels))
	for name := range labels {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want := labels[name]
		path := corpustest.Files(t, name)[0]
		d, err := core.Parse(corpustest.Read(t, path), core.WithName(name))
		if err != nil {
			t.Fatal(err)
		}
		items := map[int]bool{}
		for _, it := range d.Items() {
			items[it.Line] = true
			if _, ok := want[it.Line]; !ok {
				t.Errorf("%s:%d: item not labelled", name, it.Line)
			}
		}
		for line := range want {
			if !items[line] {
				t.Errorf("%s:%d: labelled, but no item starts there", name, line)
			}
		}
		got := map[int][]string{}
		for _, a := range publish.Actions(d, p) {
			got[a.Line] = append(got[a.Line], a.Owners...)
		}
		for line, l := range want {
			g, w := canonical(p, got[line]), canonical(p, l.owners)
			acts.add(len(g) > 0, len(w) > 0)
			if testing.Verbose() && (len(g) > 0) != (len(w) > 0) {
				t.Logf("%s:%d: got %v, labelled %v", name, line, got[line], l.owners)
			}
			for h := range g {
				owners.add(true, w[h])
			}
			for h := range w {
				if !g[h] {
					owners.add(false, true)
				}
			}
		}
	}
	report := fmt.Sprintf("actions: precision %.2f recall %.2f (%+v); owners: precision %.2f recall %.2f (%+v)",
		acts.precision(), acts.recall(), acts, owners.precision(), owners.recall(), owners)
	t.Log(report)
	if acts.precision() < minActionPrecision || acts.recall() < minActionRecall ||
		owners.precision() < minOwnerPrecision || owners.recall() < minOwnerRecall {
		t.Errorf("below the floors (%.2f %.2f, %.2f %.2f): %s",
			minActionPrecision, minActionRecall, minOwnerPrecision, minOwnerRecall, report)
	}
}
