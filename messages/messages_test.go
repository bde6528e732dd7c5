package messages

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

func newArea(t *testing.T) (*Area, *uitest.Page, *[]func()) {
	t.Helper()
	page := uitest.New(`<div id="messages"></div>`)
	var timers []func()
	m := New(page, page.ByID("messages"), func(d time.Duration, name string, fn func()) func() {
		timers = append(timers, fn)
		return func() {}
	})
	if err := m.Bind(); err != nil {
		t.Fatal(err)
	}
	return m, page, &timers
}

func TestShowReplaceDismiss(t *testing.T) {
	m, page, timers := newArea(t)
	m.Show(ui.Message{Key: "a", Kind: ui.KindWarning, Text: "first"})
	m.Show(ui.Message{Key: "a", Kind: ui.KindWarning, Text: "second"})
	m.Show(ui.Message{Key: "b", Kind: ui.KindInfo, Text: "fades", Timeout: time.Second})
	if got := page.QueryAll("#messages > .msg"); len(got) != 2 || !strings.HasPrefix(got[1].Text(), "second") {
		t.Fatalf("shown %d messages: %v", len(got), m.Texts())
	}
	if page.Query(".msg-warning") == nil || page.Query(`.msg-info[data-key="b"]`) == nil {
		t.Error("the kind and key are not on the element")
	}
	if len(*timers) != 1 {
		t.Fatalf("%d timers, want one for the info message", len(*timers))
	}
	(*timers)[0]()
	if m.Has("b") || !m.Has("a") {
		t.Error("the timeout did not take the info message away alone")
	}
	page.Click(page.Query(`.msg [data-action="dismiss"]`))
	if m.Has("a") || len(page.QueryAll(".msg")) != 0 {
		t.Error("dismiss left the message")
	}
	if page.Query("#messages").Text() != "" {
		t.Errorf("the area holds %q", page.Query("#messages").Text())
	}
}

func TestActions(t *testing.T) {
	m, page, _ := newArea(t)
	ran := ""
	m.Show(ui.Message{Key: "k", Kind: ui.KindError, Text: "<b>not markup</b>", Actions: []ui.Action{
		{Label: "One", Do: func() error { ran += "1"; return nil }},
		{Label: "Two", Do: func() error { ran += "2"; return errors.New("failed") }},
	}})
	if page.Query(".msg b") != nil {
		t.Error("a message's text became markup")
	}
	if msg, ok := m.Find("k"); !ok || len(msg.Actions) != 2 {
		t.Fatal("Find")
	}
	page.Click(page.Query(`.msg [data-action="1"]`))
	if ran != "2" || m.Has("k") || len(page.Errors) != 1 {
		t.Errorf("ran %q, shown %v, errors %v", ran, m.Has("k"), page.Errors)
	}
}

// TestCap: at most MaxShown messages show, newest first; the oldest info
// goes first, and warnings and errors past the cap fold under "N more"
// until some are closed or the button unfolds them.
func TestCap(t *testing.T) {
	m, page, _ := newArea(t)
	m.Show(ui.Message{Key: "e1", Kind: ui.KindError, Text: "error one"})
	m.Show(ui.Message{Key: "i1", Kind: ui.KindInfo, Text: "info one"})
	m.Show(ui.Message{Key: "w1", Kind: ui.KindWarning, Text: "warning one"})
	m.Show(ui.Message{Key: "i2", Kind: ui.KindInfo, Text: "info two"})
	if got := strings.Join(m.Shown(), " "); got != "i2 w1 e1" {
		t.Fatalf("shown %q, want the oldest info dropped: i2 w1 e1", got)
	}
	if m.Has("i1") || page.Query(".msg-more") != nil {
		t.Errorf("the oldest info is still there, or a fold with nothing folded")
	}
	if els := page.QueryAll("#messages > .msg"); len(els) != 3 || !strings.HasPrefix(els[0].Text(), "info two") {
		t.Errorf("the newest is not first: %v", m.Texts())
	}
	m.Show(ui.Message{Key: "e2", Kind: ui.KindError, Text: "error two"})
	m.Show(ui.Message{Key: "e3", Kind: ui.KindError, Text: "error three"})
	if got := strings.Join(m.Shown(), " "); got != "e3 e2 w1" {
		t.Fatalf("shown %q, want e3 e2 w1", got)
	}
	if !m.Has("e1") {
		t.Error("an error was dropped: errors stay until closed")
	}
	more := page.Query(".msg-more")
	if more == nil || more.Text() != "1 more" {
		t.Fatalf("the fold says %v", more)
	}
	page.Click(more)
	if got := len(m.Shown()); got != 4 || page.Query(".msg-more") != nil {
		t.Errorf("unfolded shows %d, fold %v", got, page.Query(".msg-more"))
	}
	m.Show(ui.Message{Key: "w2", Kind: ui.KindWarning, Text: "warning two"})
	if got := strings.Join(m.Shown(), " "); got != "w2 e3 e2 w1 e1" {
		t.Errorf("unfolded, a new message shows with the rest: %q", got)
	}
	for _, k := range []string{"w2", "e3", "e2"} {
		m.DismissKey(k)
	}
	if got := strings.Join(m.Shown(), " "); got != "w1 e1" || page.Query(".msg-more") != nil {
		t.Errorf("after closing three: %q", got)
	}
	m.Show(ui.Message{Key: "w3", Kind: ui.KindWarning, Text: "w3"})
	m.Show(ui.Message{Key: "w4", Kind: ui.KindWarning, Text: "w4"})
	if got := strings.Join(m.Shown(), " "); got != "w4 w3 w1" {
		t.Errorf("folded again past the cap: %q", got)
	}
	page.Click(page.Query(`#messages > .msg:not([hidden]) [data-action="dismiss"]`))
	if got := strings.Join(m.Shown(), " "); got != "w3 w1 e1" || page.Query(".msg-more") != nil {
		t.Errorf("closing one brings the folded one back: %q", got)
	}
}
