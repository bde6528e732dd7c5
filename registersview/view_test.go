package registersview

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// shell is the page's Registers dialog (index.html), with a text box.
const shell = `<button id="act-registers" disabled>Registers…</button>
<dialog id="registers-dialog">
  <p id="registers-problem" hidden></p>
  <p id="registers-status"></p>
  <p id="registers-kept" hidden><span id="registers-kept-text"></span> <button id="registers-clear">Forget</button></p>
  <div id="registers-body" hidden>
    <input type="search" id="registers-find">
    <select id="registers-state"><option value="open" selected>Open items</option><option value="">All items</option></select>
    <select id="registers-owner"><option value="">Any owner</option></select>
    <div id="registers-items"></div><div id="registers-decisions"></div><div id="registers-people"></div>
  </div>
  <button id="registers-close">Close</button>
</dialog>`

// testHost records what the view asks of the page.
type testHost struct {
	yields int
	opened []string
	at     []editor.Cursor
	later  []func() error // Go's functions, run by the test
}

func (h *testHost) Open(src, what string, at editor.Cursor) error {
	h.opened, h.at = append(h.opened, what), append(h.at, at)
	return nil
}
func (h *testHost) Yield()             { h.yields++ }
func (h *testHost) Go(fn func() error) { h.later = append(h.later, fn) }

// runLater runs what the view handed to Go.
func (h *testHost) runLater(t *testing.T) {
	t.Helper()
	for len(h.later) > 0 {
		fn := h.later[0]
		h.later = h.later[1:]
		if err := fn(); err != nil {
			t.Fatal(err)
		}
	}
}

var built = time.Date(2026, 12, 4, 19, 46, 0, 0, time.UTC)

func newView(t *testing.T, store editor.Store, slice time.Duration) (*View, *uitest.Page, *testHost, *editor.Model) {
	t.Helper()
	page, host := uitest.New(shell), &testHost{}
	model := &editor.Model{Profile: profile.Default(), Now: func() time.Time { return built }}
	v, err := New(Config{Page: page, Host: host, Model: model, Store: store, Now: func() time.Time { return built }, Slice: slice})
	if err != nil || v == nil {
		t.Fatalf("New: %v %v", v, err)
	}
	if page.ByID("act-registers").Bool("disabled") {
		t.Error("the Registers button stays disabled")
	}
	page.ByID("registers-state").SetValue("open")
	return v, page, host, model
}

// folder is core/registers' synthetic folder (every case of following
// items), shared with its tests.
func folder(t *testing.T) []registers.File {
	t.Helper()
	files, err := registers.ReadFS(os.DirFS("../core/registers/testdata/folder"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it); got:\n%s", path, got)
	}
}

