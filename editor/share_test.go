package editor

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// TestShareOpensBrowserLinks: the Go codec reads the links the page makes
// with the browser's CompressionStream (share-browser.link was made by
// wasm's TestShareRoundTripInBrowser in Chromium from share-draft.md).
func TestShareOpensBrowserLinks(t *testing.T) {
	want, err := os.ReadFile("testdata/share-draft.md")
	if err != nil {
		t.Fatal(err)
	}
	link, err := os.ReadFile("testdata/share-browser.link")
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeShare(strings.TrimSpace(string(link)))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the browser's link decodes to %q, want %q", got, want)
	}
}

func TestShareRoundTrip(t *testing.T) {
	for _, source := range []string{
		"\ufeff---\r\nlayout: single\r\n---\r\n- [ ]\u00a0@name topic\r\n",
		strings.Repeat("# Minutes\n\n- [x] item with <b>html</b> & entities\n", 200),
		"x",
	} {
		frag, err := EncodeShare(source)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(frag, ShareParam) || strings.ContainsAny(frag[len(ShareParam):], "+/=#?&") {
			t.Fatalf("fragment %q is not #share= followed by base64url", frag)
		}
		got, err := DecodeShare(frag)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != source {
			t.Errorf("round trip changed the text: %q → %q", source, got)
		}
	}
}

func TestShareDamaged(t *testing.T) {
	frag, err := EncodeShare(strings.Repeat("# Minutes of the meeting\n- [ ] item\n", 20))
	if err != nil {
		t.Fatal(err)
	}
	flip := []byte(frag)
	i := len(ShareParam) + 12
	if flip[i] == 'A' {
		flip[i] = 'B'
	} else {
		flip[i] = 'A'
	}
	bomb, err := EncodeShare(strings.Repeat("a", MaxOpenSize+10))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"truncated":    frag[:len(frag)-6],
		"one byte off": string(flip),
		"not base64":   ShareParam + "!!!***",
		"empty":        ShareParam,
		"too large":    bomb,
	}
	for name, f := range tests {
		t.Run(name, func(t *testing.T) {
			data, err := DecodeShare(f)
			want := ErrShareDamaged
			if name == "too large" {
				want = ErrShareTooLarge
			}
			if !errors.Is(err, want) {
				t.Errorf("DecodeShare = %d bytes, %v; want %v", len(data), err, want)
			}
		})
	}
}
