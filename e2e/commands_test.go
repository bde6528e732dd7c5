package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
)

// grantClipboard lets the page read and write the clipboard.
func grantClipboard(t *testing.T, ctx context.Context, origin string) {
	t.Helper()
	for _, perm := range []string{"clipboard-read", "clipboard-write"} {
		run(t, ctx, browser.SetPermission(&browser.PermissionDescriptor{Name: perm}, browser.PermissionSettingGranted).WithOrigin(origin))
	}
}

// nextAgenda is the agenda core makes from the file's minutes.
func nextAgenda(t *testing.T, src []byte) string {
	t.Helper()
	d, err := core.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := agenda.Next(d, agenda.WithProfile(profile.Default()))
	if err != nil {
		t.Fatal(err)
	}
	return string(res.Bytes())
}

func TestNewFromTemplate(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	first := "# Minutes 2025-06-04\n\n- [ ] kept\n"
	typeMarkdown(t, ctx, first)
	waitStored(t, ctx, first)
	run(t, ctx, chromedp.Click(`#act-new`, chromedp.ByQuery), chromedp.WaitVisible(`#new-dialog`, chromedp.ByQuery))
	var defaults []string
	eval(t, ctx, `["new-template", "new-date", "new-time"].map(id => document.getElementById(id).value)`, &defaults)
	// The next meeting on the cadence after the newest draft's date
	// (2025-06-04), moved on to today when that is past.
	wantDate := nextMeetingAfter(when.Date(2025, time.June, 4), 14, time.Now().UTC())
	if len(defaults) != 3 || defaults[0] != templates.Default() || defaults[1] != wantDate || defaults[2] != "16:00" {
		t.Errorf("dialog defaults %q, want [%s %s 16:00]", defaults, templates.Default(), wantDate)
	}
	var marked []string
	eval(t, ctx, `[...document.querySelectorAll("#new-template option")].map(o => o.textContent)`, &marked)
	if len(marked) != len(templates.List()) || !contains(marked, templates.Default()+" (default)") {
		t.Errorf("templates %q", marked)
	}
	run(t, ctx,
		chromedp.SetValue(`#new-template`, "2024-timed", chromedp.ByQuery),
		chromedp.SetValue(`#new-date`, "2025-07-02", chromedp.ByQuery),
		chromedp.SetValue(`#new-time`, "17:30", chromedp.ByQuery),
		chromedp.Click(`#new-create`, chromedp.ByQuery))
	waitMessage(t, ctx, "Opened the new minutes from the “2024-timed” template as a new draft")
	want, err := templates.New("2024-timed", when.At(2025, time.July, 2, 17, 30), profile.Default())
	if err != nil {
		t.Fatal(err)
	}
	if got := markdown(t, ctx); got != string(want) {
		t.Fatalf("new draft\n%s\nwant\n%s", got, want)
	}
	waitStored(t, ctx, string(want))
	if drafts := storedDrafts(t, ctx); len(drafts) != 2 || !contains(drafts, first) {
		t.Errorf("stored drafts %q, want the previous one kept", drafts)
	}
	var open bool
	eval(t, ctx, `document.getElementById("new-dialog").open`, &open)
	if open {
		t.Error("the dialog is still open")
	}
}

// nextMeetingAfter is the date a cadence after d, moved on by whole
// cadences to today when it is past.
func nextMeetingAfter(d when.When, cadence int, now time.Time) string {
	today := when.FromTime(now).DateOnly()
	next := d.AddDays(cadence)
	for next.Compare(today) < 0 {
		next = next.AddDays(cadence)
	}
	return next.DateString()
}

