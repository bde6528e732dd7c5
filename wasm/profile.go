//go:build js && wasm

package main

import (
	"fmt"
	"strings"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/profile/learn"
	"github.com/cpansec/minutes/editor"
)

// The Profile dialog chooses the group's profile: the built-in one, a
// profile file, or one learned from several minutes files (chosen, a
// folder, or dropped on the dialog). What it found is shown, with the
// settings files cannot tell (group name, repository, folder) to correct,
// before it is used. Using it stores the profile in the browser
// (editor.ProfileKey) and reloads the page once the current draft is
// stored: everything that reads the profile — the header and title, the
// New dialog's templates, lint, the preview, publishing — then starts
// from it, as on any visit.

// profileDialog is the Profile dialog.
type profileDialog struct {
	a *App

	dialog, current, problem, review, reviewTitle, facts, notesBox, notes safejs.Value
	group, repository, folder, fileInput, learnFiles, learnFolder         safejs.Value

	cand *editor.Candidate // what the review shows, nil when nothing is
}

// chosenProfile is the profile chosen in this browser, else the built-in
// one; a stored profile that cannot be read is said so, and kept.
func (a *App) chosenProfile(s editor.Store) *profile.Profile {
	p, _, err := editor.StoredProfile(s)
	if err != nil {
		a.msgs.Show(Message{Key: "profile-stored", Kind: KindWarning,
			Text: "The group profile kept in this browser could not be read (" + err.Error() + "); the page uses the built-in " + p.Group + " profile. Choose another in Profile…"})
	}
	return p
}

// bindProfile shows the group's name in the header and the title, and
// wires the dialog on a page that has it.
func (a *App) bindProfile() error {
	if err := a.showGroup(); err != nil {
		return err
	}
	els, ok := lookUp("act-profile", "profile-dialog", "profile-current", "profile-problem", "profile-review",
		"profile-review-title", "profile-facts", "profile-notes-box", "profile-notes", "profile-group",
		"profile-repository", "profile-folder", "profile-file", "profile-learn-files", "profile-learn-folder",
		"profile-builtin", "profile-apply", "profile-download", "profile-close")
	if !ok {
		return nil
	}
	d := &profileDialog{a: a, dialog: els[1], current: els[2], problem: els[3], review: els[4], reviewTitle: els[5],
		facts: els[6], notesBox: els[7], notes: els[8], group: els[9], repository: els[10], folder: els[11],
		fileInput: els[12], learnFiles: els[13], learnFolder: els[14]}
	open, builtin, apply, download, closeB := els[0], els[15], els[16], els[17], els[18]
	if _, err := open.Call("removeAttribute", "disabled"); err != nil {
		return err
	}
	listenAll(a, "Profile", []listener{
		{open, "click", func(safejs.Value) error { return d.open() }},
		{closeB, "click", func(safejs.Value) error { _, err := d.dialog.Call("close"); return err }},
		{builtin, "click", func(safejs.Value) error { return d.consider(editor.BuiltinCandidate()) }},
		{d.fileInput, "change", func(safejs.Value) error { return d.take(d.fileInput) }},
		{d.learnFiles, "change", func(safejs.Value) error { return d.take(d.learnFiles) }},
		{d.learnFolder, "change", func(safejs.Value) error { return d.take(d.learnFolder) }},
		{d.dialog, "dragover", d.dragOver},
		{d.dialog, "dragleave", func(safejs.Value) error { return d.marked(false) }},
		{d.dialog, "drop", d.drop},
		{apply, "click", func(safejs.Value) error { return d.apply() }},
		{download, "click", func(safejs.Value) error { return d.download() }},
		{window(), "storage", d.otherTab},
	})
	return nil
}

// showGroup puts the group's name in the header and the page's title.
func (a *App) showGroup() error {
	els, ok := lookUp("brand-group")
	if !ok {
		return nil
	}
	if err := els[0].Set("textContent", a.profile.Group); err != nil {
		return err
	}
	doc, err := window().Get("document")
	if err != nil {
		return err
	}
	title := stringProp(doc, "title", "Minutes editor")
	return doc.Set("title", a.profile.Group+" · "+title)
}

// open shows the dialog with the profile in use and nothing found yet.
func (d *profileDialog) open() error {
	_, custom, _ := editor.StoredProfile(d.a.drafts.Store())
	current := d.a.profile.Group + " (built in)"
	if custom {
		current = d.a.profile.Group + " (kept in this browser)"
	}
	for _, el := range []safejs.Value{d.fileInput, d.learnFiles, d.learnFolder} {
		if err := el.Set("value", ""); err != nil { // the same files may be chosen again
			return err
		}
	}
	if err := d.current.Set("textContent", current); err != nil {
		return err
	}
	if err := d.forget(); err != nil {
		return err
	}
	_, err := d.dialog.Call("showModal")
	return err
}

