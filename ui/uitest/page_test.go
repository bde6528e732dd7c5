package uitest

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/ui"
)

func TestPage(t *testing.T) {
	p := New(`<div id="root"><ul class="list" data-s="1"><li data-i="0"><input id="a" value="x"><textarea id="b">two
lines</textarea><input type="checkbox" id="c" checked></li></ul></div>`)
	a, b, c := p.ByID("a"), p.ByID("b"), p.ByID("c")
	if a == nil || b == nil || c == nil || p.ByID("none") != nil {
		t.Fatal("ByID")
	}
	if a.Value() != "x" || b.Value() != "two\nlines" || !c.Bool("checked") {
		t.Errorf("values %q %q %v", a.Value(), b.Value(), c.Bool("checked"))
	}
	if f, l := a.CaretLine(); !f || !l {
		t.Error("CaretLine of one line")
	}
	b.SetSelection(2, 2)
	if f, l := b.CaretLine(); !f || l {
		t.Error("CaretLine on the first of two lines")
	}
	b.SetSelection(4, 4)
	if f, l := b.CaretLine(); f || !l {
		t.Error("CaretLine on the second of two lines")
	}
	p.WrapAt = 2
	b.SetSelection(2, 2) // "tw|o": past the cut, on the second row
	if f, l := b.CaretLine(); f || l {
		t.Error("CaretLine on a wrapped row in the middle")
	}
	if li := a.Closest("[data-i]"); li == nil || li.Attr("data-i") != "0" || a.Closest(".none") != nil {
		t.Error("Closest")
	}
	if n := len(p.ByID("root").QueryAll(".list input")); n != 2 {
		t.Errorf("QueryAll found %d", n)
	}
	if _, _, ok := c.Selection(); ok {
		t.Error("a checkbox has a selection")
	}
	var got []string
	root := p.ByID("root")
	_ = root.Listen("input", "test", func(ev ui.Event) error {
		got = append(got, ev.Target().ID()+"="+ev.Target().Value())
		return nil
	})
	_ = root.Listen("keydown", "test", func(ev ui.Event) error {
		if ev.Key().Key == "Enter" && ev.Key().Ctrl {
			ev.PreventDefault()
		}
		return nil
	})
	_ = root.Listen("focusin", "test", func(ev ui.Event) error { got = append(got, "focus "+ev.Target().ID()); return nil })
	p.Type(a, "xy")
	if !p.Press(b, "Enter", "ctrl") || p.Press(b, "Enter") {
		t.Error("Press does not report the default prevented")
	}
	if want := "a=xy|focus b"; strings.Join(got, "|") != want {
		t.Errorf("events %q, want %q", strings.Join(got, "|"), want)
	}
	if !p.Active().Equal(b) {
		t.Error("the pressed field has no focus")
	}
	if s, e, _ := a.Selection(); s != 2 || e != 2 {
		t.Errorf("caret after typing at %d-%d", s, e)
	}
	p.Click(c)
	if c.Bool("checked") {
		t.Error("a click did not uncheck the box")
	}
	if len(p.Mutations) != 0 {
		t.Errorf("values and events changed the tree: %v", p.Mutations)
	}
	li := a.Closest("li")
	li.SetHTML(`<span class="x">new</span>`)
	if a.Connected() || p.Query(".x") == nil || li.Text() != "new" || len(p.Mutations) != 1 {
		t.Errorf("SetHTML: %s, %d mutations", li.HTML(), len(p.Mutations))
	}
}
