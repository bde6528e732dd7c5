package findings

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

// long20x is the largest real minutes with its body repeated 20 times
// (280 kB, as long as other groups' notes run).
func long20x(t *testing.T) string {
	t.Helper()
	src := corpustest.Largest(t)
	d, err := core.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	out := bytes.Clone(src)
	for range 19 {
		out = append(out, src[d.BodyStart:]...)
	}
	return string(out)
}

// findingLines is what the list shows of each finding, and of lint's.
func (h *harness) findingLines() []string { return h.texts("#lint-list li .finding-message") }

func lintMessages(doc *core.Document, prof *profile.Profile) []string {
	var out []string
	for _, f := range lint.Check(doc, lint.WithProfile(prof)) {
		out = append(out, f.Message)
	}
	return out[:min(len(out), maxFindingsShown)]
}

func TestLintOfALongDocumentInSteps(t *testing.T) {
	tasks := &uitest.Tasks{}
	h := &harness{page: uitest.New(shell), session: editor.NewSession(time.Now), prof: profile.Default(), host: &testHost{msgs: map[string]ui.Message{}}}
	h.lint = NewLint(Config{Page: h.page, Session: h.session, Profile: h.prof, Host: h.host, Tasks: tasks})
	h.session.Subscribe(func(u editor.Update) { h.lint.Show(u.Doc, u.Change, u.Origin) })
	source := long20x(t)
	if err := h.session.Load(source); err != nil {
		t.Fatal(err)
	}
	want := lintMessages(h.session.Doc(), h.prof)
	if len(want) == 0 {
		t.Fatal("the long document has no findings: the test shows nothing")
	}
	if h.host.run() != 1 || tasks.Pending() != 1 || len(h.findingLines()) != 0 {
		t.Fatalf("the idle lint did not start a step in a task of its own (%d queued, %d listed)", tasks.Pending(), len(h.findingLines()))
	}
	// A few steps, then an edit: the run under way is of the old text and
	// shows nothing; the next idle run lints the new text.
	for range 3 {
		tasks.RunOne()
	}
	edited := source + "\n- @nobody-known-here said something\n"
	if err := h.session.EditText(source, edited); err != nil {
		t.Fatal(err)
	}
	tasks.RunAll()
	if len(h.findingLines()) != 0 {
		t.Fatal("a lint of the text before the edit was shown")
	}
	if h.host.run() != 1 {
		t.Fatal("the edit armed no idle lint")
	}
	steps := tasks.RunAll()
	if steps < 10 {
		t.Errorf("the lint ran in %d tasks; want a task per rule and per part of the website comparison", steps)
	}
	want = lintMessages(h.session.Doc(), h.prof)
	if got := h.findingLines(); !slices.Equal(got, want) {
		t.Errorf("the list after the steps differs from lint.Check: %d findings, want %d", len(got), len(want))
	}
}
