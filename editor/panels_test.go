package editor

import (
	"fmt"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
)

// recorder is a panel that notes what it heard.
type recorder struct {
	name  string
	heard *[]string
	fail  bool
}

func (r recorder) Show(doc *core.Document, ch core.Change, origin Origin) {
	*r.heard = append(*r.heard, fmt.Sprintf("%s %d %v", r.name, origin, ch != nil))
	if r.fail {
		panic("broken panel")
	}
}

// navigator is a recorder that holds the focus at one field.
type navigator struct {
	recorder
	field string
}

func (n *navigator) Reveal(line int)         { *n.heard = append(*n.heard, fmt.Sprint("reveal ", line)) }
func (n *navigator) ShowSection(path string) { *n.heard = append(*n.heard, "section "+path) }
func (n *navigator) Place() (string, int, bool) {
	return n.field, 3, n.field != ""
}
func (n *navigator) RestorePlace(field string, _ int) bool { return field == n.field }

func TestPanelsHearInOrder(t *testing.T) {
	var heard, failed []string
	paused := false
	p := &Panels{
		Run: func(name string, fn func() error) {
			defer func() {
				if r := recover(); r != nil {
					failed = append(failed, fmt.Sprint(r))
				}
			}()
			if err := fn(); err != nil {
				t.Error(err)
			}
		},
		Paused: func() bool { return paused },
	}
	p.Add(recorder{name: "form", heard: &heard, fail: true})
	p.Add(recorder{name: "preview", heard: &heard})
	s := NewSession(func() time.Time { return time.Unix(0, 0) })
	s.Subscribe(p.Show)
	if err := s.Load("# A\n"); err != nil {
		t.Fatal(err)
	}
	if len(heard) != 2 || heard[0] != fmt.Sprintf("form %d false", OriginLoad) || heard[1] != fmt.Sprintf("preview %d false", OriginLoad) {
		t.Errorf("heard %q", heard)
	}
	if len(failed) != 1 {
		t.Errorf("the failing panel was reported %d times", len(failed))
	}
	paused = true
	if err := s.EditText("# A\n", "# B\n"); err != nil {
		t.Fatal(err)
	}
	if len(heard) != 2 {
		t.Errorf("paused panels heard %q", heard[2:])
	}
}

func TestPanelsNavigator(t *testing.T) {
	var heard []string
	p := &Panels{Run: func(string, func() error) {}}
	if f, o := p.Place(); f != "" || o != 0 || p.RestorePlace("x", 0) {
		t.Error("without a navigator there is a place")
	}
	p.Reveal(3) // nothing to reveal: no panic
	p.ShowSection("Agenda")
	if p.Section() != "Agenda" {
		t.Errorf("section %q", p.Section())
	}
	nav := &navigator{recorder: recorder{name: "form", heard: &heard}, field: "item-1"}
	p.Add(nav)
	p.SetNavigator(nav)
	if l := p.List(); len(l) != 1 || l[0] != Panel(nav) {
		t.Errorf("List = %v", l)
	}
	if f, o := p.Place(); f != "item-1" || o != 3 {
		t.Errorf("Place = %q %d", f, o)
	}
	if !p.RestorePlace("item-1", 0) || p.RestorePlace("gone", 0) {
		t.Error("RestorePlace does not ask the navigator")
	}
	p.Reveal(7)
	p.SetSection("Minutes")
	p.ShowSection("Minutes")
	if len(heard) != 2 || heard[0] != "reveal 7" || heard[1] != "section Minutes" {
		t.Errorf("the navigator heard %q", heard)
	}
}
