package core

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// dumpSpans prints every span and line of the model, to compare two
// parses of one source exactly.
func dumpSpans(d *Document) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "body %d chunks %d\n", d.BodyStart, len(d.chunks))
	var items func(its []*Item)
	var blocks func(bs []*Block)
	items = func(its []*Item) {
		for _, it := range its {
			fmt.Fprintf(&sb, "item %d %v m%v b%v/%d t%v %q %d %v %d\n", it.Line, it.Span, it.MarkerSpan, it.BoxSpan, it.Box, it.TextSpan, it.Text, it.Depth, it.Handles, it.ContentCol)
			blocks(it.Blocks)
		}
	}
	blocks = func(bs []*Block) {
		for _, b := range bs {
			fmt.Fprintf(&sb, "block %d %v %d %q %v\n", b.Line, b.Span, b.Kind, b.Text, b.Loose)
			items(b.Items)
		}
	}
	d.Root.Walk(func(s *Section) bool {
		fmt.Fprintf(&sb, "section %d %d %v %v %v %v %v %q %q\n", s.Line, s.Level, s.Heading, s.TitleSpan, s.TimeSpan, s.Own, s.Full, s.Title, s.Time)
		blocks(s.Blocks)
		return true
	})
	return sb.String()
}

// checkUpdate applies c with Update to d and compares with a fresh parse.
func checkUpdate(t testing.TB, d *Document, c Change) {
	t.Helper()
	want, err := Parse(c.Apply(d.Bytes()), WithName(d.Name()))
	if err != nil {
		return
	}
	if err := d.Update(c); err != nil {
		t.Fatal(err)
	}
	if got, exp := dumpSpans(d), dumpSpans(want); got != exp {
		t.Fatalf("Update differs from Parse after %+v:\n%s", c, diffLines(got, exp))
	}
	checkSpans(t, d)
}

func diffLines(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("lengths %d %d", len(la), len(lb))
}

// randomChange returns a random edit of d: usually a structural one,
// sometimes raw text typed or deleted anywhere.
func randomChange(d *Document, r *rand.Rand) Change {
	items, secs := d.Items(), d.Sections()
	n := len(d.Bytes())
	var c Change
	switch k := r.Intn(12); {
	case k < 3 && len(items) > 0:
		c, _ = d.SetText(items[r.Intn(len(items))], "typed "+strings.Repeat("x", r.Intn(4)))
	case k < 4 && len(items) > 0:
		c, _ = d.Toggle(items[r.Intn(len(items))])
	case k < 5 && len(items) > 0:
		c, _ = d.AddItemAfter(items[r.Intn(len(items))], "new")
	case k < 6 && len(items) > 0:
		c, _ = d.RemoveItem(items[r.Intn(len(items))])
	case k < 7 && len(items) > 0:
		it := items[r.Intn(len(items))]
		if r.Intn(2) == 0 {
			c, _ = d.Indent(it)
		} else {
			c, _ = d.Outdent(it)
		}
	case k < 8 && len(secs) > 0:
		c, _ = d.RenameSection(secs[r.Intn(len(secs))], "Renamed")
	case k < 9 && len(secs) > 0:
		c, _ = d.AddSectionAfter(secs[r.Intn(len(secs))], "Added")
	case k < 10 && len(secs) > 0:
		c, _ = d.RemoveSection(secs[r.Intn(len(secs))])
	default:
		at := r.Intn(n + 1)
		end := min(n, at+r.Intn(3))
		for end > at && end < n && d.src[end]&0xC0 == 0x80 {
			end++
		}
		for at > 0 && at < n && d.src[at]&0xC0 == 0x80 {
			at--
		}
		snippets := []string{"", "x", "\n", "## H\n", "- ", "```\n", "  ", "\n\n", "---\n", "[ ] ", "#"}
		c = Change{{at, max(at, end), snippets[r.Intn(len(snippets))]}}
	}
	return c
}

func TestUpdateMatchesParse(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	srcs := []string{
		"---\nlayout: page\n---\n\n## A\n- [ ] x\n  - y\n\n## B\n1. p\n2. q\n",
		"pre\n\n# T\n## A\n- a\n\n  ```\n  code\n  ```\n## B\nB\n===\n- b\n",
		"",
	}
	for _, p := range corpus(t) {
		if r.Intn(8) == 0 {
			srcs = append(srcs, string(readCorpus(t, p)))
		}
	}
	for i, src := range srcs {
		d, err := Parse([]byte(src), WithName(fmt.Sprint(i)))
		if err != nil {
			t.Fatal(err)
		}
		for step := 0; step < 60; step++ {
			if c := randomChange(d, r); len(c) > 0 {
				checkUpdate(t, d, c)
			}
		}
	}
}

func TestUpdateFrontMatterOnly(t *testing.T) {
	d, _ := Parse([]byte("---\ntitle: A\n---\n## S\n- [ ] x\n"))
	it := d.Items()[0]
	c, _ := d.SetField("title", "Minutes 2025-01-08\nextra: line")
	checkUpdate(t, d, c)
	if d.Items()[0] != it {
		t.Error("an item outside the change lost its identity")
	}
	if _, err := d.SetBox(it, Done); err != nil {
		t.Errorf("kept item refused: %v", err)
	}
}

func TestUpdateKeepsUntouchedItems(t *testing.T) {
	d, _ := Parse([]byte("## A\n- a\n## B\n- b\n## C\n- c\n"))
	a, b, c := d.Items()[0], d.Items()[1], d.Items()[2]
	ch, _ := d.SetText(b, "bee")
	checkUpdate(t, d, ch)
	if d.Items()[0] != a || d.Items()[2] != c {
		t.Error("items outside the edited chunk were replaced")
	}
	if _, err := d.SetText(b, "stale"); err != ErrNotInSource {
		t.Errorf("stale item: err = %v, want ErrNotInSource", err)
	}
}

func FuzzUpdate(f *testing.F) {
	f.Add("## A\n- [ ] x\n## B\n- y\n", int64(1))
	f.Add("---\na: b\n---\n# T\n\n## A\n1. x\n", int64(2))
	f.Add("0000\n* * 000\n # 0\n-  ", int64(1))
	addCorpusSeeds(f, int64(3))
	f.Fuzz(func(t *testing.T, src string, seed int64) {
		d, err := Parse([]byte(src))
		if err != nil {
			return
		}
		r := rand.New(rand.NewSource(seed))
		for step := 0; step < 8; step++ {
			if c := randomChange(d, r); len(c) > 0 {
				checkUpdate(t, d, c)
			}
		}
	})
}
