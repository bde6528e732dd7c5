package ui

import (
	"strconv"
	"strings"
)

// A textarea does not say on which line its caret is drawn, so the page
// lays the text out again in a hidden mirror of the field: the field's
// font and content width, marks at the start, at the caret and at the
// end (see CaretLine). These are the parts of that which are not the
// browser's.

// mirrorProps are the computed properties of a text field that decide
// where its text wraps, copied to the mirror.
var mirrorProps = []string{
	"font-family", "font-size", "font-weight", "font-style", "font-stretch", "font-variant",
	"font-feature-settings", "font-kerning", "letter-spacing", "word-spacing", "line-height",
	"text-transform", "text-indent", "tab-size", "word-break", "overflow-wrap", "hyphens",
	"direction",
}

// MirrorStyle is the style (cssText) of the mirror of a text field whose
// computed style is computed (getPropertyValue) and whose width inside its
// borders is clientWidth: hidden, fixed, wrapping as the field does, its
// width the field's less its padding. lineHeight is the height of one of
// the field's lines in pixels ("normal" is 1.2 times the font size).
func MirrorStyle(computed func(prop string) string, clientWidth float64) (css string, lineHeight float64) {
	var b strings.Builder
	for _, prop := range mirrorProps {
		b.WriteString(prop + ": " + computed(prop) + "; ")
	}
	width := clientWidth - pixels(computed("padding-left")) - pixels(computed("padding-right"))
	b.WriteString("position: fixed; top: 0; left: 0; visibility: hidden; white-space: pre-wrap; " +
		"box-sizing: content-box; padding: 0; border: 0; width: " + strconv.FormatFloat(width, 'f', 2, 64) + "px;")
	if lineHeight = pixels(computed("line-height")); lineHeight <= 0 {
		lineHeight = 1.2 * pixels(computed("font-size"))
	}
	return b.String(), lineHeight
}

// pixels is a computed length ("12.5px") in pixels, 0 for another value
// ("normal").
func pixels(v string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), "px"), 64)
	if err != nil {
		return 0
	}
	return f
}

// CaretLines says whether the caret is on the first and on the last line
// of the mirror's text, from the tops of the marks at the start, at the
// caret and at the end: the same line is less than half a line apart.
func CaretLines(startTop, caretTop, endTop, lineHeight float64) (first, last bool) {
	return caretTop-startTop < lineHeight/2, endTop-caretTop < lineHeight/2
}
