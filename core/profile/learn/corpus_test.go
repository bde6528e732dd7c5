package learn

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/internal/corpustest"
)

var update = flag.Bool("update", false, "rewrite the golden profiles in testdata")

// group is one group of corpus-others: its folder there, each file's
// path in the group's repository (corpus-others turns "/" and " " into
// "_"), and what its profile must say, read by hand from the files.
type group struct {
	dir              string
	paths            map[string]string // corpus name → repository path
	folder, fileName string
	roles            profile.Roles
	sections         []string // some of the skeleton, in order
}

var groups = []group{
	{dir: "WebAssembly+meetings",
		paths:  map[string]string{"main_2018_CG-11-27.md": "main/2018/CG-11-27.md", "main_2020_CG-05-26.md": "main/2020/CG-05-26.md"},
		folder: "main", fileName: "YYYY/CG-MM-DD.md",
		roles:    profile.Roles{Attendees: []string{"Introduction of attendees"}},
		sections: []string{"## Agenda items", "## Meeting Notes", "### Adoption of the agenda", "### Closure"}},
	{dir: "electron+governance",
		paths:  map[string]string{"wg-api_meeting-notes_2020-09-21.md": "wg-api/meeting-notes/2020-09-21.md", "wg-releases_meeting-notes_2019-05-22.md": "wg-releases/meeting-notes/2019-05-22.md"},
		folder: "wg-api/meeting-notes", fileName: "YYYY-MM-DD.md",
		roles: profile.Roles{Attendees: []string{"Attendees"}}},
	{dir: "jupyterhub+team-compass",
		paths:  map[string]string{"docs_meetings_community_2018-07-19.md": "docs/meetings/community/2018-07-19.md", "docs_meetings_hpc_2021-05-04.md": "docs/meetings/hpc/2021-05-04.md"},
		folder: "docs/meetings/hpc", fileName: "YYYY-MM-DD.md"},
	{dir: "kubernetes+community",
		paths:  map[string]string{"sig-auth_archive_meeting-notes-2016.md": "sig-auth/archive/meeting-notes-2016.md", "sig-instrumentation_archive_meeting-notes-2019.md": "sig-instrumentation/archive/meeting-notes-2019.md"},
		folder: "sig-instrumentation/archive", fileName: "meeting-notes-YYYY.md"},
	{dir: "nodejs+TSC",
		paths:  map[string]string{"meetings_2016-07-14.md": "meetings/2016-07-14.md", "meetings_2024-07-10.md": "meetings/2024-07-10.md"},
		folder: "meetings", fileName: "YYYY-MM-DD.md",
		roles:    profile.Roles{Attendees: []string{"Present"}},
		sections: []string{"# Node.js Technical Steering Committee (TSC) Meeting YYYY-MM-DD", "## Links", "## Present", "## Agenda"}},
	{dir: "openjs-foundation+cross-project-council",
		paths:  map[string]string{"meetings_2019_2019-12-17.md": "meetings/2019/2019-12-17.md", "meetings_2022_2022-02-15.md": "meetings/2022/2022-02-15.md"},
		folder: "meetings", fileName: "YYYY/YYYY-MM-DD.md",
		roles:    profile.Roles{Attendees: []string{"Present"}},
		sections: []string{"## Links", "## Present", "## Agenda", "### Announcements"}},
	{dir: "ossf+tac",
		paths:  map[string]string{"minutes_2020-10-20.md": "minutes/2020-10-20.md", "minutes_2021-03-23.md": "minutes/2021-03-23.md"},
		folder: "minutes", fileName: "YYYY-MM-DD.md",
		roles:    profile.Roles{Attendees: []string{"Attendance"}},
		sections: []string{"# **YYYY-MM-DD Meeting**", "## Attendance (please add yourself):", "## Agenda:"}},
	{dir: "ruby+dev-meeting-log",
		paths:    map[string]string{"2021_DevelopersMeeting20211209Japan.md": "2021/DevelopersMeeting20211209Japan.md", "2022_DevMeeting-2022-04-21.md": "2022/DevMeeting-2022-04-21.md"},
		fileName: "YYYY/DevMeeting-YYYY-MM-DD.md",
		sections: []string{"## DateTime and location", "## Next Date", "## Announce"}},
	{dir: "rust-lang+compiler-team",
		paths:  map[string]string{"content_minutes_triage-meeting_2019-08-29.md": "content/minutes/triage-meeting/2019-08-29.md", "content_minutes_triage-meeting_T-compiler_Meeting_Agenda_2021-07-08.md": "content/minutes/triage-meeting/T-compiler Meeting Agenda 2021-07-08.md"},
		folder: "content/minutes/triage-meeting", fileName: "T-compiler Meeting Agenda YYYY-MM-DD.md"},
	{dir: "rust-lang+lang-team",
		paths:  map[string]string{"design-meeting-minutes_2021-04-21-wasm-abi.md": "design-meeting-minutes/2021-04-21-wasm-abi.md", "minutes_2022-03-15.md": "minutes/2022-03-15.md"},
		folder: "minutes", fileName: "YYYY-MM-DD.md",
		roles: profile.Roles{Attendees: []string{"Attendance"}, Scribe: []string{"Action item scribe", "Note-taker"}}},
	{dir: "rust-lang+leadership-council",
		paths:  map[string]string{"minutes_sync-meeting_2023-08-14.md": "minutes/sync-meeting/2023-08-14.md", "minutes_sync-meeting_2025-11-07.md": "minutes/sync-meeting/2025-11-07.md"},
		folder: "minutes/sync-meeting", fileName: "YYYY-MM-DD.md",
		roles:    profile.Roles{Attendees: []string{"Attendance", "Council members", "Observers"}, Regrets: []string{"Unavailable"}, Chair: []string{"Facilitator"}, Scribe: []string{"Minutes"}},
		sections: []string{"# Council meeting YYYY-MM-DD", "## Attendance"}},
	{dir: "tc39+notes",
		paths:  map[string]string{"meetings_2013-09_sept-19.md": "meetings/2013-09/sept-19.md", "meetings_2018-07_toc.md": "meetings/2018-07/toc.md"},
		folder: "meetings", fileName: "YYYY-MM/toc.md"},
	{dir: "w3c+webextensions",
		paths:  map[string]string{"_minutes_2022-02-17-wecg.md": "_minutes/2022-02-17-wecg.md", "_minutes_2023-09-11-2023-09-14-tpac-extra.md": "_minutes/2023-09-11-2023-09-14-tpac-extra.md"},
		folder: "_minutes", fileName: "YYYY-MM-DD-wecg.md",
		roles: profile.Roles{Attendees: []string{"Attendees"}, Chair: []string{"Chair"}, Scribe: []string{"Scribes"}}},
}

