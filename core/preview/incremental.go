package preview

import (
	"sort"
	"strconv"
	"strings"
)

// Chunk is a piece of rendered HTML. The chunks of an Update, joined in
// order, are exactly what Render returns for the same source and options.
type Chunk struct {
	// Key identifies the chunk across updates: chunks before and after the
	// edited part of the document keep their keys; chunks in the edited part
	// get new ones. Keys are unique within an Update.
	Key string
	// HTML is the chunk's markup: whole blocks, never a part of an element.
	HTML string
	// Line is the file line where the chunk's source starts (0 for the
	// page's head and foot).
	Line int
	// Changed is false when the previous Update returned the same HTML
	// under the same key, so the page can keep that part of its DOM.
	Changed bool
}

// Renderer renders successive versions of a file for a live preview. It
// splits the Markdown into chunks that kramdown parses independently — at
// "#" headings that follow a blank line — and re-renders only chunks whose
// text is new; ids of repeated headings ("x-1") and link definitions,
// which are global to the document, are resolved across chunks, so the
// result equals a full render. After a fenced code block, raw HTML, math
// or a kramdown extension, which may span blank lines, the rest of the
// document is one chunk. GitHub mode renders the whole file as one chunk.
// A Renderer is not safe for concurrent use.
type Renderer struct {
	cfg   config
	gen   int
	cache map[string]*chunkEntry // by chunk text
	// front matter of the previous Update, reused while unchanged.
	fmSrc  string
	fmPage *jekyllPage
	// GitHub mode renders the whole file; this caches it.
	ghSrc string
	ghDoc *Document
	// prev are the body chunks of the previous Update, in order; extra
	// the HTML of its other chunks (page head and foot...) by key.
	prev     []prevChunk
	extra    map[string]string
	nextKey  int
	splitter splitter
}

type prevChunk struct {
	e          *chunkEntry
	key, html  string
	nums       []int // the repeat numbers of its headings
	start, end int   // its text in the previous Liquid output
}

// chunkEntry is a chunk's text parsed and rendered.
type chunkEntry struct {
	root     *block
	defs     map[string]linkDef
	digest   string // the link definitions out was rendered with
	out      output
	rendered bool
	finals   []finalHTML // HTML with ids, for the id numberings seen
	gen      int
}

// finalHTML is a chunk's HTML with its heading ids filled in; nums are the
// repeat numbers of its headings (-1 for an explicit id).
type finalHTML struct {
	nums []int
	html string
}

// maxFinals bounds the id numberings remembered per chunk.
const maxFinals = 64

// NewRenderer returns a Renderer with the given options (WithMode,
// WithPage, WithNow).
func NewRenderer(opts ...Option) *Renderer {
	return &Renderer{cfg: newConfig(opts), cache: map[string]*chunkEntry{}, extra: map[string]string{}}
}

// Update renders the new full source of the file and returns its chunks.
func (r *Renderer) Update(src []byte) []Chunk {
	return r.UpdateString(string(src))
}

// UpdateString is Update for a source held in a string (as a page gets
// it from JavaScript), which saves a copy.
func (r *Renderer) UpdateString(src string) []Chunk {
	r.gen++
	text, cut := prepareString(src)
	if r.cfg.mode == GitHub {
		if r.ghDoc == nil || r.ghSrc != text {
			r.ghSrc, r.ghDoc = text, renderGitHub(text, cut, r.cfg)
		}
		return r.others([]Chunk{{Key: "github", HTML: r.ghDoc.HTML, Line: 1}})
	}
	page := r.page(text)
	liq := renderLiquid(page.body, page.scope)
	body, headings := r.body(liq, page)
	var before, after []Chunk
	if r.cfg.page {
		before = r.others([]Chunk{{Key: "head", HTML: pageHead(page, headings)}})
	}
	if cut {
		after = append(after, Chunk{Key: "cut", HTML: truncatedNotice})
	}
	if r.cfg.page {
		after = append(after, Chunk{Key: "foot", HTML: pageFoot})
	}
	after = r.others(after)
	for k, e := range r.cache {
		if e.gen != r.gen {
			delete(r.cache, k)
		}
	}
	return append(append(before, body...), after...)
}

// others marks the chunks that are not body chunks as changed or not.
func (r *Renderer) others(cs []Chunk) []Chunk {
	for i := range cs {
		prev, seen := r.extra[cs[i].Key]
		cs[i].Changed = !seen || prev != cs[i].HTML
		r.extra[cs[i].Key] = cs[i].HTML
	}
	return cs
}

