//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"
)

// bindSave wires Save (also Ctrl+S / Cmd+S) and Copy Markdown.
func (a *App) bindSave() error {
	if _, err := a.Listen(jsOf(a.els.Buttons["act-save"]), "click", "Save", func(safejs.Value) error { return a.save() }); err != nil {
		return err
	}
	if _, err := a.Listen(jsOf(a.els.Buttons["act-copy"]), "click", "Copy Markdown", func(safejs.Value) error {
		return a.copyMarkdown("The Markdown is on the clipboard.")
	}); err != nil {
		return err
	}
	_, err := a.Listen(window(), "keydown", "keyboard shortcut", func(ev safejs.Value) error {
		k := (&domEvent{d: a.page, v: ev}).Key()
		if (k.Ctrl || k.Meta) && !k.Alt && (k.Key == "s" || k.Key == "S") {
			if _, err := ev.Call("preventDefault"); err != nil {
				return err
			}
			return a.save()
		}
		return nil
	})
	return err
}

// save downloads the document. The bytes go from Go to a Blob unchanged:
// no text conversion, so a BOM, CR LF line ends and every other byte of an
// opened file come back exactly as they were.
func (a *App) save() error {
	a.syncText()
	a.ws.Flush()
	name := a.model.FileName(a.session.Doc())
	if err := a.download(name, []byte(a.Source()), "text/markdown;charset=utf-8"); err != nil {
		return err
	}
	a.ws.Saved()
	a.msgs.Show(Message{Key: "saved", Kind: KindInfo, Timeout: 6 * time.Second, Text: "Saved as " + name + "."})
	return nil
}

// download offers data as a file through a Blob URL and a temporary link.
func (a *App) download(name string, data []byte, mimeType string) error {
	blob, err := newBlob(data, map[string]any{"type": mimeType})
	if err != nil {
		return err
	}
	urlAPI, err := safejs.Global().Get("URL")
	if err != nil {
		return err
	}
	href, err := urlAPI.Call("createObjectURL", blob)
	if err != nil {
		return err
	}
	hrefStr, err := href.String()
	if err != nil {
		return err
	}
	link := a.page.Create("a")
	link.SetAttr("href", hrefStr)
	link.SetAttr("download", name)
	link.SetAttr("hidden", "")
	a.page.node(must(a.page.doc.Get("body"))).Append(link)
	must(jsOf(link).Call("click"))
	link.Remove()
	// The download has started; the URL may go once the browser read it.
	time.AfterFunc(time.Minute, func() { _, _ = urlAPI.Call("revokeObjectURL", href) })
	return nil
}

// newBlob returns new Blob([data], options...): the bytes go over
// unchanged, as a Uint8Array (a Go string would become a JavaScript
// string through a TextDecoder, which drops a leading byte order mark).
func newBlob(data []byte, options ...any) (safejs.Value, error) {
	ctor, err := safejs.Global().Get("Uint8Array")
	if err != nil {
		return safejs.Value{}, err
	}
	u8, err := ctor.New(len(data))
	if err != nil {
		return safejs.Value{}, err
	}
	if _, err = safejs.CopyBytesToJS(u8, data); err != nil {
		return safejs.Value{}, err
	}
	// safejs converts a Value inside []any.
	return newGlobal("Blob", append([]any{[]any{u8}}, options...)...)
}

// copyMarkdown puts the document on the clipboard and says done; when the
// browser refuses, the text box has it selected to copy by hand.
func (a *App) copyMarkdown(done string) error {
	a.syncText()
	return a.copyText(a.Source(), done, a.selectText,
		"the Markdown is selected in the text box: press Ctrl+C (⌘C) to copy it")
}

// copyText writes text to the clipboard. When the browser refuses, fallback
// prepares a manual copy and the message says how.
func (a *App) copyText(text, done string, fallback func(), how string) error {
	refused := func(reason string) {
		fallback()
		a.msgs.Show(Message{Key: "copy", Kind: KindWarning, Text: "The browser did not allow copying (" + reason + "); " + how + "."})
	}
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return err
	}
	clip, err := nav.Get("clipboard")
	if err != nil || clip.IsUndefined() || clip.IsNull() {
		refused("no clipboard access on this page")
		return nil
	}
	promise, err := clip.Call("writeText", text)
	if err != nil {
		refused(err.Error())
		return nil
	}
	a.goGuard("copy", func() error {
		if _, err := a.Await(promise); err != nil {
			refused(err.Error())
			return nil
		}
		a.msgs.Show(Message{Key: "copy", Kind: KindInfo, Timeout: 6 * time.Second, Text: done})
		return nil
	})
	return nil
}
