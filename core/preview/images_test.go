package preview

import (
	"strings"
	"testing"
)

func TestHoldImages(t *testing.T) {
	src := []byte("![pixel](https://tracker.example/p.gif?who=me) and ![](https://x.test/a.png \"t\")\n\n`<img src=\"https://raw.example/\">`\n")
	for _, mode := range []Mode{Website, GitHub} {
		html := Render(src, WithMode(mode))
		if !strings.Contains(html, `<img src="https://tracker.example/p.gif?who=me"`) {
			t.Fatalf("%v: the renderer wrote no image:\n%s", mode, html)
		}
		held := HoldImages(html)
		if strings.Contains(held, "<img") {
			t.Errorf("%v: an image is left to load:\n%s", mode, held)
		}
		for _, want := range []string{
			`<span class="pv-held-image" data-src="https://tracker.example/p.gif?who=me">image “pixel” not loaded: https://tracker.example/p.gif?who=me</span>`,
			`data-src="https://x.test/a.png">image not loaded: https://x.test/a.png</span>`,
			"&lt;img src=", // raw HTML stays text
		} {
			if !strings.Contains(held, want) {
				t.Errorf("%v: held HTML lacks %q:\n%s", mode, want, held)
			}
		}
	}
	if got := HoldImages("<p>no images</p>"); got != "<p>no images</p>" {
		t.Errorf("changed HTML without images: %q", got)
	}
}