// body renders the Liquid output chunk by chunk.
func (r *Renderer) body(liq *liquidDoc, page *jekyllPage) ([]Chunk, []Heading) {
	starts := r.splitter.split(liq.out)
	entries := make([]*chunkEntry, len(starts))
	ends := make([]int, len(starts))
	for i := range starts {
		ends[i] = len(liq.out)
		if i+1 < len(starts) {
			ends[i] = starts[i+1]
		}
	}
	r.reuseUnchanged(starts, ends, entries, len(liq.out))
	for i, s := range starts {
		e := entries[i]
		if e == nil {
			text := liq.out[s:ends[i]]
			if e = r.cache[text]; e == nil {
				e = parseChunk(text)
				r.cache[text] = e
			}
		}
		e.gen = r.gen
		entries[i] = e
	}
	defs, digest := mergeDefs(entries)
	keys, prevHTML := r.align(entries)
	lines := &lineMapper{page: page, liq: liq}
	counter := map[string]int{}
	var headings []Heading
	chunks := make([]Chunk, len(entries))
	next := make([]prevChunk, len(entries))
	prevNums := r.prevNums(entries)
	for i, e := range entries {
		fresh := !e.rendered || e.digest != digest
		if fresh {
			var ib inlineBatch
			ib.collect(e.root)
			e.out = renderTree(e.root, ib.parse(defs), nil, r.cfg.alignAttr)
			e.digest, e.rendered, e.finals = digest, true, nil
		}
		nums := make([]int, len(e.out.headings))
		for j, h := range e.out.headings {
			nums[j] = -1
			if h.id == "" {
				n, seen := counter[h.slug]
				if seen {
					n++
				}
				counter[h.slug], nums[j] = n, n
			}
		}
		var html string
		if !fresh && prevNums[i] != nil && equalInts(*prevNums[i], nums) && prevHTML[i] != nil {
			html = *prevHTML[i]
		} else {
			html = e.final(nums)
		}
		if r.cfg.page {
			for j, h := range e.out.headings {
				if id := headingID(h, nums[j]); strings.TrimSpace(id) != "" {
					headings = append(headings, Heading{Level: h.level, ID: id, Text: h.text})
				} else {
					headings = append(headings, Heading{Level: h.level, Text: h.text})
				}
			}
		}
		chunks[i] = Chunk{Key: keys[i], HTML: html, Line: lines.fileLine(starts[i]), Changed: prevHTML[i] == nil || *prevHTML[i] != html}
		next[i] = prevChunk{e: e, key: keys[i], html: html, nums: nums, start: starts[i], end: ends[i]}
	}
	r.prev = next
	return chunks, headings
}

// reuseUnchanged fills in the entries of the chunks that lie, with the
// same bounds, in the unchanged beginning or end of the text, without
// looking their text up.
func (r *Renderer) reuseUnchanged(starts, ends []int, entries []*chunkEntry, n int) {
	sp := &r.splitter
	if !sp.incremental {
		return
	}
	old := r.prev
	for i := 0; i < len(starts) && i < len(old); i++ {
		if ends[i] > sp.same || old[i].start != starts[i] || old[i].end != ends[i] || old[i].e.gen != r.gen-1 {
			break
		}
		entries[i] = old[i].e
	}
	delta := n - sp.oldLen
	for k := 1; k <= len(starts) && k <= len(old); k++ {
		i, j := len(starts)-k, len(old)-k
		if entries[i] != nil || starts[i] < n-sp.tail || old[j].start != starts[i]-delta || old[j].end != ends[i]-delta || old[j].e.gen != r.gen-1 {
			break
		}
		entries[i] = old[j].e
	}
}

// prevNums returns, for the chunks aligned with the previous Update (the
// same entry at the same place from the start or the end), the heading
// numbering they had then.
func (r *Renderer) prevNums(seq []*chunkEntry) []*[]int {
	out := make([]*[]int, len(seq))
	old := r.prev
	p := 0
	for p < len(seq) && p < len(old) && seq[p] == old[p].e {
		out[p] = &old[p].nums
		p++
	}
	for q := 0; q < len(seq)-p && q < len(old)-p && seq[len(seq)-1-q] == old[len(old)-1-q].e; q++ {
		out[len(seq)-1-q] = &old[len(old)-1-q].nums
	}
	return out
}

// headingID is the id of a heading numbered n among repeats of its slug.
func headingID(h heading, n int) string {
	switch {
	case n < 0:
		return h.id
	case n == 0:
		return h.slug
	}
	return h.slug + "-" + strconv.Itoa(n)
}

