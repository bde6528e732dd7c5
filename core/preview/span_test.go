package preview

import "testing"

func TestSpan(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain words, @tux", "plain words, @tux"},
		{"@tux - see [the CVE](https://cve.org/x) *now*", `@tux - see <a href="https://cve.org/x">the CVE</a> <em>now</em>`},
		{"update `Module::Signature` **soon**", `update <code class="language-plaintext highlighter-rouge">Module::Signature</code> <strong>soon</strong>`},
		{"<b>raw</b> & <script>x</script>", "&lt;b&gt;raw&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;"},
		{"[click](javascript:alert(1))", `<a class="preview-unsafe-link">click</a>`},
		{"[click](jav&#x61;script:alert(1))", `<a class="preview-unsafe-link">click</a>`},
		{"![logo](https://example.org/x.png) here", "logo here"},
		{"<https://example.org>", `<a href="https://example.org">https://example.org</a>`},
		{"~~gone~~", "<del>gone</del>"},
		{"  ", ""},
	} {
		if got := Span(c.in); got != c.want {
			t.Errorf("Span(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