func TestNextAgendaFromCurrent(t *testing.T) {
	file := corpusFile(t, "cpansec-minutes-2025-03-26@fa670fc.md")
	ctx, src := openInNewTab(t, file)
	run(t, ctx, chromedp.Click(`#act-next`, chromedp.ByQuery))
	waitMessage(t, ctx, "Opened the next agenda as a new draft")
	want := nextAgenda(t, src)
	if got := markdown(t, ctx); got != want {
		t.Fatalf("next agenda differs from core's at %d", firstDiff([]byte(got), []byte(want)))
	}
	waitStored(t, ctx, want)
	if drafts := storedDrafts(t, ctx); len(drafts) != 2 || !contains(drafts, string(src)) {
		t.Errorf("%d stored drafts, want the minutes kept", len(drafts))
	}
	// The same from the New dialog, for other minutes.
	other := corpusFile(t, "cpansec-minutes-2024-11-15@ff5825f.md")
	otherSrc, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	openFile(t, ctx, other)
	run(t, ctx, chromedp.Click(`#act-new`, chromedp.ByQuery), chromedp.WaitVisible(`#new-next-current`, chromedp.ByQuery),
		chromedp.Click(`#new-next-current`, chromedp.ByQuery))
	poll(t, ctx, "the next agenda", fmt.Sprintf(`document.getElementById("markdown").value === %s`, jsString(nextAgenda(t, otherSrc))))
}

func TestNextAgendaFromFile(t *testing.T) {
	file := corpusFile(t, "cpansec-minutes-2026-02-19@e006b80.md")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	current := "# The current draft\n"
	typeMarkdown(t, ctx, current)
	waitStored(t, ctx, current)
	run(t, ctx, chromedp.Click(`#act-new`, chromedp.ByQuery), chromedp.WaitVisible(`#new-dialog`, chromedp.ByQuery))
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx, chromedp.SetUploadFiles(`#new-next-file`, []string{abs}, chromedp.ByQuery))
	waitMessage(t, ctx, "Opened the next agenda made from “"+filepath.Base(file)+"”")
	want := nextAgenda(t, src)
	if got := markdown(t, ctx); got != want {
		t.Fatalf("next agenda differs from core's at %d", firstDiff([]byte(got), []byte(want)))
	}
	// The 2026 compact format: the last meeting's notes go, attendance and
	// minutes start from the template's shape, with no empty items.
	if strings.Contains(want, "CVE workflow") || !strings.Contains(want, "## Attending\n\n- …\n\n- Regrets …\n") ||
		!strings.Contains(want, "## Minutes\n\n- …\n  - …\n") || strings.Contains(want, "\n- \n") {
		t.Errorf("the next agenda of 2026 minutes:\n%s", want)
	}
	waitStored(t, ctx, want)
	if drafts := storedDrafts(t, ctx); len(drafts) != 2 || !contains(drafts, current) {
		t.Errorf("stored drafts %d, want the current one kept", len(drafts))
	}

	// A file that is not minutes: a message, and nothing changes.
	bad := filepath.Join(t.TempDir(), "notes.md")
	if err := os.WriteFile(bad, []byte("caf\xe9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, ctx, chromedp.Click(`#act-new`, chromedp.ByQuery), chromedp.WaitVisible(`#new-dialog`, chromedp.ByQuery),
		chromedp.SetUploadFiles(`#new-next-file`, []string{bad}, chromedp.ByQuery))
	waitMessage(t, ctx, "notes.md:1: is not UTF-8 text")
	if got := markdown(t, ctx); got != want {
		t.Error("a bad file changed the draft")
	}
}