// final returns the chunk's HTML for an id numbering.
func (e *chunkEntry) final(nums []int) string {
	for _, f := range e.finals {
		if equalInts(f.nums, nums) {
			return f.html
		}
	}
	ids := make([]string, len(nums))
	for j, h := range e.out.headings {
		ids[j] = headingID(h, nums[j])
	}
	html := joinIDs(e.out, ids)
	if len(e.finals) >= maxFinals {
		e.finals = e.finals[1:]
	}
	e.finals = append(e.finals, finalHTML{nums, html})
	return html
}

// align gives the chunks keys: those of the previous Update for the
// chunks of the unchanged beginning and end of the document, new ones
// between; for the kept ones it also returns their previous HTML.
func (r *Renderer) align(seq []*chunkEntry) ([]string, []*string) {
	keys := make([]string, len(seq))
	prevHTML := make([]*string, len(seq))
	old := r.prev
	p := 0
	for p < len(seq) && p < len(old) && seq[p] == old[p].e {
		keys[p], prevHTML[p] = old[p].key, &old[p].html
		p++
	}
	q := 0
	for q < len(seq)-p && q < len(old)-p && seq[len(seq)-1-q] == old[len(old)-1-q].e {
		o := &old[len(old)-1-q]
		keys[len(seq)-1-q], prevHTML[len(seq)-1-q] = o.key, &o.html
		q++
	}
	for i := p; i < len(seq)-q; i++ {
		r.nextKey++
		keys[i] = "c" + strconv.Itoa(r.nextKey)
	}
	return keys, prevHTML
}

// page reads the front matter, reusing the previous reading while the
// front matter text is unchanged.
func (r *Renderer) page(text string) *jekyllPage {
	s := strings.TrimPrefix(text, bom)
	end, ok := jekyllFrontMatterEnd(s)
	if !ok {
		end = 0
	}
	prefix := text[:len(text)-len(s)+end]
	if r.fmPage != nil && prefix == r.fmSrc && ok {
		p := *r.fmPage
		p.scope = &liquidScope{page: r.fmPage.scope.page, site: r.cfg.site.vars(), now: r.cfg.now()}
		p.body = text[p.bodyStart:]
		if !p.titleFromFM {
			titleFromBody(&p)
		}
		return &p
	}
	p := readPage(text, r.cfg.now(), r.cfg.site)
	r.fmSrc, r.fmPage = prefix, p
	return p
}

// titleFromBody refreshes the title jekyll-titles-from-headings takes from
// the body.
func titleFromBody(p *jekyllPage) {
	vars := make(map[string]liquidValue, len(p.scope.page))
	for k, v := range p.scope.page {
		vars[k] = v
	}
	delete(vars, "title")
	p.title = ""
	if t := titleFromHeading(p.body); t != "" {
		vars["title"] = liquidValue{str: t}
		p.title = t
	}
	p.scope.page = vars
}

// parseChunk parses a chunk's blocks; its inline content is rendered once
// the document's link definitions are known.
func parseChunk(text string) *chunkEntry {
	p := newKDParser()
	return &chunkEntry{root: p.parseDocument(text, 1), defs: p.defs}
}

// mergeDefs joins the chunks' link definitions (a later one wins, as in
// kramdown) and returns them with a digest that changes when they do.
func mergeDefs(entries []*chunkEntry) (map[string]linkDef, string) {
	var merged map[string]linkDef
	for _, e := range entries {
		if len(e.defs) == 0 {
			continue
		}
		if merged == nil {
			merged = map[string]linkDef{}
		}
		for k, v := range e.defs {
			merged[k] = v
		}
	}
	if len(merged) == 0 {
		return nil, ""
	}
	keys := make([]string, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "\x00" + merged[k].url + "\x00" + merged[k].title + "\x01")
	}
	return merged, b.String()
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// joinIDs fills a chunk's id holes.
func joinIDs(out output, ids []string) string {
	if len(ids) == 0 {
		return out.parts[0]
	}
	var b strings.Builder
	for i := range ids {
		b.WriteString(out.parts[i])
		b.WriteString(idAttr(ids[i]))
	}
	b.WriteString(out.parts[len(out.parts)-1])
	return b.String()
}

// lineMapper maps offsets of the Liquid output to file lines, walking
// forward (chunks come in order).
type lineMapper struct {
	page      *jekyllPage
	liq       *liquidDoc
	off, line int // last mapped body offset and its line
}

func (m *lineMapper) fileLine(outOff int) int {
	src := min(m.liq.srcOffset(outOff), len(m.page.body))
	if src < m.off {
		m.off, m.line = 0, 0
	}
	m.line += strings.Count(m.page.body[m.off:src], "\n")
	m.off = src
	return m.page.bodyLine + m.line
}

// splitChunks returns the chunk starts of s, without history.
func splitChunks(s string) []int {
	var sp splitter
	return sp.split(s)
}
