//go:build js && wasm

package main

import (
	_ "embed"
	"errors"
	"strings"
	"testing"

	"github.com/cpansec/minutes/editor"
)

var (
	//go:embed testdata/share-draft.md
	shareDraft string
	// shareGoLink is shareDraft's link as the page made it before it used
	// the browser's compression (editor.EncodeShare: Go's compress/zlib).
	//go:embed testdata/share-go.link
	shareGoLink string
)

// TestShareRoundTripInBrowser compresses with the browser's
// CompressionStream and reads the link back through DecompressionStream.
func TestShareRoundTripInBrowser(t *testing.T) {
	a := newTestApp(t, nil)
	for _, source := range []string{
		shareDraft,
		strings.Repeat("# Minutes\n\n- [x] item with <b>html</b> & entities\n", 200),
		"x",
	} {
		compressed, err := a.deflate(source)
		if err != nil {
			t.Fatal(err)
		}
		frag := editor.ShareFragment(compressed)
		if source == shareDraft {
			// editor/testdata/share-browser.link holds this link, made once
			// so that the Go codec is tested against the browser's.
			t.Logf("browser's link for testdata/share-draft.md: %s", frag)
		}
		if strings.ContainsAny(frag[len(editor.ShareParam):], "+/=#?&") {
			t.Fatalf("fragment %q is not #share= followed by base64url", frag)
		}
		got, err := a.decodeShare(frag)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != source {
			t.Errorf("round trip changed the text: %q → %q", source, got)
		}
	}
}

// TestShareOpensGoLinks: links made before the page used the browser's
// compression still open.
func TestShareOpensGoLinks(t *testing.T) {
	a := newTestApp(t, nil)
	got, err := a.decodeShare(strings.TrimSpace(shareGoLink))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != shareDraft {
		t.Errorf("the Go-made link opened as %q, want %q", got, shareDraft)
	}
}

func TestShareDamagedInBrowser(t *testing.T) {
	a := newTestApp(t, nil)
	compressed, err := a.deflate(strings.Repeat("# Minutes of the meeting\n- [ ] item\n", 20))
	if err != nil {
		t.Fatal(err)
	}
	frag := editor.ShareFragment(compressed)
	flip := []byte(frag)
	i := len(editor.ShareParam) + 12
	if flip[i] == 'A' {
		flip[i] = 'B'
	} else {
		flip[i] = 'A'
	}
	bombData, err := a.deflate(strings.Repeat("a", editor.MaxOpenSize+10))
	if err != nil {
		t.Fatal(err)
	}
	bomb := editor.ShareFragment(bombData)
	tests := map[string]struct {
		frag string
		want error
	}{
		"truncated":    {frag[:len(frag)-6], editor.ErrShareDamaged},
		"one byte off": {string(flip), editor.ErrShareDamaged},
		"not base64":   {editor.ShareParam + "!!!***", editor.ErrShareDamaged},
		"empty":        {editor.ShareParam, editor.ErrShareDamaged},
		"too large":    {bomb, editor.ErrShareTooLarge},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			data, err := a.decodeShare(tc.frag)
			if !errors.Is(err, tc.want) {
				t.Errorf("decodeShare = %d bytes, %v; want %v", len(data), err, tc.want)
			}
		})
	}
	if len(bomb) > 4000 {
		t.Errorf("the %d-byte text compressed to a %d-character link: no bomb", editor.MaxOpenSize+10, len(bomb))
	}
}
