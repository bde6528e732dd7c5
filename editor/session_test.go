package editor

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
)

// clock is a time source that moves on by step at every call.
func clock(step time.Duration) func() time.Time {
	t := time.Unix(1_700_000_000, 0)
	return func() time.Time { t = t.Add(step); return t }
}

func TestSessionTellsEachUpdateOnce(t *testing.T) {
	s := NewSession(clock(time.Second))
	var got []Update
	s.Subscribe(func(u Update) { got = append(got, u) })
	if err := s.Load("# T\r\n\r\n- [ ] a\r\n"); err != nil {
		t.Fatal(err)
	}
	it := s.Doc().Items()[0]
	c, err := s.Doc().Toggle(it)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(c, OriginForm, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.EditText(TextOf(s.Source()), "# T\n\n- [x] a\n- b\n"); err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(nil, OriginForm, ""); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d updates, want 3 (load, form, text; an empty change tells no one)", len(got))
	}
	if got[0].Origin != OriginLoad || got[0].Change != nil || got[1].Origin != OriginForm || got[2].Origin != OriginText {
		t.Errorf("origins %v %v %v", got[0].Origin, got[1].Origin, got[2].Origin)
	}
	if got[1].Before != "# T\r\n\r\n- [ ] a\r\n" {
		t.Errorf("Before of the form edit %q", got[1].Before)
	}
	if want := "# T\r\n\r\n- [x] a\r\n- b\r\n"; s.Source() != want {
		t.Errorf("source %q, want %q (typed line breaks take the file's CR LF)", s.Source(), want)
	}
	if got[2].Doc != s.Doc() || len(s.Doc().Items()) != 2 {
		t.Errorf("the text edit did not reach the parsed document")
	}
}

func TestSessionKeepsTextItCannotParse(t *testing.T) {
	s := NewSession(clock(time.Second))
	broken := "# T\n\x00 a NUL byte\n"
	if err := s.Load(broken); err == nil {
		t.Fatal("a NUL byte was accepted")
	}
	if s.Source() != broken || s.Broken() == nil {
		t.Fatalf("source %q, broken %v: the text must be kept as it is", s.Source(), s.Broken())
	}
	err := s.EditText(TextOf(broken), "x"+broken)
	if !errors.Is(err, ErrBroken) || s.Source() != broken {
		t.Errorf("edit of a broken text: err %v, source %q", err, s.Source())
	}
	if err := s.Load("# ok\n"); err != nil || s.Broken() != nil || s.Source() != "# ok\n" {
		t.Errorf("loading a good text after a broken one: %v %v %q", err, s.Broken(), s.Source())
	}
}

func TestSessionRefusesAnEditTheModelRefuses(t *testing.T) {
	s := NewSession(clock(time.Second))
	if err := s.Load("# T\n"); err != nil {
		t.Fatal(err)
	}
	told := 0
	s.Subscribe(func(Update) { told++ })
	if err := s.EditText("# T\n", "# T\x00\n"); err == nil {
		t.Fatal("a NUL byte typed was accepted")
	}
	if s.Source() != "# T\n" || told != 0 || s.History().CanUndo() {
		t.Errorf("a refused edit changed something: %q, told %d", s.Source(), told)
	}
}

func TestSessionMergesTypingIntoOneStep(t *testing.T) {
	s := NewSession(clock(100 * time.Millisecond))
	if err := s.Load("- a\n"); err != nil {
		t.Fatal(err)
	}
	text := TextOf(s.Source())
	for _, r := range "bcd" {
		next := strings.TrimSuffix(text, "\n") + string(r) + "\n"
		if err := s.EditText(text, next); err != nil {
			t.Fatal(err)
		}
		text = next
	}
	if ok, err := s.Undo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if s.Source() != "- a\n" || s.History().CanUndo() {
		t.Errorf("after one undo %q (can undo: %v), want the text before typing", s.Source(), s.History().CanUndo())
	}
	if ok, _ := s.Redo(); !ok || s.Source() != "- abcd\n" {
		t.Errorf("redo gives %q", s.Source())
	}
}

// TestSessionUndoReturnsEveryEarlierText drives random edits from the
// form and the text box, then undoes them one by one: each undo returns
// exactly an earlier text, in order, back to the loaded one; redo then
// walks forward to the last.
func TestSessionUndoReturnsEveryEarlierText(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		checkRandomSession(t, rand.New(rand.NewPCG(seed, 7)))
	}
}

// FuzzSession is TestSessionUndoReturnsEveryEarlierText with seeds from the fuzzer.
func FuzzSession(f *testing.F) {
	f.Add(uint64(1), uint64(2))
	f.Fuzz(func(t *testing.T, a, b uint64) { checkRandomSession(t, rand.New(rand.NewPCG(a, b))) })
}

