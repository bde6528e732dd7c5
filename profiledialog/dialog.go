// Package profiledialog is the editor page's Profile dialog: it chooses
// the group's profile — the built-in one, a profile file, or one learned
// from several minutes files (chosen, a whole folder, or dropped on the
// dialog) — and shows what it found, with the settings files cannot tell
// (group name, repository, folder) to correct, before it is used. Using it
// stores the profile in the browser (editor.ProfileKey) and reloads the
// page once the current draft is stored: everything that reads the
// profile — the header and title, the New dialog's templates, lint, the
// preview, publishing — then starts from it, as on any visit.
//
// Reading files is the page's (Host.Files, File.Read); learning is done
// file by file, giving the main thread back between slices (learn.go). It
// is written against package ui, so it is tested natively.
package profiledialog

import (
	"fmt"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// File is a file chosen or dropped, as the page gives it.
type File interface {
	// Name is the file's name.
	Name() string
	// Path is its path in a chosen folder, starting with the folder's own
	// name ("TSC/meetings/2024-07-10.md"), or "" for a file chosen alone.
	Path() string
	// Size is its size in bytes, known before it is read.
	Size() int64
	// Read reads it. It blocks, so it is called only in Host.Go.
	Read() ([]byte, error)
}

// Host is what the dialog needs of the page around it.
type Host interface {
	// Files are the files chosen in a file field.
	Files(field ui.Node) []File
	// Go runs fn away from the event being handled (File.Read blocks),
	// reporting its error as a handler's.
	Go(fn func() error)
	// Yield gives the main thread back to the browser until a next task;
	// called only in Go.
	Yield()
	// Volatile reports whether the browser keeps nothing past a reload.
	Volatile() bool
	// ReplaceCurrent runs fn once the current draft is stored (when it
	// cannot be, the scribe chooses); what names the step.
	ReplaceCurrent(what string, fn func() error) error
	// Reload reloads the page.
	Reload() error
	// Download saves data as a file called name.
	Download(name string, data []byte, mimeType string) error
	// Show shows a message under the workspace.
	Show(m ui.Message)
}

// Config is what New needs.
type Config struct {
	Page ui.Document
	// Profile is the profile in use; Store is where the chosen one is kept.
	Profile *profile.Profile
	Store   editor.Store
	Host    Host
	Now     func() time.Time // nil: time.Now; times the slices of learning
}

// Dialog is the Profile dialog.
type Dialog struct {
	page  ui.Document
	prof  *profile.Profile
	store editor.Store
	host  Host
	now   func() time.Time

	dialog, current, problem, review, reviewTitle, facts, notesBox, notes ui.Node
	group, repository, folder, fileInput, learnFiles, learnFolder         ui.Node

	cand *editor.Candidate // what the review shows, nil when nothing is
	run  int               // counts the readings, so that a later choice wins
}

// ids are the dialog's elements, in the order New takes them.
var ids = []string{"act-profile", "profile-dialog", "profile-current", "profile-problem", "profile-review",
	"profile-review-title", "profile-facts", "profile-notes-box", "profile-notes", "profile-group",
	"profile-repository", "profile-folder", "profile-file", "profile-learn-files", "profile-learn-folder",
	"profile-builtin", "profile-apply", "profile-download", "profile-close"}

// New binds the dialog to the page and enables its button; it returns nil
// on a page without it.
func New(cfg Config) (*Dialog, error) {
	d := &Dialog{page: cfg.Page, prof: cfg.Profile, store: cfg.Store, host: cfg.Host, now: cfg.Now}
	if d.now == nil {
		d.now = time.Now
	}
	if d.prof == nil {
		d.prof = profile.Default()
	}
	els := make([]ui.Node, len(ids))
	for i, id := range ids {
		if els[i] = d.page.ByID(id); els[i] == nil {
			return nil, nil
		}
	}
	d.dialog, d.current, d.problem, d.review, d.reviewTitle = els[1], els[2], els[3], els[4], els[5]
	d.facts, d.notesBox, d.notes, d.group, d.repository, d.folder = els[6], els[7], els[8], els[9], els[10], els[11]
	d.fileInput, d.learnFiles, d.learnFolder = els[12], els[13], els[14]
	open, builtin, apply, download, closeB := els[0], els[15], els[16], els[17], els[18]
	listeners := []struct {
		el  ui.Node
		typ string
		fn  func(ui.Event) error
	}{
		{open, "click", func(ui.Event) error { d.Open(); return nil }},
		{closeB, "click", func(ui.Event) error { d.dialog.Close(); return nil }},
		{builtin, "click", func(ui.Event) error { d.consider(editor.BuiltinCandidate()); return nil }},
		{d.fileInput, "change", d.take},
		{d.learnFiles, "change", d.take},
		{d.learnFolder, "change", d.take},
		{apply, "click", func(ui.Event) error { return d.apply() }},
		{download, "click", func(ui.Event) error { return d.download() }},
	}
	for _, l := range listeners {
		if err := l.el.Listen(l.typ, "Profile", l.fn); err != nil {
			return nil, err
		}
	}
	open.RemoveAttr("disabled")
	return d, nil
}

// Chosen is the profile chosen in this browser, else the built-in one;
// when a stored profile cannot be read (it is kept), warning says so.
func Chosen(s editor.Store) (p *profile.Profile, warning *ui.Message) {
	p, _, err := editor.StoredProfile(s)
	if err != nil {
		warning = &ui.Message{Key: "profile-stored", Kind: ui.KindWarning,
			Text: "The group profile kept in this browser could not be read (" + err.Error() + "); the page uses the built-in " + p.Group + " profile. Choose another in Profile…"}
	}
	return p, warning
}

// Open shows the dialog with the profile in use and nothing found yet.
func (d *Dialog) Open() {
	_, custom, _ := editor.StoredProfile(d.store)
	current := d.prof.Group + " (built in)"
	if custom {
		current = d.prof.Group + " (kept in this browser)"
	}
	for _, el := range []ui.Node{d.fileInput, d.learnFiles, d.learnFolder} {
		el.SetValue("") // the same files may be chosen again
	}
	d.current.SetText(current)
	d.forget()
	d.dialog.ShowModal()
}

// forget hides the review and the problem, and stops a reading.
func (d *Dialog) forget() {
	d.cand = nil
	d.run++
	d.say("")
	d.review.SetBool("hidden", true)
}

// say puts text in the problem paragraph, hidden when empty.
func (d *Dialog) say(text string) {
	d.problem.SetText(text)
	d.problem.SetBool("hidden", text == "")
}

// fail says why nothing was found; the profile in use stays.
func (d *Dialog) fail(text string) {
	d.forget()
	d.say(text + " The profile in use is unchanged.")
}

// take reads the files chosen in a field.
func (d *Dialog) take(ev ui.Event) error {
	if t := ev.Target(); t != nil {
		d.Read(d.host.Files(t))
	}
	return nil
}

// Read reads files chosen or dropped: one profile file (.yaml, .yml,
// .json) is loaded; minutes files are learned from (learn.go).
func (d *Dialog) Read(files []File) {
	if len(files) == 0 {
		return
	}
	if f := files[0]; len(files) == 1 && isProfileFile(f.Name()) {
		d.load(f)
		return
	}
	d.learn(files)
}

// isProfileFile reports whether name is a profile file's.
func isProfileFile(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") || strings.HasSuffix(name, ".json")
}

// load reads a profile file and shows it, or says why it does not load.
func (d *Dialog) load(f File) {
	d.forget()
	name := f.Name()
	if f.Size() > editor.MaxOpenSize {
		d.fail(editor.TooLarge(name, f.Size()).Error() + ".")
		return
	}
	run := d.run
	d.host.Go(func() error {
		data, err := f.Read()
		switch {
		case run != d.run: // another choice since
		case err != nil:
			d.fail(fmt.Sprintf("%s:1: could not be read: %v.", name, err))
		default:
			c, err := editor.ReadCandidate(name, data)
			if err != nil {
				d.fail(err.Error() + ".")
				return nil
			}
			d.consider(c)
		}
		return nil
	})
}

// consider shows what c says, to check before it is used.
func (d *Dialog) consider(c *editor.Candidate) {
	d.forget()
	d.cand = c
	var facts []string
	for _, f := range editor.DescribeProfile(c.Profile) {
		facts = append(facts, f.Label, f.Value)
	}
	d.list(d.facts, facts, "dt", "dd")
	d.list(d.notes, c.Notes, "li")
	p := c.Profile
	d.reviewTitle.SetText("Found: " + c.Name)
	d.group.SetValue(p.Group)
	d.repository.SetValue(p.Site.Repository)
	d.folder.SetValue(p.Site.Folder)
	d.notesBox.SetBool("hidden", len(c.Notes) == 0)
	d.review.SetBool("hidden", false)
	d.reviewTitle.ScrollIntoView("nearest")
}

// list fills el with an element per item, the tags taken in turn.
func (d *Dialog) list(el ui.Node, items []string, tags ...string) {
	el.SetHTML("")
	for i, text := range items {
		n := d.page.Create(tags[i%len(tags)])
		n.SetText(text)
		el.Append(n)
	}
}

// typed takes the settings typed in the review into the candidate and
// checks it; a problem is shown in the dialog.
func (d *Dialog) typed() bool {
	c := d.cand
	if c == nil {
		return false
	}
	c.SetSite(d.group.Value(), d.repository.Value(), d.folder.Value())
	if err := c.Check(); err != nil {
		d.say(err.Error() + ". Correct it above; the profile in use is unchanged.")
		return false
	}
	d.say("")
	return true
}

// apply stores the candidate and reloads the page, once the current
// draft is stored.
func (d *Dialog) apply() error {
	if !d.typed() {
		return nil
	}
	if d.host.Volatile() {
		d.say("This browser does not let the page keep data, so the profile would be gone with the reload. Download it to use it with the minutes command; the profile in use is unchanged.")
		return nil
	}
	c := d.cand
	d.dialog.Close()
	return d.host.ReplaceCurrent("Use the profile", func() error {
		if err := c.Apply(d.store); err != nil {
			d.host.Show(ui.Message{Key: "profile", Kind: ui.KindError, Text: "The profile was not changed: " + err.Error() + "."})
			return nil
		}
		return d.host.Reload()
	})
}

// download saves the candidate as a profile file, for the minutes command
// and the group's repository (as .minutes.yaml beside the minutes).
func (d *Dialog) download() error {
	if !d.typed() {
		return nil
	}
	name := d.cand.Profile.Name
	if name == "" {
		name = "group"
	}
	return d.host.Download(name+".minutes.yaml", d.cand.YAML(), "application/yaml")
}

// StorageChanged is told of a change another tab made to the browser's
// storage: when it chose another profile, a reload is offered.
func (d *Dialog) StorageChanged(key string) {
	if key != editor.ProfileKey {
		return
	}
	d.host.Show(ui.Message{Key: "profile-other-tab", Kind: ui.KindInfo,
		Text: "Another tab chose another group profile. This tab uses " + d.prof.Group + " until it is reloaded.",
		Actions: []ui.Action{{Label: "Reload now", Do: func() error {
			return d.host.ReplaceCurrent("Reload", d.host.Reload)
		}}}})
}
