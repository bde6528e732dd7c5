//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
)

// bindShare wires Copy share link and links pasted into an open page.
func (a *App) bindShare() error {
	if _, err := a.Listen(jsOf(a.els.Buttons["act-share"]), "click", "Copy share link", func(safejs.Value) error {
		a.syncText()
		source := a.Source()
		a.goGuard("Copy share link", func() error { return a.copyShareLink(source) })
		return nil
	}); err != nil {
		return err
	}
	_, err := a.Listen(window(), "hashchange", "share link", func(safejs.Value) error {
		a.goGuard("share link", func() error {
			a.openShareLink()
			return nil
		})
		return nil
	})
	return err
}

// copyShareLink puts a link to source on the clipboard. It awaits the
// browser's compression, so it runs on its own goroutine.
func (a *App) copyShareLink(source string) error {
	compressed, err := a.deflate(source)
	if err != nil {
		return err
	}
	loc, err := window().Get("location")
	if err != nil {
		return err
	}
	link := stringProp(loc, "origin", "") + stringProp(loc, "pathname", "/") + editor.ShareFragment(compressed)
	return a.copyText(link, fmt.Sprintf("The share link is on the clipboard (%d characters). It holds the whole draft; whoever opens it gets a copy.", len(link)),
		func() {
			a.msgs.Show(Message{Key: "share-link", Kind: KindInfo, Text: link})
		}, "the link is shown below to copy by hand")
}

// openShareLink opens the draft in the page's share fragment, if any (see
// workspace.OpenShared), and removes the fragment so a reload does not
// open it again. It awaits the browser's decompression: at start it runs before the page
// is ready, otherwise on its own goroutine.
func (a *App) openShareLink() {
	loc, err := window().Get("location")
	if err != nil {
		return
	}
	hash := stringProp(loc, "hash", "")
	if !strings.HasPrefix(hash, editor.ShareParam) {
		return
	}
	a.clearHash()
	data, err := a.decodeShare(hash)
	if err != nil {
		a.refuse(fmt.Errorf("share link:1: %v", err))
		return
	}
	if err := a.ws.OpenShared(data); err != nil {
		a.refuse(err)
		return
	}
	a.msgs.DismissKey("refused")
}

// decodeShare returns the text of a share fragment (editor.DecodeShare's
// format, decompressed by the browser, read by editor.ReadShare).
func (a *App) decodeShare(fragment string) ([]byte, error) {
	raw, err := editor.SharePayload(fragment)
	if err != nil {
		return nil, err
	}
	reader, err := inflate(raw)
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", editor.ErrShareDamaged, err)
	}
	data, err := editor.ReadShare(&streamReader{a: a, r: reader})
	if errors.Is(err, editor.ErrShareTooLarge) {
		_, _ = reader.Call("cancel") // what is left unread, past the limit
	}
	return data, err
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
