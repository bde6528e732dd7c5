// Package preview renders a minutes file to HTML as the group's website
// shows it, or as GitHub shows it in a pull request, and lists where the
// two (or the preview) differ.
//
// # Website mode
//
// The site (CPAN-Security/security.metacpan.org) is built by Jekyll with
// the github-pages gem (Jekyll 3.9, kramdown 2.3 with kramdown-parser-gfm
// 1.1, Liquid 4) and the Minimal Mistakes theme. The preview reproduces
// that pipeline:
//
//   - Front matter is read as Jekyll's YAML_FRONT_MATTER_REGEXP reads it.
//     The gem turns on jekyll-optional-front-matter, so a file without
//     front matter, or with a byte-order mark before it, is still rendered
//     (the BOM is stripped when Jekyll reads the file); "----" or an
//     unclosed block is not front matter and its lines show as text. See
//     FrontMatter. jekyll-titles-from-headings gives a page without a title
//     the text of its leading heading.
//   - Liquid runs before Markdown: output tags with page and site
//     variables and the date, date_to_string (and similar) filters, which
//     parse dates as Ruby's Time.parse does and print in UTC, the build's
//     zone. Other tags are shown as text and reported (see liquid.go).
//   - Markdown is parsed as kramdown does with Jekyll's defaults (input
//     GFM, hard_wrap false, gfm_quirks paragraph_end, auto_ids, smart
//     quotes, entities as characters, Rouge for code): the block level is a
//     port of kramdown's parser (kd_*.go), because kramdown's lists, lazy
//     lines, tight items and tables follow rules of their own; the inline
//     level is goldmark with parsers that behave as kramdown's span parsers
//     (inline*.go). Heading ids follow kramdown-parser-gfm, repeats
//     numbered "-1", "-2" across the document; task items get kramdown's
//     disabled checkboxes; bare URLs stay text. On the group's 177 real
//     minutes the output is byte-identical to Jekyll's.
//   - WithPage wraps the body as the site's layouts do: the title and a
//     table of contents of heading links (page.toc is true by default for
//     the site's pages).
//
// Code is not syntax-highlighted (the text is the same, without Rouge's
// colours), footnotes and abbreviations are not rendered, and raw HTML is
// shown as text: Divergences reports each of these where it occurs.
//
// # GitHub mode
//
// GitHub mode renders GFM with goldmark (tables, strikethrough, task
// lists, bare URLs linked, heading ids), leaves Liquid as typed, and shows
// valid front matter as a one-row table, as GitHub does.
//
// # Safety
//
// The output never contains markup from the file: text is escaped, raw
// HTML (inline or block, in any mode) is shown as text, heading ids are
// made of word characters, a link or image keeps its URL only when the
// browser would read its scheme as http, https, mailto or ftp (images:
// http and https) or as a relative reference — checked after decoding
// character references and removing the tabs, newlines and control
// characters browsers ignore. Front matter values and Liquid output go
// through the same Markdown rendering. No sanitizer library is needed and
// none is linked.
//
// # Incremental rendering
//
// A Renderer re-renders only the chunks of the document whose text
// changed (see Renderer and Chunk); joined, its chunks are exactly Render's
// output.
//
// # Bounds
//
// Input longer than MaxInput (4 MiB) is cut there, with a notice. Parsing
// and rendering are linear in the input (no backtracking regular
// expressions; kramdown's own backtracking constructs are implemented with
// bounded scans; goldmark's link destinations and emphasis matching, which
// are quadratic on runs of "[a](" or "*a_ ", are guarded or replaced: see
// inline_link.go and inline_delims.go; BenchmarkAdversarial grows hostile
// constructs 1x, 10x and 100x): the largest real minutes (14 KB) render in about a
// millisecond natively, and a keystroke in a 280 KB document costs a few
// hundred microseconds with a Renderer. Invalid UTF-8 is replaced by
// U+FFFD (the site's build would fail; Divergences says so).
//
// Liquid is bounded by a budget: no value a filter builds (replace,
// append, prepend, upcase, escape, ...) may exceed MaxLiquidValue (1 MiB),
// and a document's output tags together may do at most MaxLiquidWork
// (4 Mi) units of work, each filter and each tag costing 64 units plus the
// bytes it reads and writes. A tag past either limit shows "Liquid error:
// ..." as text in place of its output and Divergences reports a build
// failure at its line; the rest of the document renders normally. The
// evaluator has no loops, capture or assign (those tags are shown as
// text), so filters are the only way to build values.
package preview
