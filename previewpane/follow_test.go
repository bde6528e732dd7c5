package previewpane

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/ui"
)

// partWith returns the innermost element matching sel in the preview
// whose own text starts with text.
func partWith(t *testing.T, h *harness, sel, text string) ui.Node {
	t.Helper()
	var found ui.Node
	for _, el := range h.page.QueryAll("#preview-body " + sel) {
		if strings.HasPrefix(strings.TrimSpace(el.Text()), text) {
			found = el
		}
	}
	if found == nil {
		t.Fatalf("no %s %q in the preview", sel, text)
	}
	return found
}

// TestPreviewClickGoesToTheItem: a click in the preview goes to the line
// of the item, heading or paragraph it is on, not only to its section.
func TestPreviewClickGoesToTheItem(t *testing.T) {
	h := newPane(t, previewFixture)
	for _, c := range []struct {
		sel, text string
		line      int
	}{
		{"li", "sub-item for @sjn", 13},
		{"li", "@rrwo - write the proposal", 12},
		{"li", "[] broken box", 14},
		{"li", "@sjn - look at", 15},
		{"h2", "Attending", 17},
		{"p", "Present:", 19},
		{"h3", "Notes", 29},
		{"p", "Some", 31},
	} {
		h.host.revealed = nil
		h.page.Click(partWith(t, h, c.sel, c.text))
		if len(h.host.revealed) != 1 || h.host.revealed[0] != c.line {
			t.Errorf("a click on the %s %q revealed %v, want line %d", c.sel, c.text, h.host.revealed, c.line)
		}
	}
	// A chunk of several sections (a heading after no blank line): its
	// parts still map.
	h = newPane(t, "## One\n- a\n- b\n## Two\n- c\n")
	h.page.Click(partWith(t, h, "li", "c"))
	h.page.Click(partWith(t, h, "h2", "Two"))
	if got := h.host.revealed; len(got) != 2 || got[0] != 5 || got[1] != 4 {
		t.Errorf("clicks in a chunk of two sections revealed %v, want [5 4]", got)
	}
}

// TestPreviewMarksTheEditedItem: an edit marks the item it is in (and
// only it) and keeps it in view; typing on in it keeps the mark without
// scrolling again; an edit in another item moves the mark.
func TestPreviewMarksTheEditedItem(t *testing.T) {
	h := newPane(t, previewFixture)
	at := strings.Index(previewFixture, "sub-item for @sjn") + len("sub-item for @sjn")
	h.apply(t, core.Change{{Start: at, End: at, Text: " z"}})
	h.host.run(t)
	marked := h.page.QueryAll("#preview-body [data-edited]")
	if len(marked) != 1 || strings.TrimSpace(marked[0].Text()) != "sub-item for @sjn z" || marked[0].Attr("class") == "pv-chunk" {
		t.Fatalf("marked %d parts: %v", len(marked), marked)
	}
	if n := len(h.host.inView); n != 1 || !h.host.inView[0].Equal(marked[0]) {
		t.Fatalf("kept %d elements in view, want the item", n)
	}
	h.apply(t, core.Change{{Start: at + 2, End: at + 2, Text: "z"}})
	h.host.run(t)
	marked = h.page.QueryAll("#preview-body [data-edited]")
	if len(marked) != 1 || !strings.Contains(marked[0].Text(), "zz") || len(h.host.inView) != 1 {
		t.Errorf("typing on: %d marked, %d scrolls", len(marked), len(h.host.inView))
	}
	at = strings.Index(h.session.Source(), "- [ ] @sjn - look") + len("- [ ] @sjn")
	h.apply(t, core.Change{{Start: at, End: at, Text: "!"}})
	h.host.run(t)
	marked = h.page.QueryAll("#preview-body [data-edited]")
	if len(marked) != 1 || !strings.HasPrefix(strings.TrimSpace(marked[0].Text()), "@sjn! - look") || len(h.host.inView) != 2 {
		t.Errorf("another item: %d marked (%q), %d scrolls", len(marked), marked[0].Text(), len(h.host.inView))
	}
	if n := len(h.page.QueryAll("#preview-body .pv-chunk[data-editing]")); n != 1 {
		t.Errorf("%d chunks marked", n)
	}
}
