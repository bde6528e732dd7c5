package profiledialog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/profile/learn"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

// shell is the dialog's markup as index.html has it.
const shell = `<span id="brand-group"></span><button id="act-profile" disabled></button>
<dialog id="profile-dialog">
 <strong id="profile-current"></strong>
 <button id="profile-builtin"></button>
 <input type="file" id="profile-file"><input type="file" id="profile-learn-files" multiple>
 <input type="file" id="profile-learn-folder" webkitdirectory multiple>
 <p id="profile-problem" hidden></p>
 <section id="profile-review" hidden>
  <h3 id="profile-review-title">Found</h3><dl id="profile-facts"></dl>
  <input type="text" id="profile-group"><input type="text" id="profile-repository"><input type="text" id="profile-folder">
  <details id="profile-notes-box"><summary>How it was learned</summary><ul id="profile-notes"></ul></details>
  <button id="profile-download"></button><button id="profile-apply"></button>
 </section>
 <button id="profile-close"></button>
</dialog>`

// file is a File in memory; err makes Read fail.
type file struct {
	name, path string
	data       []byte
	err        error
	reads      *int
}

func (f file) Name() string { return f.name }
func (f file) Path() string { return f.path }
func (f file) Size() int64  { return int64(len(f.data)) }
func (f file) Read() ([]byte, error) {
	if f.reads != nil {
		*f.reads++
	}
	return f.data, f.err
}

// testHost runs Go at once (or queues it, with queue set), and records
// what the dialog asked of the page.
type testHost struct {
	t         *testing.T
	chosen    map[string][]File // by field id
	queue     bool
	queued    []func() error
	yields    int
	volatile  bool
	replaced  []string
	reloads   int
	downloads map[string]string
	shown     []ui.Message
}

func (h *testHost) Files(field ui.Node) []File { return h.chosen[field.ID()] }
func (h *testHost) Go(fn func() error) {
	if h.queue {
		h.queued = append(h.queued, fn)
		return
	}
	if err := fn(); err != nil {
		h.t.Error(err)
	}
}
func (h *testHost) Yield()         { h.yields++ }
func (h *testHost) Volatile() bool { return h.volatile }
func (h *testHost) ReplaceCurrent(what string, fn func() error) error {
	h.replaced = append(h.replaced, what)
	return fn()
}
func (h *testHost) Reload() error { h.reloads++; return nil }
func (h *testHost) Download(name string, data []byte, _ string) error {
	h.downloads[name] = string(data)
	return nil
}
func (h *testHost) Show(m ui.Message) { h.shown = append(h.shown, m) }

type fixture struct {
	d     *Dialog
	page  *uitest.Page
	host  *testHost
	store *editor.MemStore
}

func newFixture(t *testing.T, now func() time.Time) *fixture {
	t.Helper()
	page, store := uitest.New(shell), editor.NewMemStore()
	host := &testHost{t: t, chosen: map[string][]File{}, downloads: map[string]string{}}
	d, err := New(Config{Page: page, Profile: profile.Default(), Store: store, Host: host, Now: now})
	if err != nil || d == nil {
		t.Fatalf("New: %v, %v", d, err)
	}
	return &fixture{d, page, host, store}
}

// choose puts files in a field and fires its change event.
func (f *fixture) choose(id string, files ...File) {
	f.host.chosen[id] = files
	f.page.Change(f.page.ByID(id))
}

func (f *fixture) text(id string) string { return f.page.ByID(id).Text() }

// facts are the facts the review shows, by label.
func (f *fixture) facts() map[string]string {
	m := map[string]string{}
	nodes := f.page.QueryAll("#profile-facts > *")
	for i := 0; i+1 < len(nodes); i += 2 {
		m[nodes[i].Text()] = nodes[i+1].Text()
	}
	return m
}

// groupFiles are a group's two files of corpus-others, chosen one by one.
func groupFiles(t *testing.T, group string) []File {
	var files []File
	for _, n := range corpustest.Files(t, filepath.Join("..", "corpus-others", group, "*.md")) {
		files = append(files, file{name: filepath.Base(n), data: corpustest.Read(t, n)})
	}
	return files
}

