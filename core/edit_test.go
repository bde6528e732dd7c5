package core

import (
	"strings"
	"testing"
)

// findItem returns the first item whose text starts with prefix.
func findItem(t *testing.T, d *Document, prefix string) *Item {
	t.Helper()
	for _, it := range d.Items() {
		if strings.HasPrefix(it.Text, prefix) {
			return it
		}
	}
	t.Fatalf("no item %q", prefix)
	return nil
}

// findSection returns the first section whose title starts with prefix.
func findSection(t *testing.T, d *Document, prefix string) *Section {
	t.Helper()
	if prefix == "" {
		return d.Root
	}
	for _, s := range d.Sections() {
		if strings.HasPrefix(s.Title, prefix) {
			return s
		}
	}
	t.Fatalf("no section %q", prefix)
	return nil
}

// editCase is one edit: on src, op gives a change; want is the result.
type editCase struct {
	name    string
	src     string
	op      func(t *testing.T, d *Document) (Change, error)
	want    string
	wantErr error
}

func runEdits(t *testing.T, cases []editCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse([]byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			c, err := tc.op(t, d)
			if tc.wantErr != nil {
				if err != tc.wantErr {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			nd, err := d.Apply(c)
			if err != nil {
				t.Fatal(err)
			}
			if got := nd.String(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", show(got), show(tc.want))
			}
			if back := string(c.Invert(d.Bytes()).Apply(nd.Bytes())); back != tc.src {
				t.Errorf("invert does not restore the source:\n%s", show(back))
			}
			checkSpans(t, nd)
		})
	}
}

// show makes line ends and U+00A0 visible in failure messages.
func show(s string) string {
	return strings.NewReplacer("\r", "␍", "\u00a0", "⍽", "\t", "→").Replace(s)
}

func item(prefix string, op func(d *Document, it *Item) (Change, error)) func(*testing.T, *Document) (Change, error) {
	return func(t *testing.T, d *Document) (Change, error) { return op(d, findItem(t, d, prefix)) }
}

// lastItem applies op to the document's last item.
func lastItem(op func(d *Document, it *Item) (Change, error)) func(*testing.T, *Document) (Change, error) {
	return func(t *testing.T, d *Document) (Change, error) {
		items := d.Items()
		if len(items) == 0 {
			t.Fatal("no items")
		}
		return op(d, items[len(items)-1])
	}
}

func sec(prefix string, op func(d *Document, s *Section) (Change, error)) func(*testing.T, *Document) (Change, error) {
	return func(t *testing.T, d *Document) (Change, error) { return op(d, findSection(t, d, prefix)) }
}