// readGroup returns a group's files under their repository paths.
func readGroup(t *testing.T, g group) []File {
	t.Helper()
	names := corpustest.Files(t, filepath.Join("..", "corpus-others", g.dir, "*.md"))
	var files []File
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := g.paths[filepath.Base(n)]
		if !ok {
			t.Fatalf("%s: no repository path for %s", g.dir, filepath.Base(n))
		}
		files = append(files, File{Path: p, Src: src})
	}
	return files
}

// TestCorpusOthers learns each group's profile from its two files: it
// names the group's file pattern, folder, role labels and sections as read
// by hand, loads back, makes new minutes with its template, reads the
// date back from the file name it gives, and matches the golden file.
func TestCorpusOthers(t *testing.T) {
	for _, g := range groups {
		t.Run(g.dir, func(t *testing.T) {
			r, err := Learn(readGroup(t, g), Options{})
			if err != nil {
				t.Fatal(err)
			}
			p := r.Profile
			if p.Site.FileName != g.fileName || p.Site.Folder != g.folder {
				t.Errorf("file %q in %q, want %q in %q", p.Site.FileName, p.Site.Folder, g.fileName, g.folder)
			}
			if got, want := rolesString(p.Format.Roles), rolesString(g.roles); got != want {
				t.Errorf("roles %s, want %s", got, want)
			}
			if !inOrder(p.Format.Sections, g.sections) {
				t.Errorf("sections %q, want %q among them in order", p.Format.Sections, g.sections)
			}
			out := r.YAML()
			back, err := profile.Load(out)
			if err != nil {
				t.Fatalf("the printed profile does not load: %v\n%s", err, out)
			}
			at := when.At(2026, 3, 4, 17, 0)
			doc, err := templates.New(back.Meeting.Template, at, back)
			if err != nil {
				t.Fatalf("new minutes from the learned template: %v", err)
			}
			if len(doc) == 0 {
				t.Error("the learned template makes an empty file")
			}
			golden := filepath.Join("testdata", g.dir+".yaml")
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("profile differs from %s (run with -update and read the diff)\n%s", golden, out)
			}
		})
	}
}

func rolesString(r profile.Roles) string {
	return strings.Join([]string{strings.Join(r.Attendees, "|"), strings.Join(r.Regrets, "|"), strings.Join(r.Absent, "|"), strings.Join(r.Chair, "|"), strings.Join(r.Scribe, "|")}, "; ")
}

// inOrder reports whether want are all in got, in that order.
func inOrder(got, want []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}
