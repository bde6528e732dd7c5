package when

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/frontmatter"
	"github.com/cpansec/minutes/internal/corpustest"
)

// corpusFiles returns the corpus files (see internal/corpustest).
func corpusFiles(t *testing.T) []string { return corpustest.Files(t, "*.md") }

// disagreeing are the corpus files whose meeting_time or title names
// another date than their file name: real defects, kept so that the test
// proves they are detected (lint reports them).
var disagreeing = map[string]bool{
	"cpansec-minutes-2024-12-11@e38e5e4.md": true, // meeting_time and title copied from 2024-11-15
	"cpansec-minutes-2024-03-15@2fd9a97.md": true, // the 2024-03-13 minutes under another name
	"cpansec-minutes-2024-03-15@45a3929.md": true,
	"cpansec-minutes-2024-03-15@4cdf83a.md": true,
	"cpansec-minutes-2024-03-15@50dd446.md": true,
	"cpansec-minutes-2024-03-15@5312ccc.md": true,
	"cpansec-minutes-2024-03-15@c5be54c.md": true,
}

// TestCorpusMeetingTime reads meeting_time in every corpus file and checks
// it against the date in the file name.
func TestCorpusMeetingTime(t *testing.T) {
	seen := 0
	for _, f := range corpusFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v, ok := frontmatter.Parse(src).Get("meeting_time")
		if !ok {
			continue
		}
		seen++
		w, err := ParseMeetingTime(v)
		name := filepath.Base(f)
		if err != nil && !strings.Contains(v, "FIXME") {
			t.Errorf("%s: meeting_time %q: %v", name, v, err)
			continue
		}
		if !w.HasTime || w.Clock.Zone != UTC {
			t.Errorf("%s: meeting_time %q read as %s, want a UTC time", name, v, w)
		}
		if fd, ok := FromFileName(corpustest.Name(f)); ok && !strings.Contains(v, "FIXME") {
			if agree := fd.SameDate(w); agree == disagreeing[name] {
				t.Errorf("%s: meeting_time %s, file name date %s: agree=%v", name, w, fd, agree)
			}
		}
	}
	if seen < 100 {
		t.Errorf("only %d corpus files have meeting_time; the corpus has more", seen)
	}
}

// timeHeading is a heading whose text starts with a digit and a colon.
var timeHeading = regexp.MustCompile(`^#{1,6}\s+\d{1,2}:\d\d`)

// TestCorpusLines runs every scanner over every line of the corpus: time
// headings all parse, found text re-reads to the same value, and the
// date in the title or first heading agrees with the file name.
func TestCorpusLines(t *testing.T) {
	headings := 0
	for _, f := range corpusFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		fileDate, hasFileDate := FromFileName(corpustest.Name(f))
		titleDisagrees := false
		sc := bufio.NewScanner(bytes.NewReader(src))
		sc.Buffer(nil, 1<<20)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if timeHeading.MatchString(line) {
				headings++
				text := strings.TrimLeft(line, "#")
				if _, ok := ParseHeadingTime(text); !ok {
					t.Errorf("%s:%d: time heading not read: %q", name, n, line)
				}
			}
			for _, m := range Find(line) {
				checkReparse(t, line, m)
			}
			isTitle := strings.HasPrefix(line, "title:") || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "## Agenda & Meeting Details")
			if isTitle && hasFileDate {
				if m, ok := First(line); ok && !m.When.SameDate(fileDate) {
					titleDisagrees = true
					if !disagreeing[name] {
						t.Errorf("%s:%d: title date %s disagrees with the file name", name, n, m.When)
					}
				}
			}
		}
		if disagreeing[name] && !titleDisagrees {
			t.Errorf("%s: the title's wrong date was not found", name)
		}
	}
	if headings < 300 {
		t.Errorf("only %d time headings in the corpus; expected hundreds", headings)
	}
}

// checkReparse checks that the text of a match, read on its own, gives the
// same single match.
func checkReparse(t *testing.T, line string, m Match) {
	t.Helper()
	if m.Start < 0 || m.End > len(line) || m.Start >= m.End || line[m.Start:m.End] != m.Text {
		t.Fatalf("bad offsets [%d:%d] for %q in %q", m.Start, m.End, m.Text, line)
	}
	again := Find(m.Text)
	if len(again) != 1 || again[0].When != m.When || again[0].HasWeekday != m.HasWeekday || again[0].Weekday != m.Weekday || again[0].Text != m.Text {
		t.Errorf("%q found in %q re-reads as %+v", m.Text, line, again)
	}
}