// TestLearnFromFiles: Node.js TSC's two minutes files chosen at once show
// what was learned, and the button is enabled.
func TestLearnFromFiles(t *testing.T) {
	f := newFixture(t, nil)
	if f.page.ByID("act-profile").Bool("disabled") {
		t.Error("the Profile button stays disabled")
	}
	f.page.Click(f.page.ByID("act-profile"))
	if !f.page.ByID("profile-dialog").Bool("open") || f.text("profile-current") != "CPANSec (built in)" {
		t.Fatalf("open %v, in use %q", f.page.ByID("profile-dialog").Bool("open"), f.text("profile-current"))
	}
	f.choose("profile-learn-files", groupFiles(t, "nodejs+TSC")...)
	if f.page.ByID("profile-review").Bool("hidden") {
		t.Fatalf("no review; problem %q", f.text("profile-problem"))
	}
	facts := f.facts()
	for label, want := range map[string]string{"Group": "Node.js Technical Steering Committee (TSC)",
		"Minutes files": "meetings_YYYY-MM-DD.md", "Roles": "attendees: Present", "Templates": "learned"} {
		if facts[label] != want {
			t.Errorf("%s: %q, want %q (all %q)", label, facts[label], want, facts)
		}
	}
	if got := f.text("profile-review-title"); got != "Found: the profile learned from 2 files" {
		t.Errorf("title %q", got)
	}
	if !f.page.ByID("profile-problem").Bool("hidden") || f.page.ByID("profile-notes-box").Bool("hidden") {
		t.Errorf("problem shown %q, or no notes", f.text("profile-problem"))
	}
}