// TestViewGolden compares the view of the synthetic folder (items by age,
// longest first) with its golden file.
func TestViewGolden(t *testing.T) {
	r, err := registers.Build(folder(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	items := r.Items(2)
	o := registers.Order{}.Toggle(registers.ByDays)
	html := SummaryText(r) + "\n" + ItemsHTML(registers.Select(items, registers.Filter{}, o), o, len(items)) + "\n" +
		OwnerOptionsHTML(registers.Owners(items), "@tux") + "\n" + AttendanceHTML(r) + "\n" + DecisionsHTML(r) + "\n"
	golden(t, "testdata/folder.golden.html", []byte(strings.ReplaceAll(html, "<tr", "\n<tr")))
}

// shown is what the view shows of the registers.
func shown(page *uitest.Page) string {
	var b strings.Builder
	for _, id := range []string{"registers-status", "registers-items", "registers-owner", "registers-decisions", "registers-people"} {
		b.WriteString(page.ByID(id).HTML() + "\n")
	}
	return b.String()
}

// oneShot is what the view shows of the registers built by one call of
// registers.Build.
func oneShot(t *testing.T, files []registers.File) string {
	t.Helper()
	r, err := registers.Build(files, nil)
	if err != nil {
		t.Fatal(err)
	}
	items := r.Items(profile.Default().Meeting.Stale())
	o := registers.Order{By: registers.ByMeetings, Desc: true}
	var b strings.Builder
	for _, h := range []string{SummaryText(r), ItemsHTML(registers.Select(items, registers.Filter{State: registers.OpenOnly}, o), o, len(items)),
		OwnerOptionsHTML(registers.Owners(items), ""), DecisionsHTML(r), AttendanceHTML(r)} {
		// As the page writes it again (uitest orders attributes).
		n := uitest.New(`<div id="x"></div>`).ByID("x")
		n.SetHTML(h)
		b.WriteString(n.HTML() + "\n")
	}
	return b.String()
}

// TestBuildInSlices builds with a slice so short that the view yields
// after every step: it shows what one Build makes, having given the main
// thread back at least once per meeting.
func TestBuildInSlices(t *testing.T) {
	files := folder(t)
	v, page, host, model := newView(t, nil, time.Nanosecond)
	if err := v.Build(files); err != nil {
		t.Fatal(err)
	}
	if got, want := shown(page), oneShot(t, files); got != want {
		t.Errorf("built in slices:\n%s\none Build:\n%s", got, want)
	}
	if _, total := registers.NewBuilder(files, nil).Meetings(); host.yields < total {
		t.Errorf("%d yields for %d meetings", host.yields, total)
	}
	if page.ByID("registers-body").Bool("hidden") || model.Carried == nil {
		t.Error("the registers are not shown, or not given to the next agenda")
	}
	if n := model.Carried("@stigtsp - Write the PAUSE proposal"); n != 4 {
		t.Errorf("carried %d meetings", n)
	}
}

// TestClickOpens clicks an item's text, its button, a link in an item and
// a header.
func TestClickOpens(t *testing.T) {
	files := append(folder(t), registers.File{Name: "cpansec-minutes-2025-03-05.md", Src: []byte("# CPANSec meeting 2025-03-05\n\n## Minutes\n\n" +
		"- [ ] @tux - see [the report](https://example.org/r) and `Module::Signature` <b>now</b>\n- [ ] @leont - check [this](javascript:alert(1))\n")})
	v, page, host, _ := newView(t, nil, 0)
	if err := v.Build(files); err != nil {
		t.Fatal(err)
	}
	cell := page.Query(`td.reg-item[data-file="cpansec-minutes-2025-03-05.md"]`)
	if cell == nil {
		t.Fatalf("no item of the new file:\n%s", page.ByID("registers-items").HTML())
	}
	if got := cell.HTML(); got != `<span class="reg-text">@tux - see <a href="https://example.org/r" rel="noopener noreferrer" target="_blank">the report</a> and <code class="language-plaintext highlighter-rouge">Module::Signature</code> &lt;b&gt;now&lt;/b&gt;</span>` {
		t.Errorf("the item's text: %s", got)
	}
	if bad := page.QueryAll(`#registers-items a[href^="javascript"], #registers-items b, #registers-items script`); len(bad) > 0 {
		t.Errorf("unsafe markup: %s", page.ByID("registers-items").HTML())
	}
	page.Click(cell.QueryAll("a")[0])
	if len(host.opened) != 0 {
		t.Errorf("a click on a link opened %q", host.opened)
	}
	page.Selecting = true
	page.Click(cell)
	page.Selecting = false
	if len(host.opened) != 0 {
		t.Errorf("the end of a selection opened %q", host.opened)
	}
	page.ByID("registers-dialog").ShowModal()
	page.Click(cell.QueryAll("code")[0])
	if len(host.opened) != 1 || host.opened[0] != "“cpansec-minutes-2025-03-05.md” at line 5" || host.at[0].Field == "" {
		t.Errorf("a click on the item's text: %q %+v", host.opened, host.at)
	}
	if page.ByID("registers-dialog").Bool("open") {
		t.Error("the dialog stays open")
	}
	page.Click(page.Query(`#registers-decisions button.reg-open`))
	if len(host.opened) != 2 || !strings.HasPrefix(host.opened[1], "“cpansec-minutes-") {
		t.Errorf("a click on a decision: %q", host.opened)
	}
	page.Click(page.Query(`#registers-items button[data-sort="text"]`))
	if h := page.Query(`#registers-items th[aria-sort]`); h == nil || h.Text() != "Item" || !page.Active().Equal(h.QueryAll("button")[0]) {
		t.Errorf("sorted by: %v, focus on %v", h, page.Active())
	}
}

// failingStore refuses to store.
type failingStore struct{ editor.Store }

func (failingStore) Set(string, string) error { return errors.New("QuotaExceededError") }

// TestKept builds the registers, then opens the dialog on a new page (a
// reload) over the same storage: they are shown again, with the line
// saying where they come from, and Forget removes them.
func TestKept(t *testing.T) {
	store := editor.NewMemStore()
	files := folder(t)
	v, page, _, _ := newView(t, store, 0)
	if err := v.Build(files); err != nil {
		t.Fatal(err)
	}
	want := shown(page)
	line := "Built from 7 files on 2026-12-04 19:46 UTC; kept in this browser."
	if got := page.ByID("registers-kept-text").Text(); got != line || page.ByID("registers-kept").Bool("hidden") {
		t.Errorf("kept line %q", got)
	}
	raw, _, _ := store.Get(StoreKey)
	if k, kept, err := decodeKept(raw); err != nil || k.Files != 7 || len(kept) != 4 {
		t.Errorf("kept %d files of %+v: %v", len(kept), k, err)
	}

	v2, page2, host2, model2 := newView(t, store, 0)
	page2.Click(page2.ByID("act-registers"))
	if !page2.ByID("registers-dialog").Bool("open") {
		t.Fatal("the dialog does not open")
	}
	host2.runLater(t)
	if got := shown(page2); got != want {
		t.Errorf("after a reload:\n%s\nbefore:\n%s", got, want)
	}
	if got := page2.ByID("registers-kept-text").Text(); got != line {
		t.Errorf("kept line after a reload %q", got)
	}
	page2.Click(page2.Query(`#registers-items button.reg-open`))
	if len(host2.opened) != 1 {
		t.Error("an item kept does not open")
	}
	page2.Click(page2.ByID("registers-clear"))
	if _, ok, _ := store.Get(StoreKey); ok || !page2.ByID("registers-body").Bool("hidden") || !page2.ByID("registers-kept").Bool("hidden") || model2.Carried != nil {
		t.Error("Forget leaves the registers")
	}
	_ = v2
}

// TestKeptErrors: storage that refuses gets a message and the registers
// stay shown, the ones kept before stay kept; a kept value that cannot be
// read gets a message and can be forgotten.
func TestKeptErrors(t *testing.T) {
	mem := editor.NewMemStore()
	_ = mem.Set(StoreKey, "before")
	v, page, _, _ := newView(t, failingStore{mem}, 0)
	if err := v.Build(folder(t)); err != nil {
		t.Fatal(err)
	}
	if p := page.ByID("registers-problem"); p.Bool("hidden") || !strings.Contains(p.Text(), "could not be kept in this browser (QuotaExceededError)") {
		t.Errorf("problem %q", p.Text())
	}
	if page.ByID("registers-body").Bool("hidden") {
		t.Error("the registers are not shown")
	}
	if raw, _, _ := mem.Get(StoreKey); raw != "before" {
		t.Errorf("kept before: %q", raw)
	}

	_, page2, host2, _ := newView(t, mem, 0)
	page2.Click(page2.ByID("act-registers"))
	host2.runLater(t)
	if p := page2.ByID("registers-problem"); !strings.Contains(p.Text(), "cannot be read") || page2.ByID("registers-kept").Bool("hidden") {
		t.Errorf("a damaged value: %q", p.Text())
	}
	page2.Click(page2.ByID("registers-clear"))
	if _, ok, _ := mem.Get(StoreKey); ok {
		t.Error("Forget leaves the damaged value")
	}
	for _, s := range []string{header, header + "1 2\n5 a.md\nabc", header + "x y\n"} {
		if _, _, err := decodeKept(s); err == nil && s != header {
			t.Errorf("%q decodes", s)
		}
	}
}

// picked is a file or folder given in a test.
type picked struct {
	name    string
	src     []byte
	entries []Picked
	folder  bool
	err     error
}

func (p picked) Name() string               { return p.name }
func (p picked) Folder() bool               { return p.folder }
func (p picked) Size() int64                { return int64(len(p.src)) }
func (p picked) Read() ([]byte, error)      { return p.src, p.err }
func (p picked) Entries() ([]Picked, error) { return p.entries, p.err }

// TestRead reads a folder dropped, with a folder in it, a file too large
// and one that cannot be read.
func TestRead(t *testing.T) {
	var year []Picked
	for _, f := range folder(t) {
		year = append(year, picked{name: "meetings/2025/" + f.Name, src: f.Src})
	}
	big := picked{name: "meetings/cpansec-minutes-2025-04-02.md", src: bytes.Repeat([]byte("x"), editor.MaxOpenSize+1)}
	drop := []Picked{picked{name: "meetings", folder: true, entries: []Picked{picked{name: "meetings/2025", folder: true, entries: year}, big}}}
	v, page, _, _ := newView(t, nil, 0)
	if err := v.Read(drop); err != nil {
		t.Fatal(err)
	}
	if got := page.ByID("registers-status").Text(); got != "From 4 meetings, 2025-01-08 to 2025-02-19." {
		t.Errorf("status %q; problem %q", got, page.ByID("registers-problem").Text())
	}
	before := shown(page)
	broken := []Picked{picked{name: "meetings", folder: true, entries: []Picked{picked{name: "meetings/x.md", err: errors.New("NotReadableError")}}}}
	if err := v.Read(broken); err != nil {
		t.Fatal(err)
	}
	if got := page.ByID("registers-problem").Text(); got != "meetings could not be read: NotReadableError" || shown(page) != before {
		t.Errorf("problem %q", got)
	}
	if err := v.Read([]Picked{picked{name: "notes.txt", src: []byte("x")}}); err != nil {
		t.Fatal(err)
	}
	if got := page.ByID("registers-problem").Text(); !strings.HasPrefix(got, "None of these files is named like the group's minutes") {
		t.Errorf("problem %q", got)
	}
}

var _ ui.Document = (*uitest.Page)(nil)

// TestReadYields: reading files gives the main thread back too (a read
// can settle without leaving the task), here after every file.
func TestReadYields(t *testing.T) {
	var given []Picked
	for _, f := range folder(t) {
		given = append(given, picked{name: f.Name, src: f.Src})
	}
	v, _, host, _ := newView(t, nil, time.Nanosecond)
	built := &testHost{}
	if err := v.Read(given); err != nil {
		t.Fatal(err)
	}
	v2, _, _, _ := newView(t, nil, time.Nanosecond)
	v2.cfg.Host = built
	if err := v2.Build(folder(t)); err != nil {
		t.Fatal(err)
	}
	if host.yields < built.yields+len(given) {
		t.Errorf("%d yields reading and building, %d building only, %d files", host.yields, built.yields, len(given))
	}
}