// forget hides the review and the problem.
func (d *profileDialog) forget() error {
	d.cand = nil
	if err := show(d.problem, ""); err != nil {
		return err
	}
	return d.review.Set("hidden", true)
}

// fail says why nothing was found; the profile in use stays.
func (d *profileDialog) fail(text string) error {
	if err := d.forget(); err != nil {
		return err
	}
	return show(d.problem, text+" The profile in use is unchanged.")
}

// take reads the files of an input.
func (d *profileDialog) take(input safejs.Value) error {
	files, err := input.Get("files")
	if err != nil {
		return err
	}
	return d.read(files)
}

// read reads files chosen or dropped: one profile file (.yaml, .yml,
// .json) is loaded; minutes files are learned from.
func (d *profileDialog) read(files safejs.Value) error {
	n, err := files.Length()
	if err != nil || n == 0 {
		return err
	}
	var list []safejs.Value
	for i := 0; i < n; i++ {
		f, err := files.Index(i)
		if err != nil {
			return err
		}
		list = append(list, f)
	}
	if name := stringProp(list[0], "name", ""); n == 1 && isProfileFile(name) {
		return d.load(list[0], name)
	}
	return d.learn(list)
}

// isProfileFile reports whether name is a profile file's.
func isProfileFile(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") || strings.HasSuffix(name, ".json")
}

// load reads a profile file and shows it, or says why it does not load.
func (d *profileDialog) load(file safejs.Value, name string) error {
	if size, _ := file.Get("size"); floatOf(size) > editor.MaxOpenSize {
		return d.fail(editor.TooLarge(name, int64(floatOf(size))).Error() + ".")
	}
	promise, err := file.Call("arrayBuffer")
	if err != nil {
		return err
	}
	d.a.goGuard("Profile", func() error {
		data, err := d.bytes(promise)
		if err != nil {
			return d.fail(fmt.Sprintf("%s:1: could not be read: %v.", name, err))
		}
		c, err := editor.ReadCandidate(name, data)
		if err != nil {
			return d.fail(err.Error() + ".")
		}
		return d.consider(c)
	})
	return nil
}

// learn reads the Markdown files among files and learns a profile from
// them; files over the editor's limit are left out, and said so.
func (d *profileDialog) learn(files []safejs.Value) error {
	type pending struct {
		path    string
		promise safejs.Value
	}
	var reads []pending
	var skipped []string
	for _, f := range files {
		p, ok := editor.LearnPath(stringProp(f, "webkitRelativePath", ""), stringProp(f, "name", "file"))
		if !ok {
			continue
		}
		if size, _ := f.Get("size"); floatOf(size) > editor.MaxOpenSize {
			skipped = append(skipped, "skipped "+p+": over "+editor.MaxOpenLabel)
			continue
		}
		promise, err := f.Call("arrayBuffer")
		if err != nil {
			return err
		}
		reads = append(reads, pending{p, promise})
	}
	if err := show(d.problem, fmt.Sprintf("Learning from %d files…", len(reads))); err != nil {
		return err
	}
	d.a.goGuard("Profile", func() error {
		var in []learn.File
		for _, r := range reads {
			data, err := d.bytes(r.promise)
			if err != nil {
				skipped = append(skipped, fmt.Sprintf("skipped %s: could not be read: %v", r.path, err))
				continue
			}
			in = append(in, learn.File{Path: r.path, Src: data})
		}
		c, err := editor.LearnCandidate(in)
		if err != nil {
			return d.fail("No profile could be learned: " + err.Error() + ".")
		}
		c.Notes = append(c.Notes, skipped...)
		return d.consider(c)
	})
	return nil
}

// bytes awaits a File's arrayBuffer promise.
func (d *profileDialog) bytes(promise safejs.Value) ([]byte, error) {
	buf, err := d.a.Await(promise)
	if err != nil {
		return nil, err
	}
	return bytesFromJS(buf)
}

// consider shows what c says, to check before it is used.
func (d *profileDialog) consider(c *editor.Candidate) error {
	if err := d.forget(); err != nil {
		return err
	}
	d.cand = c
	page := d.a.page
	list := func(id string, items []string, tags ...string) {
		el := page.ByID(id)
		el.SetHTML("")
		for i, text := range items {
			n := page.Create(tags[i%len(tags)])
			n.SetText(text)
			el.Append(n)
		}
	}
	var facts []string
	for _, f := range editor.DescribeProfile(c.Profile) {
		facts = append(facts, f.Label, f.Value)
	}
	list("profile-facts", facts, "dt", "dd")
	list("profile-notes", c.Notes, "li")
	p := c.Profile
	for _, set := range []struct {
		el   safejs.Value
		prop string
		v    any
	}{
		{d.reviewTitle, "textContent", "Found: " + c.Name},
		{d.group, "value", p.Group}, {d.repository, "value", p.Site.Repository}, {d.folder, "value", p.Site.Folder},
		{d.notesBox, "hidden", len(c.Notes) == 0}, {d.review, "hidden", false},
	} {
		if err := set.el.Set(set.prop, set.v); err != nil {
			return err
		}
	}
	_, err := d.reviewTitle.Call("scrollIntoView", map[string]any{"block": "nearest"})
	return err
}

