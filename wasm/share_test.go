//go:build js && wasm

package main

import (
	"strings"
	"testing"
)

func TestShareRoundTrip(t *testing.T) {
	for _, source := range []string{
		"\ufeff---\r\nlayout: single\r\n---\r\n- [ ]\u00a0@name topic\r\n",
		strings.Repeat("# Minutes\n\n- [x] item with <b>html</b> & entities\n", 200),
		"x",
	} {
		frag, err := encodeShare(source)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(frag, shareParam) || strings.ContainsAny(frag[len(shareParam):], "+/=#?&") {
			t.Fatalf("fragment %q is not #share= followed by base64url", frag)
		}
		got, err := decodeShare(frag)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != source {
			t.Errorf("round trip changed the text: %q → %q", source, got)
		}
	}
}

func TestShareDamaged(t *testing.T) {
	frag, err := encodeShare(strings.Repeat("# Minutes of the meeting\n- [ ] item\n", 20))
	if err != nil {
		t.Fatal(err)
	}
	flip := []byte(frag)
	i := len(shareParam) + 12
	if flip[i] == 'A' {
		flip[i] = 'B'
	} else {
		flip[i] = 'A'
	}
	bomb, err := encodeShare(strings.Repeat("a", MaxOpenSize+10))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"truncated":    frag[:len(frag)-6],
		"one byte off": string(flip),
		"not base64":   shareParam + "!!!***",
		"empty":        shareParam,
		"too large":    bomb,
	}
	for name, f := range tests {
		t.Run(name, func(t *testing.T) {
			if data, err := decodeShare(f); err == nil {
				t.Errorf("decoded %d bytes from a damaged link", len(data))
			}
		})
	}
}
