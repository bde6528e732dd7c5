package newdialog

import (
	"testing"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

// shell is the dialog's markup as index.html has it.
const shell = `<button id="act-new"></button>
<dialog id="new-dialog">
 <select id="new-template"></select><p id="new-template-help"></p>
 <input type="date" id="new-date"><input type="text" id="new-time">
 <p id="new-problem" hidden></p>
 <button id="new-create"></button><button id="new-next-current"></button>
 <input type="file" id="new-next-file"><button id="new-cancel"></button>
</dialog>`

type testHost struct {
	dates []string
	next  int
	files []string
}

func (h *testHost) DraftDates() []string { return h.dates }
func (h *testHost) NextAgenda() error    { h.next++; return nil }
func (h *testHost) NextFromFile(f ui.Node) error {
	h.files = append(h.files, f.Value())
	return nil
}

func newDialog(t *testing.T, now time.Time, dates ...string) (*Dialog, *uitest.Page, *testHost) {
	t.Helper()
	page, host := uitest.New(shell), &testHost{dates: dates}
	d, err := New(Config{Page: page, Profile: profile.Default(), Host: host, Now: func() time.Time { return now }})
	if err != nil || d == nil {
		t.Fatalf("New: %v, %v", d, err)
	}
	return d, page, host
}

func TestDefaultDate(t *testing.T) {
	today := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		dates []string
		want  string
	}{
		{nil, "2025-03-10"},                                  // no dated draft: today
		{[]string{"", "not a date"}, "2025-03-10"},           // none readable
		{[]string{"2025-02-19", "2025-01-08"}, "2025-03-19"}, // +14 is before today: whole cadences on
		{[]string{"2025-02-19", "2025-03-12"}, "2025-03-26"}, // the newest, +14
	} {
		d, _, _ := newDialog(t, today, tt.dates...)
		if got := d.DefaultDate().DateString(); got != tt.want {
			t.Errorf("drafts %q: %s, want %s", tt.dates, got, tt.want)
		}
	}
}

func TestCreateFromTemplate(t *testing.T) {
	d, page, _ := newDialog(t, time.Date(2025, 6, 5, 12, 0, 0, 0, time.UTC), "2025-06-04")
	var got, what string
	d.Show(func(source, w string) { got, what = source, w })
	prof := profile.Default()
	dialog := page.ByID("new-dialog")
	if !dialog.Bool("open") {
		t.Fatal("Show does not open the dialog")
	}
	for id, want := range map[string]string{"new-template": prof.Meeting.Template, "new-date": "2025-06-18", "new-time": "16:00"} {
		if v := page.ByID(id).Value(); v != want {
			t.Errorf("%s = %q, want %q", id, v, want)
		}
	}
	if page.ByID("new-template-help").Text() == "" || len(page.QueryAll("#new-template option")) != len(templates.ForProfile(prof)) {
		t.Error("the templates are not listed and described")
	}
	page.ByID("new-template").SetValue("2024-timed")
	page.ByID("new-date").SetValue("2025-07-02")
	page.ByID("new-time").SetValue("17:30")
	if !page.Press(page.ByID("new-time"), "Enter") {
		t.Error("Enter in a field is not taken")
	}
	want, err := templates.New("2024-timed", when.At(2025, time.July, 2, 17, 30), prof)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) || what != "the new minutes from the “2024-timed” template" || dialog.Bool("open") {
		t.Errorf("created %q (%s), dialog open %v", got, what, dialog.Bool("open"))
	}
}

func TestRefusesBadInput(t *testing.T) {
	d, page, host := newDialog(t, time.Now())
	opened := false
	d.Show(func(string, string) { opened = true })
	page.ByID("new-date").SetValue("")
	page.Click(page.ByID("new-create"))
	problem := page.ByID("new-problem")
	if opened || problem.Bool("hidden") || problem.Text() != "Choose the meeting date." || !page.Active().Equal(page.ByID("new-date")) {
		t.Errorf("no date: opened %v, problem %q", opened, problem.Text())
	}
	page.ByID("new-date").SetValue("2025-07-02")
	page.ByID("new-time").SetValue("half past")
	page.Click(page.ByID("new-create"))
	if opened || problem.Text() != "Choose the meeting time (UTC)." {
		t.Errorf("bad time: opened %v, problem %q", opened, problem.Text())
	}
	page.Click(page.ByID("new-cancel"))
	if page.ByID("new-dialog").Bool("open") {
		t.Error("Cancel does not close the dialog")
	}
	d.Show(nil)
	page.Change(page.ByID("new-next-file")) // no file chosen
	if len(host.files) != 0 || !page.ByID("new-dialog").Bool("open") {
		t.Error("a change with no file did something")
	}
	page.Click(page.ByID("new-next-current"))
	if host.next != 1 || page.ByID("new-dialog").Bool("open") {
		t.Error("Next agenda from the current draft")
	}
}
