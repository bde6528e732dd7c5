// Package linkrefs bounds goldmark's link reference definitions.
//
// goldmark's LinkReferenceParagraphTransformer reads the definitions at
// the start of a paragraph with a reader over all its lines, and each read
// and each removal costs time in the number of lines: a paragraph of
// 75 000 one-line definitions took seconds. Transformers wraps it so that
// it reads a long paragraph through windows of a few lines.
//
// The result is goldmark's. A definition read in a window is kept only
// when the next definition was read after it in the same window: that one
// starts with "[" on the line after it, so the first one's reading (label,
// destination, title) ended inside the window, where it sees the same
// lines as in the whole paragraph. The last definition of a window is read
// again at the start of the next; a window with fewer than two definitions
// doubles, up to the whole rest of the paragraph, whose result is kept.
// Each window is read with its own context, so that only kept definitions
// are added to the document's references.
package linkrefs

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Transformers is parser.DefaultParagraphTransformers with the link
// reference transformer read through windows.
func Transformers() []util.PrioritizedValue {
	ps := parser.DefaultParagraphTransformers()
	for i, p := range ps {
		if p.Value == parser.LinkReferenceParagraphTransformer {
			ps[i].Value = windowed{parser.LinkReferenceParagraphTransformer}
		}
	}
	return ps
}

// minWindow is the number of lines read at once; shorter paragraphs go
// straight to goldmark. A variable for tests.
var minWindow = 32

type windowed struct{ inner parser.ParagraphTransformer }

func (t windowed) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines := node.Lines()
	n := lines.Len()
	if n <= 2*minWindow {
		t.inner.Transform(node, reader, pc)
		return
	}
	parent := node.Parent()
	k, w := 0, minWindow
	for {
		end := min(k+w, n)
		tmp := ast.NewParagraph()
		segs := text.NewSegments()
		for i := k; i < end; i++ {
			segs.Append(lines.At(i))
		}
		tmp.SetLines(segs)
		tmp.SetBlankPreviousLines(k == 0 && node.HasBlankPreviousLines())
		holder := ast.NewDocument()
		holder.AppendChild(holder, tmp)
		t.inner.Transform(tmp, reader, parser.NewContext())
		var refs []*ast.LinkReferenceDefinition
		for c := holder.FirstChild(); c != nil; c = c.NextSibling() {
			if r, ok := c.(*ast.LinkReferenceDefinition); ok {
				refs = append(refs, r)
			}
		}
		atEnd := end == n
		if !atEnd && len(refs) < 2 {
			w *= 2
			continue
		}
		keep, next := refs, n
		if !atEnd {
			keep = refs[:len(refs)-1]
			next = lineOf(lines, k, refs[len(refs)-1])
			if next <= k {
				// Not found: read the rest as goldmark does.
				w = n
				continue
			}
		}
		for _, r := range keep {
			holder.RemoveChild(holder, r)
			parent.InsertBefore(parent, node, r)
			pc.AddReference(parser.NewReference(r.Label, r.Destination, r.Title))
		}
		if atEnd {
			if tmp.Parent() == nil || tmp.Lines().Len() == 0 {
				parent.RemoveChild(parent, node)
				return
			}
			node.SetLines(tmp.Lines())
			return
		}
		k, w = next, minWindow
	}
}

// lineOf returns the index in lines, from k on, of the line where r
// starts, or -1.
func lineOf(lines *text.Segments, k int, r *ast.LinkReferenceDefinition) int {
	if r.Lines().Len() == 0 {
		return -1
	}
	at := r.Lines().At(0).Start
	for i := k; i < lines.Len(); i++ {
		if l := lines.At(i); l.Start <= at && at < l.Stop {
			return i
		}
	}
	return -1
}
