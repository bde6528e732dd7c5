package form

import (
	"strings"
	"testing"
)

// TestPasteHeadings: headings pasted into an item make sections after its
// section, at its level, with the lines under them as their items, nested
// by indentation; the empty item pasted into goes; the focus ends in the
// last section's title; one Ctrl+Z takes it all back.
func TestPasteHeadings(t *testing.T) {
	h := newForm(t, formFixture)
	orig := h.src()
	el := h.item("a plain item")
	h.focus(el)
	h.page.Press(el, "Enter") // at the end: a new empty item
	if h.focused() != "" {
		t.Fatalf("Enter at the end focused %q", h.focused())
	}
	h.page.Paste(h.page.Active(), "## Decisions\n- one\n  - [x] two\n\n## Other\n")
	want := strings.Replace(orig, "- a plain item\n\n```\ncode stays read-only\n```\n",
		"- a plain item\n\n```\ncode stays read-only\n```\n\n### Decisions\n- one\n  - [x] two\n\n### Other\n", 1)
	if got := h.src(); got != want {
		t.Fatalf("after the paste:\n%s\nwant\n%s", got, want)
	}
	if a := h.page.Active(); a.Attr("data-f") != "title" || a.Value() != "Other" {
		t.Errorf("the focus is on %s", outer(a))
	}
	h.page.Press(h.page.Active(), "z", "ctrl")
	if got := h.src(); got != strings.Replace(orig, "- a plain item\n", "- a plain item\n- \n", 1) {
		t.Errorf("one undo leaves\n%s", got)
	}

	// A heading alone, on one line, is a section too.
	h = newForm(t, formFixture)
	el = h.item("a plain item")
	h.focus(el)
	h.page.Press(el, "Enter")
	h.page.Paste(h.page.Active(), "### Alone")
	if got := h.src(); !strings.Contains(got, "code stays read-only\n```\n\n### Alone\n\n## 17:02") || strings.Contains(got, "- \n") {
		t.Errorf("a heading alone pasted:\n%s", got)
	}
	// Pasted after text, it is text, as typed.
	h = newForm(t, formFixture)
	el = h.item("a plain item")
	h.focus(el)
	h.page.Paste(el, "## not a heading")
	if got := h.src(); !strings.Contains(got, "- a plain item## not a heading\n") {
		t.Errorf("a heading pasted after text:\n%s", got)
	}
}

// TestTypedHeading: "## " typed into a new item makes a section of what
// follows, and the keys after go on into its title.
func TestTypedHeading(t *testing.T) {
	h := newForm(t, formFixture)
	orig := h.src()
	el := h.item("a plain item")
	h.focus(el)
	h.page.Press(el, "Enter")
	h.typeKeys("## ")
	if got := h.src(); got != strings.Replace(orig, "- a plain item\n", "- a plain item\n- \n", 1) {
		t.Errorf("'## ' alone changed the document:\n%s", got)
	}
	h.typeKeys("Decisions")
	if got := h.src(); !strings.Contains(got, "code stays read-only\n```\n\n### Decisions\n\n## 17:02") || strings.Contains(got, "- \n") || strings.Contains(got, "- #") {
		t.Errorf("typed a heading:\n%s", got)
	}
	if a := h.page.Active(); a.Attr("data-f") != "title" || a.Value() != "Decisions" {
		t.Errorf("the focus is on %s", outer(a))
	}
}
