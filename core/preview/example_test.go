package preview_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/preview"
)

var now = preview.WithNow(func() time.Time { return time.Date(2025, 6, 18, 12, 0, 0, 0, time.UTC) })

func ExampleRender() {
	src := []byte(`---
meeting_time: 2025-06-18 16:00 UTC
---
## Agenda
- [x] @sjn - "review" the CVE -- done at {{ page.meeting_time | date: "%H:%M %Z" }}
`)
	fmt.Print(preview.Render(src, now))
	// Output:
	// <h2 id="agenda">Agenda</h2>
	// <ul class="task-list">
	//   <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />@sjn - “review” the CVE – done at 16:00 UTC</li>
	// </ul>
}

func ExampleRender_github() {
	src := []byte("---\ntitle: Minutes\n---\n- [ ] see https://example.com\n")
	fmt.Print(preview.Render(src, preview.WithMode(preview.GitHub)))
	// Output:
	// <table>
	// <thead>
	// <tr>
	// <th>title</th>
	// </tr>
	// </thead>
	// <tbody>
	// <tr>
	// <td><div>Minutes</div></td>
	// </tr>
	// </tbody>
	// </table>
	// <ul>
	// <li><input disabled="" type="checkbox"> see <a href="https://example.com">https://example.com</a></li>
	// </ul>
}

func ExampleRenderer() {
	r := preview.NewRenderer(now)
	doc := "# One\n\ntext\n\n# Two\n\nmore\n"
	r.Update([]byte(doc))
	for _, c := range r.Update([]byte(strings.Replace(doc, "more", "more!", 1))) {
		fmt.Printf("%s changed=%v %q\n", c.Key, c.Changed, c.HTML)
	}
	// Output:
	// c1 changed=false "<h1 id=\"one\">One</h1>\n\n<p>text</p>\n\n"
	// c3 changed=true "<h1 id=\"two\">Two</h1>\n\n<p>more!</p>\n"
}

func ExampleDivergences() {
	src := []byte("## Attendees\n- []  @sjn\n- item\n## Minutes\n")
	for _, d := range preview.Divergences(src) {
		fmt.Printf("%d:%d: %s\n", d.Line, d.Column, d.Message)
	}
	// Output:
	// 2:3: "[]" is not a checkbox on the website: write "[ ]"
	// 4:1: on the website this heading becomes part of the list item above it: put a blank line before it
}