// typed takes the settings typed in the review into the candidate and
// checks it; a problem is shown in the dialog.
func (d *profileDialog) typed() (ok bool, err error) {
	c := d.cand
	if c == nil {
		return false, nil
	}
	c.SetSite(stringProp(d.group, "value", ""), stringProp(d.repository, "value", ""), stringProp(d.folder, "value", ""))
	if err := c.Check(); err != nil {
		return false, show(d.problem, err.Error()+". Correct it above; the profile in use is unchanged.")
	}
	return true, show(d.problem, "")
}

// apply stores the candidate and reloads the page, once the current
// draft is stored (replaceCurrent: when it cannot be, the scribe chooses).
func (d *profileDialog) apply() error {
	ok, err := d.typed()
	if !ok || err != nil {
		return err
	}
	a := d.a
	if a.drafts.Volatile() {
		return show(d.problem, "This browser does not let the page keep data, so the profile would be gone with the reload. Download it to use it with the minutes command; the profile in use is unchanged.")
	}
	c := d.cand
	if _, err := d.dialog.Call("close"); err != nil {
		return err
	}
	return a.replaceCurrent("Use the profile", func() error {
		if err := c.Apply(a.drafts.Store()); err != nil {
			a.msgs.Show(Message{Key: "profile", Kind: KindError, Text: "The profile was not changed: " + err.Error() + "."})
			return nil
		}
		return reloadPage()
	})
}

// download saves the candidate as a profile file, for the minutes command
// and the group's repository (as .minutes.yaml beside the minutes).
func (d *profileDialog) download() error {
	ok, err := d.typed()
	if !ok || err != nil {
		return err
	}
	name := d.cand.Profile.Name
	if name == "" {
		name = "group"
	}
	return download(name+".minutes.yaml", d.cand.YAML(), "application/yaml")
}

// dragOver lets files drop on the dialog, for it rather than the page.
func (d *profileDialog) dragOver(ev safejs.Value) error {
	if !hasFiles(ev) {
		return nil
	}
	if _, err := ev.Call("preventDefault"); err != nil {
		return err
	}
	if _, err := ev.Call("stopPropagation"); err != nil {
		return err
	}
	return d.marked(true)
}

// marked shows (or stops showing) that files dropped go to the dialog.
func (d *profileDialog) marked(on bool) error {
	list, err := d.dialog.Get("classList")
	if err != nil {
		return err
	}
	_, err = list.Call("toggle", "profile-drop", on)
	return err
}

// drop reads the files dropped on the dialog; the page does not open them.
func (d *profileDialog) drop(ev safejs.Value) error {
	if err := d.marked(false); err != nil {
		return err
	}
	if !hasFiles(ev) {
		return nil
	}
	for _, m := range []string{"preventDefault", "stopPropagation"} {
		if _, err := ev.Call(m); err != nil {
			return err
		}
	}
	dt, err := ev.Get("dataTransfer")
	if err != nil {
		return err
	}
	files, err := dt.Get("files")
	if err != nil {
		return err
	}
	return d.read(files)
}

// otherTab offers a reload when another tab chose another profile.
func (d *profileDialog) otherTab(ev safejs.Value) error {
	if stringProp(ev, "key", "") != editor.ProfileKey {
		return nil
	}
	a := d.a
	a.msgs.Show(Message{Key: "profile-other-tab", Kind: KindInfo,
		Text: "Another tab chose another group profile. This tab uses " + a.profile.Group + " until it is reloaded.",
		Actions: []Action{{Label: "Reload now", Do: func() error {
			return a.replaceCurrent("Reload", reloadPage)
		}}}})
	return nil
}

// show puts text in a problem paragraph, hidden when empty.
func show(el safejs.Value, text string) error {
	if err := el.Set("textContent", text); err != nil {
		return err
	}
	return el.Set("hidden", text == "")
}

// reloadPage reloads the page (the current draft is stored: see
// replaceCurrent).
func reloadPage() error {
	loc, err := window().Get("location")
	if err != nil {
		return err
	}
	_, err = loc.Call("reload")
	return err
}