func TestItemEdits(t *testing.T) {
	const tasks = "## Agenda\n\n- [ ] @sjn - one\n   - note\n- [x] @tux - two\n- [] @leont - three\n"
	runEdits(t, []editCase{
		{"check", tasks, item("@sjn", func(d *Document, it *Item) (Change, error) { return d.SetBox(it, Done) }),
			"## Agenda\n\n- [x] @sjn - one\n   - note\n- [x] @tux - two\n- [] @leont - three\n", nil},
		{"uncheck", tasks, item("@tux", func(d *Document, it *Item) (Change, error) { return d.SetBox(it, Open) }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [ ] @tux - two\n- [] @leont - three\n", nil},
		{"check repairs []", tasks, item("@leont", func(d *Document, it *Item) (Change, error) { return d.SetBox(it, Done) }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [x] @tux - two\n- [x] @leont - three\n", nil},
		{"add box", tasks, item("note", func(d *Document, it *Item) (Change, error) { return d.SetBox(it, Open) }),
			"## Agenda\n\n- [ ] @sjn - one\n   - [ ] note\n- [x] @tux - two\n- [] @leont - three\n", nil},
		{"remove box", tasks, item("@tux", func(d *Document, it *Item) (Change, error) { return d.SetBox(it, NoBox) }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- @tux - two\n- [] @leont - three\n", nil},
		{"toggle", tasks, item("@tux", (*Document).Toggle),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [ ] @tux - two\n- [] @leont - three\n", nil},
		{"set text", tasks, item("@tux", func(d *Document, it *Item) (Change, error) { return d.SetText(it, "@tux - done!") }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [x] @tux - done!\n- [] @leont - three\n", nil},
		{"set multi-line text", tasks, item("@tux", func(d *Document, it *Item) (Change, error) { return d.SetText(it, "a\nb") }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [x] a\n  b\n- [] @leont - three\n", nil},
		{"add after takes box", tasks, item("@sjn", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "@robrwo - new") }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [ ] @robrwo - new\n- [x] @tux - two\n- [] @leont - three\n", nil},
		{"text after a box alone gets its space", "- [x]\n", item("", func(d *Document, it *Item) (Change, error) { return d.SetText(it, "z") }),
			"- [x] z\n", nil},
		{"add after in notes with one task takes no box", "- note\n- [ ] @sjn task\n- another note\n", item("another", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "new") }),
			"- note\n- [ ] @sjn task\n- another note\n- new\n", nil},
		{"add after a task among notes takes no box", "- note\n- [ ] @sjn task\n", item("@sjn", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "new") }),
			"- note\n- [ ] @sjn task\n- new\n", nil},
		{"add after nested", tasks, item("note", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "more") }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n   - more\n- [x] @tux - two\n- [] @leont - three\n", nil},
		{"add child", tasks, item("@tux", func(d *Document, it *Item) (Change, error) { return d.AddChild(it, "detail") }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [x] @tux - two\n   - detail\n- [] @leont - three\n", nil},
		{"add child after existing", tasks, item("@sjn", func(d *Document, it *Item) (Change, error) { return d.AddChild(it, "more") }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n   - more\n- [x] @tux - two\n- [] @leont - three\n", nil},
		{"remove with children", tasks, item("@sjn", (*Document).RemoveItem),
			"## Agenda\n\n- [x] @tux - two\n- [] @leont - three\n", nil},
		{"remove last", tasks, item("@leont", (*Document).RemoveItem),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [x] @tux - two\n", nil},
		{"move down", tasks, item("@sjn", func(d *Document, it *Item) (Change, error) { return d.MoveItem(it, 1) }),
			"## Agenda\n\n- [x] @tux - two\n- [ ] @sjn - one\n   - note\n- [] @leont - three\n", nil},
		{"move up", tasks, item("@leont", func(d *Document, it *Item) (Change, error) { return d.MoveItem(it, -1) }),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n- [] @leont - three\n- [x] @tux - two\n", nil},
		{"move first up", tasks, item("@sjn", func(d *Document, it *Item) (Change, error) { return d.MoveItem(it, -1) }), "", ErrFirst},
		{"move last down", tasks, item("@leont", func(d *Document, it *Item) (Change, error) { return d.MoveItem(it, 1) }), "", ErrLast},
		{"indent", tasks, item("@tux", (*Document).Indent),
			"## Agenda\n\n- [ ] @sjn - one\n   - note\n   - [x] @tux - two\n- [] @leont - three\n", nil},
		{"indent first", tasks, item("@sjn", (*Document).Indent), "", ErrFirst},
		{"outdent", tasks, item("note", (*Document).Outdent),
			"## Agenda\n\n- [ ] @sjn - one\n- note\n- [x] @tux - two\n- [] @leont - three\n", nil},
		{"outdent top", tasks, item("@tux", (*Document).Outdent), "", ErrNoParent},
	})
}

func TestItemEditStyles(t *testing.T) {
	runEdits(t, []editCase{
		{"loose list keeps blank lines", "- a\n\n- b\n", item("a", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "new") }),
			"- a\n\n- new\n\n- b\n", nil},
		{"loose remove", "- a\n\n- b\n\n- c\n", item("b", (*Document).RemoveItem), "- a\n\n- c\n", nil},
		{"loose remove last", "- a\n\n- b\n", item("b", (*Document).RemoveItem), "- a\n", nil},
		{"numbers count on", "1. a\n2. b\n", item("a", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "new") }),
			"1. a\n2. new\n2. b\n", nil},
		{"repeated numbers repeat", "1. a\n1. b\n", item("b", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "c") }),
			"1. a\n1. b\n1. c\n", nil},
		{"move keeps numbers in place", "1. a\n2. b\n", item("a", func(d *Document, it *Item) (Change, error) { return d.MoveItem(it, 1) }),
			"1. b\n2. a\n", nil},
		{"star and wide gap", "*   x\n    * y\n", item("x", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "z") }),
			"*   x\n    * y\n*   z\n", nil},
		{"crlf", "- a\r\n- b\r\n", item("a", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "new") }),
			"- a\r\n- new\r\n- b\r\n", nil},
		{"no final newline add", "- a", item("a", func(d *Document, it *Item) (Change, error) { return d.AddItemAfter(it, "b") }),
			"- a\n- b", nil},
		{"no final newline remove", "- a\n- b", item("b", (*Document).RemoveItem), "- a", nil},
		// The text after a removed item must not become a lazy line of
		// the text before it.
		{"remove empty item before text", "- a\n-\ntext\n", lastItem((*Document).RemoveItem), "- a\n\ntext\n", nil},
		{"remove before a dash line", "para\n- x\n---\n", item("x", (*Document).RemoveItem), "para\n\n---\n", nil},
		{"remove before a heading", "- a\n-\n## B\n", lastItem((*Document).RemoveItem), "- a\n## B\n", nil},
		{"remove before an item", "- a\n-\n- c\n", item("", func(d *Document, it *Item) (Change, error) { return d.RemoveItem(d.Items()[1]) }), "- a\n- c\n", nil},
		{"remove before a quote", "- a\n-\n> q\n", lastItem((*Document).RemoveItem), "- a\n> q\n", nil},
		{"remove before a nested sibling", "- p\n    - [x] a\n    - [ ] b\n", item("a", (*Document).RemoveItem), "- p\n    - [ ] b\n", nil},
		{"remove code item CRLF", "- a\r\n- ```\r\n  x\r\n  ```\r\ntext\r\n", lastItem((*Document).RemoveItem), "- a\r\n\r\ntext\r\n", nil},
		{"no final newline move", "- a\n- b", item("a", func(d *Document, it *Item) (Change, error) { return d.MoveItem(it, 1) }),
			"- b\n- a", nil},
		{"four space nesting", "- a\n    - x\n- b\n", item("b", (*Document).Indent),
			"- a\n    - x\n    - b\n", nil},
		{"the list's own nesting wins", "## A\n- a\n  - x\n- b\n\n## B\n- c\n    - y\n    - z\n- d\n    - w\n", item("b", (*Document).Indent),
			"## A\n- a\n  - x\n  - b\n\n## B\n- c\n    - y\n    - z\n- d\n    - w\n", nil},
		{"the list's own nesting for a first child", "## A\n- a\n  - x\n- b\n\n## B\n- c\n    - y\n    - z\n", item("b", func(d *Document, it *Item) (Change, error) { return d.AddChild(it, "new") }),
			"## A\n- a\n  - x\n- b\n  - new\n\n## B\n- c\n    - y\n    - z\n", nil},
		{"indent with children shifts all lines", "- a\n- b\n  - c\n  lazy\n", item("b", (*Document).Indent),
			"- a\n  - b\n    - c\n    lazy\n", nil},
		{"outdent numbered child", "1.  [Board](u)\n    *   stalled\n2.  [Next](v)\n", item("stalled", (*Document).Outdent),
			"1.  [Board](u)\n2.  stalled\n2.  [Next](v)\n", nil},
		{"nbsp box kept but checked", "- [\u00a0] x\n", item("x", func(d *Document, it *Item) (Change, error) { return d.SetBox(it, Done) }),
			"- [x] x\n", nil},
		{"empty item text", "- \n- b\n", item("", func(d *Document, it *Item) (Change, error) { return d.SetText(it, "a") }),
			"- a\n- b\n", nil},
		{"section gets first list", "## A\n\n## B\n", sec("A", func(d *Document, s *Section) (Change, error) { return d.AddItemToSection(s, "x") }),
			"## A\n\n- x\n\n## B\n", nil},
		{"section list appended", "## A\n- a\n\n## B\n", sec("A", func(d *Document, s *Section) (Change, error) { return d.AddItemToSection(s, "b") }),
			"## A\n- a\n- b\n\n## B\n", nil},
	})
}

func TestSectionEdits(t *testing.T) {
	const doc = "---\nlayout: page\n---\n\n## 16:00 UTC – Meeting start\n\n### Welcome\n- hi\n\n### Attendees\n- @sjn\n\n## 17:00 UTC – Meeting end\n"
	runEdits(t, []editCase{
		{"rename keeps time", doc, sec("Meeting end", func(d *Document, s *Section) (Change, error) { return d.RenameSection(s, "End") }),
			strings.Replace(doc, "Meeting end", "End", 1), nil},
		{"rename", doc, sec("Welcome", func(d *Document, s *Section) (Change, error) { return d.RenameSection(s, "Hello") }),
			strings.Replace(doc, "Welcome", "Hello", 1), nil},
		{"stamp time", doc, sec("Meeting end", func(d *Document, s *Section) (Change, error) { return d.SetSectionTime(s, "17:12 UTC") }),
			strings.Replace(doc, "17:00 UTC", "17:12 UTC", 1), nil},
		{"add time", doc, sec("Welcome", func(d *Document, s *Section) (Change, error) { return d.SetSectionTime(s, "16:02 UTC") }),
			strings.Replace(doc, "### Welcome", "### 16:02 UTC – Welcome", 1), nil},
		{"remove", doc, sec("Welcome", (*Document).RemoveSection),
			strings.Replace(doc, "### Welcome\n- hi\n\n", "", 1), nil},
		{"move down", doc, sec("Welcome", func(d *Document, s *Section) (Change, error) { return d.MoveSection(s, 1) }),
			strings.Replace(doc, "### Welcome\n- hi\n\n### Attendees\n- @sjn\n\n", "### Attendees\n- @sjn\n\n### Welcome\n- hi\n\n", 1), nil},
		{"move past end", doc, sec("Attendees", func(d *Document, s *Section) (Change, error) { return d.MoveSection(s, 1) }), "", ErrNotMoved},
		{"add after", doc, sec("Welcome", func(d *Document, s *Section) (Change, error) { return d.AddSectionAfter(s, "Approvals") }),
			strings.Replace(doc, "### Attendees", "### Approvals\n\n### Attendees", 1), nil},
		{"add subsection at end", doc, sec("Meeting end", func(d *Document, s *Section) (Change, error) { return d.AddSubsection(s, "Notes") }),
			doc + "\n### Notes\n", nil},
		{"level", doc, sec("Welcome", func(d *Document, s *Section) (Change, error) { return d.SetLevel(s, 4) }),
			strings.Replace(doc, "### Welcome", "#### Welcome", 1), nil},
		{"field", doc, func(t *testing.T, d *Document) (Change, error) { return d.SetField("title", "Minutes 2025-01-08") },
			strings.Replace(doc, "layout: page\n", "layout: page\ntitle: Minutes 2025-01-08\n", 1), nil},
		{"remove field", doc, func(t *testing.T, d *Document) (Change, error) { return d.RemoveField("layout") },
			strings.Replace(doc, "layout: page\n", "", 1), nil},
		{"root not a section", doc, sec("", (*Document).RemoveSection), "", ErrRoot},
	})
}