var sessionStarts = []string{
	"# Minutes\n\n## Agenda\n\n- [ ] one\n- [x] two\n  - sub\n",
	"\ufeff---\r\nlayout: single\r\n---\r\n## Attending\r\n\r\n- @a, @b\r\n- Regrets @c\r\n",
	"",
	"para\rwith lone CR\n- é 😀\u00a0x\n",
}

var sessionPieces = []string{"", "x", "- ", "[ ] ", "\n", "## H\n", "@sjn", "é", "😀", "  ", "\u00a0"}

func checkRandomSession(t *testing.T, r *rand.Rand) {
	t.Helper()
	s := NewSession(clock(time.Duration(r.IntN(3000)) * time.Millisecond))
	start := sessionStarts[r.IntN(len(sessionStarts))]
	if err := s.Load(start); err != nil {
		t.Fatal(err)
	}
	texts := []string{start} // the text after each undo step
	for i := 0; i < 60; i++ {
		before := s.Source()
		var err error
		if r.IntN(2) == 0 {
			err = randomTextEdit(s, r)
		} else {
			err = randomFormEdit(s, r)
		}
		if err != nil {
			t.Fatalf("edit %d of %q: %v", i, before, err)
		}
		switch steps := len(s.history.undo); steps {
		case len(texts): // a new step
			texts = append(texts, s.Source())
		case len(texts) - 1: // joined the last step, or nothing applied
			if steps > 0 {
				texts[steps] = s.Source()
			} else if s.Source() != start {
				t.Fatalf("edit %d changed %q with no undo step", i, before)
			}
		default:
			t.Fatalf("edit %d: %d undo steps for %d texts", i, steps, len(texts))
		}
	}
	for i := len(texts) - 2; i >= 0; i-- {
		if ok, err := s.Undo(); !ok || err != nil {
			t.Fatalf("undo to step %d: %v %v", i, ok, err)
		}
		if s.Source() != texts[i] {
			t.Fatalf("undo to step %d gives %q, want %q", i, s.Source(), texts[i])
		}
	}
	if ok, _ := s.Undo(); ok {
		t.Fatal("undo past the loaded text")
	}
	for s.History().CanRedo() {
		if _, err := s.Redo(); err != nil {
			t.Fatal(err)
		}
	}
	if s.Source() != texts[len(texts)-1] {
		t.Fatalf("redo to the end gives %q, want %q", s.Source(), texts[len(texts)-1])
	}
	fresh, err := core.Parse([]byte(s.Source()))
	if err != nil || shape(fresh) != shape(s.Doc()) {
		t.Fatalf("the updated document differs from a fresh parse of its source")
	}
}

// shape is a summary of a document's structure: every section and item
// with its spans.
func shape(d *core.Document) string {
	var b strings.Builder
	for _, sec := range d.Sections() {
		fmt.Fprintf(&b, "S%d %v %v %q\n", sec.Level, sec.Heading, sec.TitleSpan, sec.Time)
	}
	for _, it := range d.Items() {
		fmt.Fprintf(&b, "I%d %v %q %v %v %v\n", it.Line, it.Span, it.Marker, it.Box, it.BoxSpan, it.TextSpan)
	}
	return b.String()
}

func randomTextEdit(s *Session, r *rand.Rand) error {
	shown := TextOf(s.Source())
	runes := []rune(shown)
	at := r.IntN(len(runes) + 1)
	end := min(len(runes), at+r.IntN(3))
	value := string(runes[:at]) + sessionPieces[r.IntN(len(sessionPieces))] + string(runes[end:])
	return s.EditText(shown, value)
}

func randomFormEdit(s *Session, r *rand.Rand) error {
	d := s.Doc()
	items := d.Items()
	var c core.Change
	var err error
	switch {
	case len(items) == 0:
		c, err = d.SetField("title", sessionPieces[r.IntN(len(sessionPieces))])
	default:
		it := items[r.IntN(len(items))]
		switch r.IntN(4) {
		case 0:
			c, err = d.SetText(it, "typed "+sessionPieces[r.IntN(len(sessionPieces))])
		case 1:
			c, err = d.Toggle(it)
		case 2:
			c, err = d.AddItemAfter(it, "new")
		default:
			c, err = d.RemoveItem(it)
		}
	}
	if err != nil {
		return nil // not every edit applies to every item (a box on an item without one)
	}
	return s.Apply(c, OriginForm, []string{"", "item", "item"}[r.IntN(3)])
}

func TestSessionRefusesAPastePastTheLimits(t *testing.T) {
	s := NewSession(clock(time.Second))
	if err := s.Load("# T\n"); err != nil {
		t.Fatal(err)
	}
	for _, paste := range []string{strings.Repeat("x", MaxOpenSize), strings.Repeat(">", MaxNesting+1) + " q"} {
		if err := s.EditText("# T\n", "# T\n"+paste); err == nil {
			t.Errorf("a paste of %d bytes was applied", len(paste))
		}
		if s.Source() != "# T\n" || s.History().CanUndo() {
			t.Errorf("the refused paste changed the text: %d bytes", len(s.Source()))
		}
	}
}
