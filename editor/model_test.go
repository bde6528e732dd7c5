package editor

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

func TestModel(t *testing.T) {
	m := &Model{Profile: profile.Default(), Now: func() time.Time { return time.Date(2025, 6, 5, 23, 0, 0, 0, time.UTC) }}
	dated, err := core.Parse([]byte("---\ntitle: CPANSec minutes\n---\n# Minutes 2025-06-04\n\n- [x] @sjn done\n- [ ] @sjn open\n"))
	if err != nil {
		t.Fatal(err)
	}
	undated, _ := core.Parse([]byte("# Notes\n"))
	if got := m.Describe(dated); got != (Meta{Title: "CPANSec minutes", Date: "2025-06-04"}) {
		t.Errorf("Describe = %+v", got)
	}
	if got := m.Describe(undated); got.Date != "" {
		t.Errorf("Describe of an undated text = %+v", got)
	}
	if got := m.FileName(dated); got != "cpansec-minutes-2025-06-04.md" {
		t.Errorf("FileName = %q", got)
	}
	if got := m.FileName(undated); got != "cpansec-minutes-2025-06-05.md" {
		t.Errorf("FileName without a date = %q, want today's", got)
	}
	if err := m.Check("x.md", []byte{0xff, 0xfe, 0}); err == nil || !strings.HasPrefix(err.Error(), "x.md:") {
		t.Errorf("Check of binary input = %v", err)
	}
	next, err := m.NextAgenda(dated)
	if err != nil || strings.Contains(next, "done") || !strings.Contains(next, "open") {
		t.Errorf("NextAgenda = %q, %v", next, err)
	}
	if from, err := m.NextAgendaFrom("last.md", dated.Bytes()); err != nil || from != next {
		t.Errorf("NextAgendaFrom a file = %q, %v; want NextAgenda's %q", from, err, next)
	}
	if _, err := m.NextAgendaFrom("bad.md", []byte{0xff, 0xfe, 0}); err == nil || !strings.HasPrefix(err.Error(), "bad.md:") {
		t.Errorf("NextAgendaFrom binary input = %v", err)
	}
	pr, err := m.PullRequest(dated)
	if err != nil || pr.FileName != "cpansec-minutes-2025-06-04.md" || !strings.HasPrefix(pr.URL, "https://github.com/") || !pr.Complete || pr.ReadmeLine == "" {
		t.Errorf("PullRequest = %+v, %v", pr, err)
	}
	if _, err := m.PullRequest(undated); !errors.Is(err, ErrNoDate) {
		t.Errorf("PullRequest without a date: %v", err)
	}
}
