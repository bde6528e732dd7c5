//go:build js && wasm

package main

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hack-pad/safejs"
)

// A share link carries the draft in the URL fragment, "#share=" followed by
// the text compressed with compress/flate, in a zlib frame whose Adler-32
// checksum catches a link cut short or altered, then base64url. Browsers
// never send the fragment to a server, so the draft stays between the two
// people.
const shareParam = "#share="

// encodeShare returns the fragment for source.
func encodeShare(source string) (string, error) {
	var buf bytes.Buffer
	zw, err := zlib.NewWriterLevel(&buf, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := io.WriteString(zw, source); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return shareParam + base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// errShareDamaged is the message for a link that cannot be decoded.
var errShareDamaged = errors.New("the share link is incomplete or damaged; ask for the link again, or for the file")

// decodeShare returns the text in a share fragment; a link expanding past
// MaxOpenSize is refused (a small link can inflate to gigabytes).
func decodeShare(fragment string) ([]byte, error) {
	payload, ok := strings.CutPrefix(fragment, shareParam)
	if !ok {
		return nil, errors.New("not a share link")
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", errShareDamaged, err)
	}
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", errShareDamaged, err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, MaxOpenSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", errShareDamaged, err)
	}
	if len(data) > MaxOpenSize {
		return nil, fmt.Errorf("the shared draft is larger than %s", maxOpenLabel)
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("%w (%v)", errShareDamaged, err)
	}
	return data, nil
}

// bindShare wires Copy share link and links pasted into an open page.
func (a *App) bindShare() error {
	if _, err := a.Listen(jsOf(a.els.Buttons["act-share"]), "click", "Copy share link", func(safejs.Value) error {
		return a.copyShareLink()
	}); err != nil {
		return err
	}
	_, err := a.Listen(window(), "hashchange", "share link", func(safejs.Value) error {
		a.openShareLink()
		return nil
	})
	return err
}

// copyShareLink puts a link to the current draft on the clipboard.
func (a *App) copyShareLink() error {
	a.syncText()
	frag, err := encodeShare(a.draft.Source)
	if err != nil {
		return err
	}
	loc, err := window().Get("location")
	if err != nil {
		return err
	}
	link := stringProp(loc, "origin", "") + stringProp(loc, "pathname", "/") + frag
	return a.copyText(link, fmt.Sprintf("The share link is on the clipboard (%d characters). It holds the whole draft; whoever opens it gets a copy.", len(link)),
		func() {
			a.msgs.Show(Message{Key: "share-link", Kind: KindInfo, Text: link})
		}, "the link is shown below to copy by hand")
}

// openShareLink opens the draft in the page's share fragment, if any, as a
// new draft, and removes the fragment so a reload does not open it again.
func (a *App) openShareLink() {
	loc, err := window().Get("location")
	if err != nil {
		return
	}
	hash := stringProp(loc, "hash", "")
	if !strings.HasPrefix(hash, shareParam) {
		return
	}
	a.clearHash()
	data, err := decodeShare(hash)
	if err != nil {
		a.refuse(fmt.Errorf("share link:1: %v", err))
		return
	}
	a.openBytes("share link", data, "the shared draft")
}

// clearHash drops the fragment from the address without a navigation.
func (a *App) clearHash() {
	loc, _ := window().Get("location")
	history, err := window().Get("history")
	if err != nil {
		return
	}
	url := stringProp(loc, "pathname", "/") + stringProp(loc, "search", "")
	_, _ = history.Call("replaceState", safejs.Null(), "", url)
}
