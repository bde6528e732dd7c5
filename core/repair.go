package core

import (
	"sort"
	"strings"
)

// Repair is a safe fix of one line: what is wrong, where, and the change
// that mends it.
type Repair struct {
	Line, Column int
	// Rule names the kind of problem ("nbsp-marker", "broken-box", ...).
	Rule    string
	Message string
	Change  Change
}

// Repairs returns the safe repairs of the document, in line order: U+00A0
// in list markers, task boxes and headings; "[]" and "[U+00A0]" boxes; a
// byte-order mark; "----" front matter delimiters. Each touches one line.
func (d *Document) Repairs() []Repair {
	var out []Repair
	if fm := d.FrontMatter; fm != nil {
		if fm.BOM {
			out = append(out, Repair{1, 1, "bom", "byte-order mark before the front matter: plain Jekyll does not see the front matter", Change{{0, len("\uFEFF"), ""}}})
		}
		out = append(out, d.delimiterRepairs()...)
	} else if d.BOM {
		out = append(out, Repair{1, 1, "bom", "byte-order mark at the start of the file", Change{{0, len("\uFEFF"), ""}}})
	}
	for _, it := range d.Items() {
		if r, ok := d.itemRepair(it); ok {
			out = append(out, r)
		}
	}
	for _, s := range d.Sections() {
		if r, ok := d.headingRepair(s); ok {
			out = append(out, r)
		}
	}
	sortRepairs(out)
	return out
}

// RepairAll returns one change with every repair.
func (d *Document) RepairAll() Change {
	var c Change
	for _, r := range d.Repairs() {
		c = append(c, r.Change...)
	}
	return c.sorted()
}

// delimiterRepairs turns "----" (or "---  ") delimiters into "---".
func (d *Document) delimiterRepairs() []Repair {
	fm := d.FrontMatter
	var out []Repair
	fix := func(start int, text string) {
		if text != "---" && isDashLine(text) {
			out = append(out, Repair{d.Line(start), 1, "front-matter-delimiter",
				"front matter delimiter " + quote(text) + " is not \"---\": Jekyll will not see the front matter",
				Change{{start, start + len(text), "---"}}})
		}
	}
	fix(fm.Start, fm.Open)
	if fm.Closed {
		fix(fm.ContentEnd, fm.Close)
	}
	return out
}

func isDashLine(s string) bool {
	t := strings.TrimRight(s, " \t")
	return len(t) >= 3 && strings.Trim(t, "-") == ""
}

// itemRepair mends the structure of an item's first line: U+00A0 in its
// indentation, after its marker, around its box, and broken boxes.
func (d *Document) itemRepair(it *Item) (Repair, bool) {
	ls := lineStart(d.src, it.MarkerSpan.Start)
	end := it.TextSpan.Start
	if it.Box != NoBox {
		end = max(end, it.BoxSpan.End)
	}
	if end < it.MarkerSpan.End {
		end = it.MarkerSpan.End
	}
	old := string(d.src[ls:end])
	fixed := strings.ReplaceAll(old, nbsp, " ")
	rule, msg := "nbsp-marker", "no-break space (U+00A0) in the list marker: the website shows a paragraph, not a list item"
	if it.Box != NoBox {
		boxStart, boxEnd := it.BoxSpan.Start-ls, it.BoxSpan.End-ls
		box := strings.TrimSpace(boxText(it.Box))
		fixed = strings.ReplaceAll(old[:boxStart], nbsp, " ") + box + strings.ReplaceAll(old[boxEnd:], nbsp, " ")
		if it.BoxBroken {
			rule, msg = "broken-box", "task box "+quote(showNBSP(old[boxStart:boxEnd]))+" with what is around it will show as text, not a checkbox"
		}
	}
	if fixed == old {
		return Repair{}, false
	}
	col := d.Column(ls + firstDiff(old, fixed))
	if rule == "broken-box" {
		col = d.Column(min(it.BoxSpan.Start, ls+firstDiff(old, fixed)))
	}
	return Repair{it.Line, col, rule, msg, Change{{ls, end, fixed}}}, true
}

// headingRepair replaces U+00A0 in a heading line by spaces.
func (d *Document) headingRepair(s *Section) (Repair, bool) {
	end := contentEnd(d.src, s.Heading.Start)
	old := string(d.src[s.Heading.Start:end])
	if !strings.Contains(old, nbsp) {
		return Repair{}, false
	}
	fixed := strings.ReplaceAll(old, nbsp, " ")
	msg := "no-break space (U+00A0) in a heading"
	if s.Broken {
		msg = "no-break space (U+00A0) after the '#': the website shows the hashes as text, not a heading"
	}
	return Repair{s.Line, d.Column(s.Heading.Start + firstDiff(old, fixed)), "nbsp-heading", msg,
		Change{{s.Heading.Start, end, fixed}}}, true
}

func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return 0
}

func showNBSP(s string) string { return strings.ReplaceAll(s, nbsp, "\\u00A0") }

func quote(s string) string { return "\"" + s + "\"" }

func sortRepairs(r []Repair) {
	sort.SliceStable(r, func(i, j int) bool { return r[i].Line < r[j].Line })
}
