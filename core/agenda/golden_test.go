package agenda

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the agenda and report sections of golden files")

// escapes make invisible bytes visible in golden files: "{NBSP}" U+00A0,
// "{BOM}" U+FEFF, "{CR}" a carriage return, "{TAB}" a tab.
var (
	unescaper = strings.NewReplacer("{NBSP}", "\u00a0", "{BOM}", "\uFEFF", "{CR}", "\r", "{TAB}", "\t")
	escaper   = strings.NewReplacer("\u00a0", "{NBSP}", "\uFEFF", "{BOM}", "\r", "{CR}", "\t", "{TAB}")
)

// TestGolden runs Next on the "input" section of each testdata/*.txt file
// (with the options of its "options" section: name, date, time) and
// compares the agenda and the report with the "agenda" and "report"
// sections. A "profile.yaml" section is the group's profile (a profile
// file, read with profile.Load), for the rules a profile gives.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden files in testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]string{}
			for _, f := range a.Files {
				sections[f.Name] = string(f.Data)
			}
			name, opts := goldenOptions(t, sections["options"])
			d, err := core.Parse([]byte(unescaper.Replace(sections["input"])), core.WithName(name))
			if err != nil {
				t.Fatal(err)
			}
			group := profile.Default()
			if strings.Contains(sections["options"], "profile: generic") {
				group = profile.Generic()
			}
			if y, ok := sections["profile.yaml"]; ok {
				if group, err = profile.Load([]byte(y)); err != nil {
					t.Fatalf("profile.yaml:%v", err)
				}
				opts = append(opts, WithProfile(group))
			}
			r, err := Next(d, opts...)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range problems(d, r, group) {
				t.Error(p)
			}
			got := map[string]string{"agenda": escaper.Replace(r.Doc.String()), "report": r.Report.String()}
			changed := false
			for i, f := range a.Files {
				out, ok := got[f.Name]
				if !ok || string(f.Data) == out {
					continue
				}
				if *update {
					a.Files[i].Data, changed = []byte(out), true
					continue
				}
				t.Errorf("%s differs\n--- got ---\n%s--- want ---\n%s", f.Name, out, f.Data)
			}
			if changed {
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// goldenOptions reads "key: value" lines: name (the file name), date
// (YYYY-MM-DD), time (HH:MM) and profile ("generic").
func goldenOptions(t *testing.T, text string) (string, []Option) {
	name := "minutes.md"
	var opts []Option
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		key, value, _ := strings.Cut(line, ":")
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "":
		case "name":
			name = value
		case "profile": // "generic": another group's, with no profile of its own
			if value != "generic" {
				t.Fatalf("unknown profile %q", value)
			}
			opts = append(opts, WithProfile(profile.Generic()))
		case "date":
			w, err := when.ParseDate(value)
			if err != nil {
				t.Fatal(err)
			}
			opts = append(opts, WithDate(w))
		case "time":
			c, err := when.ParseClock(value)
			if err != nil {
				t.Fatal(err)
			}
			opts = append(opts, WithClock(c))
		default:
			t.Fatalf("unknown option %q", key)
		}
	}
	return name, opts
}
