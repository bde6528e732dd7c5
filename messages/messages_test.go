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
	if got := page.QueryAll("#messages > .msg"); len(got) != 2 || !strings.HasPrefix(got[0].Text(), "second") {
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
