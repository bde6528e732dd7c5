// Package editor is the editor page's session, without the browser: the
// drafts kept in storage (behind the small Store interface), the undo
// history, the share-link codec, the limits on what may be opened, and the
// mapping between a document and what a <textarea> shows of it. It is
// plain Go, so `go test ./editor/` tests it natively; the wasm program
// binds it to the page.
package editor