func TestPullRequest(t *testing.T) {
	file := corpusFile(t, "cpansec-minutes-2024-11-15@ff5825f.md")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	grantClipboard(t, ctx, srv.URL)
	openFile(t, ctx, file)
	// The page opens GitHub in a new tab; the test keeps the address.
	eval(t, ctx, `(() => { window.__opened = []; window.open = (url, target, features) => { window.__opened.push([url, target, features]); return null }; return true })()`, new(bool))
	run(t, ctx, chromedp.Click(`#act-pr`, chromedp.ByQuery), chromedp.WaitVisible(`#publish-dialog`, chromedp.ByQuery))
	var shown []string
	eval(t, ctx, `["publish-name", "publish-line"].map(id => document.getElementById(id).textContent).concat([String(document.getElementById("publish-long").hidden)])`, &shown)
	if len(shown) != 3 || shown[0] != "cpansec-minutes-2024-11-15.md" || shown[2] != "true" {
		t.Errorf("the dialog shows %q", shown)
	}
	run(t, ctx, chromedp.Click(`#publish-open`, chromedp.ByQuery), chromedp.Click(`#publish-copy-line`, chromedp.ByQuery))
	waitMessage(t, ctx, "The line for meetings/README.md is on the clipboard")
	var opened [][]string
	eval(t, ctx, `window.__opened`, &opened)
	p := profile.Default()
	date := when.Date(2024, time.November, 15)
	link, complete := publish.NewFileURL(p, date, src)
	if !complete {
		t.Fatal("the link should hold these minutes")
	}
	if len(opened) != 1 || opened[0][0] != link || opened[0][1] != "_blank" {
		t.Fatalf("opened %q, want %s", opened, link)
	}
	var clip string
	eval(t, ctx, `navigator.clipboard.readText()`, &clip)
	if want := publish.IndexLine(p, date); clip != want {
		t.Errorf("clipboard %q, want %q", clip, want)
	}
}

// TestNewThenPeople: New → Create (the default, 2026 compact template),
// then attendees and regrets added as chips: the minutes name them in the
// group's own shape, in place of the template's placeholders, and the
// placeholders were never shown as people.
func TestNewThenPeople(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	run(t, ctx, chromedp.Click(`#act-new`, chromedp.ByQuery), chromedp.WaitVisible(`#new-dialog`, chromedp.ByQuery),
		chromedp.Click(`#new-create`, chromedp.ByQuery))
	waitMessage(t, ctx, "Opened the new minutes")
	var chips []string
	eval(t, ctx, `[...document.querySelectorAll("#people .chip")].map(c => c.textContent)`, &chips)
	for _, c := range chips {
		if strings.Contains(c, "…") || strings.Contains(c, "Regrets") {
			t.Errorf("a placeholder shown as a person: %q", c)
		}
	}
	run(t, ctx, chromedp.Click(`#people .chip-in[aria-label="Add to Attendees"]`, chromedp.ByQuery))
	formKeys(t, ctx, "sjn, stigtsp, robrwo"+kb.Enter)
	run(t, ctx, chromedp.Click(`#people .chip-in[aria-label="Add to Regrets"]`, chromedp.ByQuery))
	formKeys(t, ctx, "@leont"+kb.Enter)
	want := "## Attending\n\n- @sjn, @stigtsp, @robrwo\n\n- Regrets @leont\n"
	poll(t, ctx, "the people in the group's shape", fmt.Sprintf(`document.getElementById("markdown").value.includes(%q)`, want))
}

// TestRegistersDialog chooses several real minutes files in the Registers
// dialog: it shows their registers — attendance and items carried across
// meetings — as 'minutes registers' builds them.
func TestRegistersDialog(t *testing.T) {
	var files []string
	for _, name := range []string{"cpansec-minutes-2025-05-07@a5000c2.md", "cpansec-minutes-2025-05-21@1ceb6d6.md", "cpansec-minutes-2026-02-19@e006b80.md"} {
		files = append(files, corpusFile(t, name))
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	run(t, ctx, chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery),
		chromedp.SetUploadFiles(`#registers-files`, files, chromedp.ByQuery))
	poll(t, ctx, "the registers", `document.querySelector("#registers-people table") && document.getElementById("registers-status").textContent.includes("From 3 meetings")`)
	var text string
	eval(t, ctx, `document.getElementById("registers-body").textContent`, &text)
	for _, want := range []string{"@sjn", "2025-05-21", "Attendance"} {
		if !strings.Contains(text, want) {
			t.Errorf("the registers lack %q", want)
		}
	}
	var tables int
	eval(t, ctx, `document.querySelectorAll("#registers-body table").length`, &tables)
	if tables != 2 {
		t.Errorf("%d tables in the registers, want the items and the attendance", tables)
	}
}