// TestLearnFromFolder: a chosen folder that is a repository's top gives
// the repository and its Pages site from .git/config and _config.yml, as
// minutes profile does; hidden folders, node_modules, files that are not
// Markdown are not read, a file that cannot be read or is too large is
// named in the notes.
func TestLearnFromFolder(t *testing.T) {
	f := newFixture(t, nil)
	f.page.Click(f.page.ByID("act-profile"))
	reads := 0
	minutes := func(day string) file {
		return file{name: day + ".md", path: "site/meetings/" + day + ".md", data: []byte("# Sync " + day + "\n\n## Present\n\n- @a\n"), reads: &reads}
	}
	f.choose("profile-learn-folder",
		file{name: "config", path: "site/.git/config", data: []byte("[remote \"origin\"]\n\turl = git@github.com:example-org/site.git\n")},
		file{name: "_config.yml", path: "site/_config.yml", data: []byte("title: Sync\n")},
		file{name: "HEAD.md", path: "site/.git/HEAD.md", data: []byte("# 2025-01-01\n"), reads: &reads},
		file{name: "x.md", path: "site/node_modules/x/x.md", data: []byte("# 2025-01-01\n"), reads: &reads},
		file{name: "logo.png", path: "site/logo.png", data: []byte("PNG"), reads: &reads},
		minutes("2025-01-08"), minutes("2025-01-22"), minutes("2025-02-05"),
		file{name: "2025-02-19.md", path: "site/meetings/2025-02-19.md", err: errors.New("gone"), reads: &reads},
		file{name: "huge.md", path: "site/meetings/huge.md", data: make([]byte, editor.MaxOpenSize+1), reads: &reads},
	)
	if f.page.ByID("profile-review").Bool("hidden") {
		t.Fatalf("no review; problem %q", f.text("profile-problem"))
	}
	if reads != 4 {
		t.Errorf("%d files read, want the 4 minutes files", reads)
	}
	for id, want := range map[string]string{"profile-repository": "example-org/site", "profile-folder": "meetings"} {
		if got := f.page.ByID(id).Value(); got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	facts := f.facts()
	if facts["Website"] != "https://example-org.github.io/site" || facts["Read"] != "on the group's Jekyll site" {
		t.Errorf("facts %q", facts)
	}
	notes := f.text("profile-notes")
	if !strings.Contains(notes, "skipped meetings/2025-02-19.md: could not be read: gone") || !strings.Contains(notes, "skipped meetings/huge.md: over") ||
		strings.Contains(notes, "site.repository") {
		t.Errorf("notes %q", notes)
	}
}

// TestLearnInSlices learns from the CPANSec corpus (177 files) with a
// clock that moves 15 ms per look: the dialog gives the main thread back
// every few files, says how far it is, and learns the profile learning
// all the files in one call gives.
func TestLearnInSlices(t *testing.T) {
	var files []File
	var all []learn.File
	for _, n := range corpustest.Files(t, "*.md") {
		data := corpustest.Read(t, n)
		files = append(files, file{name: filepath.Base(n), path: "corpus/" + filepath.Base(n), data: data})
		all = append(all, learn.File{Path: filepath.Base(n), Src: data})
	}
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f := newFixture(t, func() time.Time { clock = clock.Add(15 * time.Millisecond); return clock })
	f.host.queue = true
	f.page.Click(f.page.ByID("act-profile"))
	f.choose("profile-learn-folder", files...)
	if got := f.text("profile-problem"); got != "Learning from 177 files…" {
		t.Errorf("while learning: %q", got)
	}
	f.host.queue = false
	for _, fn := range f.host.queued {
		if err := fn(); err != nil {
			t.Fatal(err)
		}
	}
	// 15 ms a look, one look per file after the slice's start: a
	// yield every third file.
	if f.host.yields < len(files)/3-1 || f.host.yields > len(files)/2 {
		t.Errorf("%d yields for %d files", f.host.yields, len(files))
	}
	want, err := editor.LearnCandidate(all)
	if err != nil {
		t.Fatal(err)
	}
	if f.d.cand == nil || string(f.d.cand.YAML()) != string(want.YAML()) {
		t.Fatalf("learned in slices (problem %q):\n%s\nwant\n%s", f.text("profile-problem"), f.d.cand.YAML(), want.YAML())
	}
}

// TestLaterChoiceWins: a profile file chosen while files are still being
// learned from is the one shown, though the learning ends after.
func TestLaterChoiceWins(t *testing.T) {
	f := newFixture(t, nil)
	f.host.queue = true
	f.page.Click(f.page.ByID("act-profile"))
	f.choose("profile-learn-files", groupFiles(t, "nodejs+TSC")...)
	f.choose("profile-file", file{name: "ours.minutes.yaml", data: []byte("name: ours\ngroup: Ours\nsite:\n  repository: our/minutes\n  file_name: YYYY-MM-DD.md\n")})
	// The file is read first, the folder's learning ends after.
	for i := len(f.host.queued) - 1; i >= 0; i-- {
		if err := f.host.queued[i](); err != nil {
			t.Fatal(err)
		}
	}
	if got := f.text("profile-review-title"); got != "Found: ours.minutes.yaml" || f.page.ByID("profile-group").Value() != "Ours" {
		t.Errorf("shown %q, group %q, problem %q", got, f.page.ByID("profile-group").Value(), f.text("profile-problem"))
	}
}

// TestBadProfileFile: its name:line: message, no review, nothing stored.
func TestBadProfileFile(t *testing.T) {
	f := newFixture(t, nil)
	f.page.Click(f.page.ByID("act-profile"))
	bad, err := os.ReadFile(filepath.Join("..", "e2e", "testdata", "profile-bad.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f.choose("profile-file", file{name: "profile-bad.yaml", data: bad})
	if got := f.text("profile-problem"); !strings.HasPrefix(got, `profile-bad.yaml:6: invalid profile: unknown key "file_nmae" in site`) || !strings.Contains(got, "unchanged") {
		t.Errorf("problem %q", got)
	}
	if !f.page.ByID("profile-review").Bool("hidden") {
		t.Error("a profile that does not load is offered")
	}
	f.page.Click(f.page.ByID("profile-apply"))
	if _, ok, _ := f.store.Get(editor.ProfileKey); ok || len(f.host.replaced) > 0 {
		t.Error("a profile that does not load was applied")
	}
}

// TestApply: a repository typed wrong is said and applies nothing; typed
// right, the profile is stored once the current draft is and the page
// reloads; Download gives the file; the built-in profile forgets it; a
// browser that keeps nothing applies nothing.
func TestApply(t *testing.T) {
	f := newFixture(t, nil)
	f.page.Click(f.page.ByID("act-profile"))
	f.choose("profile-learn-files", groupFiles(t, "nodejs+TSC")...)
	f.page.Type(f.page.ByID("profile-repository"), "nodejs TSC")
	f.page.Click(f.page.ByID("profile-apply"))
	if got := f.text("profile-problem"); !strings.HasPrefix(got, ".minutes.yaml:") || !strings.Contains(got, `site.repository "nodejs TSC"`) || len(f.host.replaced) > 0 {
		t.Errorf("wrong repository: %q, replaced %q", got, f.host.replaced)
	}
	f.page.Type(f.page.ByID("profile-group"), "Node.js TSC")
	f.page.Type(f.page.ByID("profile-repository"), "nodejs/TSC")
	f.page.Click(f.page.ByID("profile-download"))
	yaml := f.host.downloads["node-js-technical-steering-committee-tsc.minutes.yaml"]
	if !strings.Contains(yaml, "repository: nodejs/TSC\n") || !strings.Contains(yaml, "group: Node.js TSC\n") {
		t.Errorf("downloads %q", f.host.downloads)
	}
	f.page.Click(f.page.ByID("profile-apply"))
	stored, ok, _ := f.store.Get(editor.ProfileKey)
	if !ok || stored != yaml || f.host.reloads != 1 || strings.Join(f.host.replaced, ",") != "Use the profile" || f.page.ByID("profile-dialog").Bool("open") {
		t.Errorf("applied: stored %v, reloads %d, replaced %q", ok, f.host.reloads, f.host.replaced)
	}
	if p, _ := Chosen(f.store); p.Group != "Node.js TSC" {
		t.Errorf("chosen %q", p.Group)
	}

	f.page.Click(f.page.ByID("act-profile"))
	f.page.Click(f.page.ByID("profile-builtin"))
	if got := f.text("profile-review-title"); got != "Found: the built-in CPANSec profile" {
		t.Errorf("built-in shown as %q", got)
	}
	f.host.volatile = true
	f.page.Click(f.page.ByID("profile-apply"))
	if !strings.Contains(f.text("profile-problem"), "does not let the page keep data") || f.host.reloads != 1 {
		t.Errorf("volatile: %q, reloads %d", f.text("profile-problem"), f.host.reloads)
	}
	f.host.volatile = false
	f.page.Click(f.page.ByID("profile-apply"))
	if _, ok, _ := f.store.Get(editor.ProfileKey); ok || f.host.reloads != 2 {
		t.Errorf("the built-in profile: stored %v, reloads %d", ok, f.host.reloads)
	}
}

// TestChosenAndOtherTab: a stored profile that cannot be read is kept and
// said, the built-in one used; another tab's choice offers a reload.
func TestChosenAndOtherTab(t *testing.T) {
	store := editor.NewMemStore()
	if err := store.Set(editor.ProfileKey, "name: [broken\n"); err != nil {
		t.Fatal(err)
	}
	p, warning := Chosen(store)
	if p.Name != profile.DefaultName || warning == nil || !strings.Contains(warning.Text, "could not be read") {
		t.Errorf("Chosen = %s, %v", p.Name, warning)
	}
	if v, ok, _ := store.Get(editor.ProfileKey); !ok || v != "name: [broken\n" {
		t.Error("the stored profile was dropped")
	}
	f := newFixture(t, nil)
	f.d.StorageChanged("minutes:draft:x")
	f.d.StorageChanged(editor.ProfileKey)
	if len(f.host.shown) != 1 || len(f.host.shown[0].Actions) != 1 {
		t.Fatalf("shown %v", f.host.shown)
	}
	if err := f.host.shown[0].Actions[0].Do(); err != nil || f.host.reloads != 1 || f.host.replaced[0] != "Reload" {
		t.Errorf("Reload now: %v, reloads %d, %q", err, f.host.reloads, f.host.replaced)
	}
}
