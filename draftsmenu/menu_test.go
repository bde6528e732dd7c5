package draftsmenu

import (
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui/uitest"
)

const shell = `<details id="drafts-menu"><summary>Drafts</summary><ul id="drafts-list"></ul></details>
<dialog id="rename-dialog"><input type="text" id="rename-input"><button id="rename-ok"></button><button id="rename-cancel"></button></dialog>`

type testHost struct {
	drafts  []*editor.Draft
	current string
	did     []string
}

func (h *testHost) Drafts() []*editor.Draft { return h.drafts }
func (h *testHost) Current() string         { return h.current }
func (h *testHost) Switch(id string) error  { h.did = append(h.did, "switch "+id); return nil }
func (h *testHost) Delete(id string) error  { h.did = append(h.did, "delete "+id); return nil }
func (h *testHost) Rename(id, name string) error {
	h.did = append(h.did, "rename "+id+" "+name)
	return nil
}

func newMenu(t *testing.T) (*Menu, *uitest.Page, *testHost) {
	t.Helper()
	now := time.Date(2025, 6, 5, 12, 0, 0, 0, time.UTC)
	store := editor.NewDraftStore(editor.NewMemStore(), func() time.Time { return now })
	a, b := store.NewDraft("# Minutes 2025-06-04\n"), store.NewDraft("# Minutes 2025-05-21\n")
	a.Name = "June"
	page, host := uitest.New(shell), &testHost{drafts: []*editor.Draft{a, b}, current: a.ID}
	m, err := New(Config{Page: page, Host: host, Now: func() time.Time { return now }})
	if err != nil || m == nil {
		t.Fatalf("New: %v, %v", m, err)
	}
	return m, page, host
}

func TestMenuListsOnlyWhenOpen(t *testing.T) {
	m, page, host := newMenu(t)
	m.Render()
	if len(page.QueryAll("#drafts-list li")) != 0 {
		t.Fatal("the list is built while the menu is closed")
	}
	page.ByID("drafts-menu").SetBool("open", true)
	page.Dispatch(page.ByID("drafts-menu"), &uitest.Event{Type: "toggle"})
	items := page.QueryAll("#drafts-list li")
	if len(items) != 2 {
		t.Fatalf("%d drafts listed", len(items))
	}
	if cur := page.QueryAll(`#drafts-list [aria-current="true"]`); len(cur) != 1 || !strings.Contains(cur[0].Text(), "open here") {
		t.Error("the current draft is not marked")
	}
	if b := page.Query(`#drafts-list .draft-delete[data-id="` + host.drafts[1].ID + `"]`); b == nil || !strings.HasPrefix(b.Attr("aria-label"), "Delete “") {
		t.Error("no labelled Delete button")
	}
	page.Click(page.Query(`#drafts-list .draft-open[data-id="` + host.drafts[0].ID + `"]`))
	if len(host.did) != 0 || page.ByID("drafts-menu").Bool("open") {
		t.Errorf("opening the current draft did %q", host.did)
	}
	page.ByID("drafts-menu").SetBool("open", true)
	m.Render()
	page.Click(page.Query(`#drafts-list .draft-open[data-id="` + host.drafts[1].ID + `"] .draft-meeting`))
	page.ByID("drafts-menu").SetBool("open", true)
	m.Render()
	page.Click(page.Query(`#drafts-list .draft-delete[data-id="` + host.drafts[1].ID + `"]`))
	want := "switch " + host.drafts[1].ID + "|delete " + host.drafts[1].ID
	if strings.Join(host.did, "|") != want {
		t.Errorf("did %q, want %q", host.did, want)
	}
	page.Press(page.ByID("drafts-menu"), "Escape")
	if page.ByID("drafts-menu").Bool("open") || page.Active().Attr("id") != "" || page.Active().(*uitest.Node).Tag() != "summary" {
		t.Error("Escape does not close the menu onto its summary")
	}
}

func TestRename(t *testing.T) {
	m, page, host := newMenu(t)
	page.ByID("drafts-menu").SetBool("open", true)
	m.Render()
	page.Click(page.Query(`#drafts-list .draft-rename[data-id="` + host.drafts[0].ID + `"]`))
	in := page.ByID("rename-input")
	if !page.ByID("rename-dialog").Bool("open") || in.Value() != "June" {
		t.Fatalf("rename dialog open %v with %q", page.ByID("rename-dialog").Bool("open"), in.Value())
	}
	if s, e, _ := in.Selection(); s != 0 || e != 4 || !page.Active().Equal(in) {
		t.Error("the name is not selected for typing over")
	}
	page.Type(in, "  July meeting ")
	page.Press(in, "Enter")
	if strings.Join(host.did, "|") != "rename "+host.drafts[0].ID+" July meeting" || page.ByID("rename-dialog").Bool("open") {
		t.Errorf("did %q", host.did)
	}
	page.Click(page.Query(`#drafts-list .draft-rename[data-id="` + host.drafts[1].ID + `"]`))
	page.Click(page.ByID("rename-cancel"))
	if len(host.did) != 1 || page.ByID("rename-dialog").Bool("open") {
		t.Errorf("Cancel renamed: %q", host.did)
	}
}
