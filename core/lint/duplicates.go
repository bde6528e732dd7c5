package lint

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
)

// duplicateItems reports an item whose text repeats an earlier item of the
// same list (or of the same section's lists). The fix removes the repeat
// when it is one line without children and its box matches the first's.
func (c *checker) duplicateItems() {
	for _, s := range append([]*core.Section{c.d.Root}, c.d.Sections()...) {
		c.duplicatesIn(s.Items())
	}
	for _, it := range c.d.Items() {
		c.duplicatesIn(it.Items)
	}
}

// onlyHandles reports whether text is nothing but @handles: a speaker
// label with notes under it, which the compact format repeats each time
// someone speaks.
func onlyHandles(text string) bool {
	rest := text
	for _, h := range core.Handles(text) {
		rest = strings.ReplaceAll(rest, h, "")
	}
	return strings.Trim(rest, " ,&:-–") == "" && rest != text
}

// duplicatesIn reports the repeats among items.
func (c *checker) duplicatesIn(items []*core.Item) {
	first := map[string]*core.Item{}
	for _, it := range items {
		key := strings.Join(strings.Fields(it.Text), " ")
		if _, dots := ellipsis(key); key == "" || dots || len(it.Items) > 0 && onlyHandles(key) {
			continue
		}
		orig := first[key]
		if orig == nil {
			first[key] = it
			continue
		}
		var fix core.Change
		if len(it.Items) == 0 && len(it.Blocks) == 0 && it.Box == orig.Box {
			fix = c.removeLine(it)
		}
		c.add(it.TextSpan.Start, "duplicate-item", Warning, fmt.Sprintf(
			"this item repeats line %d: remove one copy", orig.Line), fix)
	}
}
