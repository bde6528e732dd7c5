package templates

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core/frontmatter"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenDate is the meeting of the golden files: a Thursday, at the
// profile's usual time.
var goldenDate = when.Date(2026, time.November, 26)

// TestGolden compares each template's document for goldenDate with
// testdata/NAME.golden.
func TestGolden(t *testing.T) {
	for _, info := range List() {
		t.Run(info.Name, func(t *testing.T) {
			got, err := New(info.Name, goldenDate, profile.Default())
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join("testdata", info.Name+".golden")
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("New(%s, %s) differs from %s:\n%s", info.Name, goldenDate, file, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + w + "\ngot  " + g
		}
	}
	return "(same lines)"
}

// TestDocuments checks every template for several meetings: front matter
// with the four keys, meeting_time reads back as the meeting, no FIXME,
// and every date in the text is the meeting or the next one, with the right
// weekday.
func TestDocuments(t *testing.T) {
	meetings := []when.When{
		when.At(2024, time.January, 6, 12, 0),    // Saturday
		when.At(2024, time.February, 29, 15, 0),  // leap day
		when.At(2025, time.June, 18, 16, 0),      // Wednesday
		when.At(2025, time.December, 25, 23, 45), // next meeting in another year, times wrap
		when.Date(2026, time.February, 19),       // profile time
	}
	p := profile.Default()
	for _, info := range List() {
		for _, at := range meetings {
			t.Run(info.Name+"/"+at.String(), func(t *testing.T) {
				doc, err := New(info.Name, at, p)
				if err != nil {
					t.Fatal(err)
				}
				checkDocument(t, doc, at, p)
			})
		}
	}
}

func checkDocument(t *testing.T, doc []byte, at when.When, p *profile.Profile) {
	t.Helper()
	if !at.HasTime {
		at = at.WithClock(p.Clock())
	}
	next := at.AddDays(p.Meeting.CadenceDays)
	text := string(doc)
	if strings.Contains(text, "FIXME") || strings.Contains(text, "%%") {
		t.Errorf("a FIXME or placeholder is left:\n%s", text)
	}
	fm := frontmatter.Parse(doc)
	if fm == nil || fm.Err != nil || !fm.JekyllReads() {
		t.Fatalf("front matter does not parse: %+v", fm)
	}
	for _, key := range []string{"layout", "toc", "meeting_time", "title"} {
		if _, ok := fm.Get(key); !ok {
			t.Errorf("front matter lacks %s", key)
		}
	}
	mt, _ := fm.Get("meeting_time")
	if got, err := when.ParseMeetingTime(mt); err != nil || got != at {
		t.Errorf("meeting_time %q reads as %s, %v; want %s", mt, got, err, at)
	}
	weekdays := 0
	for n, line := range strings.Split(text, "\n") {
		for _, m := range when.Find(line) {
			if !m.When.SameDate(at) && !m.When.SameDate(next) {
				t.Errorf("line %d: date %s is neither the meeting nor the next one: %q", n+1, m.When, line)
			}
			if m.HasWeekday {
				weekdays++
				if !m.WeekdayOK(at) {
					t.Errorf("line %d: wrong weekday in %q", n+1, line)
				}
			}
		}
		if h, ok := when.ParseHeadingTime(strings.TrimLeft(line, "#")); ok && strings.HasPrefix(line, "#") && h.Clock.Zone != when.UTC {
			t.Errorf("line %d: heading time without UTC: %q", n+1, line)
		}
	}
	if weekdays == 0 || !strings.Contains(text, at.WeekdayName()) {
		t.Errorf("the meeting's weekday %s is not written with a date", at.WeekdayName())
	}
	if !strings.Contains(text, next.DateString()) && !strings.Contains(text, next.OrdinalDate()) {
		t.Errorf("the next meeting %s is not written", next.DateString())
	}
}

func TestBoardsFromProfile(t *testing.T) {
	p := profile.Default()
	for _, name := range []string{"2024-early", "2024-timed", "2025-projects"} {
		doc, err := New(name, goldenDate, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range p.Boards {
			link := "[" + b.Name + "](" + b.URL + ")"
			if strings.Contains(string(doc), link) == b.Retired {
				t.Errorf("%s: board %q present=%v, retired=%v", name, b.Name, !b.Retired, b.Retired)
			}
		}
	}
	other, err := profile.Load([]byte("name: o\ngroup: Other\nsite: {repository: o/r, file_name: x-YYYY-MM-DD.md}\nmeeting: {time: \"09:30\", location: the pub}\nboards: [{name: Beer, url: \"https://example.org/b\"}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := New("2025-projects", goldenDate, other)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"### [Beer](https://example.org/b)", "title: Other bi-weekly minutes", "meeting_time: 2026-11-26 09:30 UTC", "on the pub", "## 09:00 UTC - Pre-meeting"} {
		if !strings.Contains(string(doc), want) {
			t.Errorf("another group's document lacks %q", want)
		}
	}
	if strings.Contains(string(doc), "CPAN") {
		t.Error("another group's document mentions CPAN")
	}
}

func TestLiquidKept(t *testing.T) {
	src, _ := Source("2024-timed")
	doc, _ := New("2024-timed", goldenDate, nil)
	liquid := `{{ page.meeting_time | date: "%H:%M %Z" }}`
	if !strings.Contains(string(src), liquid) || !strings.Contains(string(doc), liquid) {
		t.Errorf("Liquid %s not kept as written", liquid)
	}
	if strings.Count(string(doc), "{{") != strings.Count(string(src), "{{") {
		t.Error("Liquid tags changed")
	}
}

func TestListAndDefault(t *testing.T) {
	var got []string
	defaults := 0
	for _, i := range List() {
		got = append(got, i.Name)
		if i.Description == "" {
			t.Errorf("%s has no description", i.Name)
		}
		if i.Default {
			defaults++
		}
	}
	if strings.Join(got, " ") != "2024-early 2024-timed 2025-projects 2026-compact" {
		t.Errorf("List() = %v", got)
	}
	if defaults != 1 || Default() != "2026-compact" || Default() != profile.Default().Meeting.Template {
		t.Errorf("Default() = %q with %d defaults", Default(), defaults)
	}
	doc, _ := New(Default(), goldenDate, nil)
	if !strings.Contains(string(doc), "layout: single\ntoc: true\n") {
		t.Error("the default template is not layout single with a table of contents")
	}
}

func TestErrors(t *testing.T) {
	if _, err := New("1999-ancient", goldenDate, nil); err == nil || !strings.Contains(err.Error(), "2026-compact") {
		t.Errorf("unknown template: %v", err)
	}
	if _, err := New("2026-compact", when.Date(0, time.March, 13), nil); err == nil {
		t.Error("a date without a year was accepted")
	}
	if _, err := Source("nope"); err == nil {
		t.Error("Source(nope) succeeded")
	}
	v := newValues(when.At(2026, time.November, 26, 16, 0), profile.Default())
	cases := []struct{ in, want, err string }{
		{"%%date%% and %%weekday%%", "2026-11-26 and Thursday", ""},
		{"100%% sure, %%time-90%%, %%time+480%%", "100%% sure, 14:30 UTC, 00:00 UTC", ""},
		{`{{ page.meeting_time | date: "%H:%M %Z" }}`, `{{ page.meeting_time | date: "%H:%M %Z" }}`, ""},
		{"%%year%%/%%month%%/%%day%% %%hour%%:%%minute%%", "2026/11/26 16:0", ""},
		{"%%colour%%", "", "unknown placeholder %%colour%%"},
		{"%%board_name%%", "", "unknown placeholder"},
	}
	for _, c := range cases {
		got, err := v.fill(c.in, nil)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("fill(%q) error = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("fill(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := expand("a\n%%boards%%\nb\n", v); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("unclosed boards block: %v", err)
	}
	if _, err := parse("x", []byte("%% colour: blue\n---\n")); err == nil || !strings.Contains(err.Error(), "x.md:1:") {
		t.Errorf("bad metadata: %v", err)
	}
}
