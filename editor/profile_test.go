package editor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/profile/learn"
)

const others = "../../shared/corpus-others"

// groupFiles reads a group's two files of corpus-others as the page's
// file input gives them: by name.
func groupFiles(t *testing.T, dir string) []learn.File {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(others, dir, "*.md"))
	if len(names) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("corpus-others missing at %s", others)
		}
		t.Skip("corpus-others missing")
	}
	var files []learn.File
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := LearnPath("", filepath.Base(n))
		if !ok {
			t.Fatalf("%s not learned from", n)
		}
		files = append(files, learn.File{Path: p, Src: src})
	}
	return files
}

func facts(c *Candidate) map[string]string {
	m := map[string]string{}
	for _, f := range DescribeProfile(c.Profile) {
		m[f.Label] = f.Value
	}
	return m
}

// TestStoredProfileDefault: with nothing stored the page uses the built-in
// profile.
func TestStoredProfileDefault(t *testing.T) {
	p, custom, err := StoredProfile(NewMemStore())
	if err != nil || custom || p.Name != profile.DefaultName {
		t.Fatalf("StoredProfile = %s, %v, %v", p.Name, custom, err)
	}
}

// TestLearnApplyReload learns Node.js TSC's profile from its two files,
// shows what was learned, takes the repository, folder and group the
// scribe typed, and is what the next page load (StoredProfile) uses.
func TestLearnApplyReload(t *testing.T) {
	c, err := LearnCandidate(groupFiles(t, "nodejs+TSC"))
	if err != nil {
		t.Fatal(err)
	}
	f := facts(c)
	for label, want := range map[string]string{
		"Group":         "Node.js Technical Steering Committee (TSC)",
		"Minutes files": "meetings_YYYY-MM-DD.md",
		"Roles":         "attendees: Present",
		"Read":          "on GitHub",
		"Templates":     "learned",
		"Repository":    "OWNER/NAME",
	} {
		if f[label] != want {
			t.Errorf("%s: %q, want %q", label, f[label], want)
		}
	}
	if !strings.Contains(f["Sections"], "## Present") {
		t.Errorf("Sections: %q", f["Sections"])
	}
	c.SetSite("Node.js TSC", "nodejs/TSC", "/meetings/")
	s := NewMemStore()
	if err := c.Apply(s); err != nil {
		t.Fatal(err)
	}
	raw, _, _ := s.Get(ProfileKey)
	if !strings.Contains(raw, "# learned from 2 minutes") || strings.Contains(raw, "OWNER/NAME") {
		t.Errorf("stored profile lacks its notes or keeps the stale repository note:\n%s", raw)
	}
	p, custom, err := StoredProfile(s)
	if err != nil || !custom {
		t.Fatalf("StoredProfile: %v, %v", custom, err)
	}
	if p.Group != "Node.js TSC" || p.FullName != "Node.js Technical Steering Committee (TSC)" || p.Site.Repository != "nodejs/TSC" || p.Site.Folder != "meetings" {
		t.Errorf("stored profile: group %q (%q), repository %q, folder %q", p.Group, p.FullName, p.Site.Repository, p.Site.Folder)
	}
	if len(p.Templates) != 1 || p.Templates[0].Name != "learned" {
		t.Errorf("templates %v", p.Templates)
	}
	if err := BuiltinCandidate().Apply(s); err != nil {
		t.Fatal(err)
	}
	if p, custom, _ := StoredProfile(s); custom || p.Name != profile.DefaultName {
		t.Errorf("after the built-in one: %s, %v", p.Name, custom)
	}
}

// TestBadProfileChangesNothing: a profile file that does not load, a
// repository typed wrong, or a storage that refuses the profile each give
// a name:line: message and leave the stored profile as it was.
func TestBadProfileChangesNothing(t *testing.T) {
	s := NewMemStore()
	good := "name: tsc\ngroup: TSC\nsite:\n  repository: nodejs/TSC\n  file_name: YYYY-MM-DD.md\n"
	c, err := ReadCandidate("tsc.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(s); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"typo.yaml", "name: x\ngroup: X\nsite:\n  repositroy: a/b\n", "typo.yaml:4: "},
		{"tabs.yaml", "name: x\nsite: [\n", "tabs.yaml:"},
		{"file.yaml", "name: x\nsite:\n  repository: a/b\n  file_name: minutes.md\n", "file.yaml:4: site.file_name"},
	} {
		if _, err := ReadCandidate(tc.name, []byte(tc.yaml)); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q…", tc.name, err, tc.want)
		}
	}
	typed, _ := ReadCandidate("tsc.yaml", []byte(good))
	typed.SetSite("TSC", "not a repository", "")
	if err := typed.Apply(s); err == nil || !strings.HasPrefix(err.Error(), ".minutes.yaml:") || !strings.Contains(err.Error(), "repository") {
		t.Errorf("wrong repository: %v", err)
	}
	s.FailSet = ErrQuota
	other, _ := ReadCandidate("other.yaml", []byte(strings.Replace(good, "TSC\n", "Other\n", 1)))
	if err := other.Apply(s); err == nil || !strings.Contains(err.Error(), "would not keep") {
		t.Errorf("full storage: %v", err)
	}
	if raw, _, _ := s.Get(ProfileKey); raw != good {
		t.Errorf("stored profile changed to %q", raw)
	}
}

// TestReadKeepsTheFile: a profile file applied unchanged is stored byte
// for byte, its comments included.
func TestReadKeepsTheFile(t *testing.T) {
	src := "# Our group's profile\nname: tsc\ngroup: TSC\nsite:\n  repository: nodejs/TSC # ours\n  file_name: YYYY-MM-DD.md\n"
	c, err := ReadCandidate("tsc.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c.SetSite(" TSC ", "nodejs/TSC", "")
	if string(c.YAML()) != src {
		t.Errorf("YAML %q", c.YAML())
	}
}

// TestStoredProfileUnreadable: a stored profile that no longer loads is
// reported and kept; the page runs on the built-in one meanwhile.
func TestStoredProfileUnreadable(t *testing.T) {
	s := NewMemStore()
	_ = s.Set(ProfileKey, "name: x\nunknown_key: 1\n")
	p, custom, err := StoredProfile(s)
	if custom || p.Name != profile.DefaultName || err == nil || !strings.HasPrefix(err.Error(), "the stored profile:2: ") {
		t.Errorf("StoredProfile = %s, %v, %v", p.Name, custom, err)
	}
	if _, ok, _ := s.Get(ProfileKey); !ok {
		t.Error("the unreadable profile was dropped")
	}
}

func TestLearnPath(t *testing.T) {
	for _, tc := range []struct {
		relative, name, want string
		ok                   bool
	}{
		{"", "meetings_2024-07-10.md", "meetings_2024-07-10.md", true},
		{"", "notes.MARKDOWN", "notes.MARKDOWN", true},
		{"", "profile.yaml", "", false},
		{"TSC/meetings/2024-07-10.md", "2024-07-10.md", "meetings/2024-07-10.md", true},
		{"meetings/2024-07-10.md", "2024-07-10.md", "2024-07-10.md", true},
		{"TSC/.github/PULL_REQUEST_TEMPLATE.md", "PULL_REQUEST_TEMPLATE.md", "", false},
		{"site/node_modules/x/README.md", "README.md", "", false},
		{"TSC/meetings/logo.png", "logo.png", "", false},
	} {
		got, ok := LearnPath(tc.relative, tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("LearnPath(%q, %q) = %q, %v; want %q, %v", tc.relative, tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// TestLearnNothing: files that are no minutes give a message.
func TestLearnNothing(t *testing.T) {
	if _, err := LearnCandidate(nil); err == nil || !strings.Contains(err.Error(), "Markdown") {
		t.Errorf("no files: %v", err)
	}
	if _, err := LearnCandidate([]learn.File{{Path: "notes.md", Src: []byte("# Notes\n\nNo date here.\n")}}); err == nil || !strings.Contains(err.Error(), "no minutes") {
		t.Errorf("no minutes: %v", err)
	}
}

// TestSetSitePagesURL: a Pages site learned from the remote follows the
// repository typed; a site of its own (a custom domain) stays.
func TestSetSitePagesURL(t *testing.T) {
	var l learn.Learner
	l.Add(learn.File{Path: "2025-01-08.md", Src: []byte("# Sync 2025-01-08\n\n## Present\n\n- @a\n")})
	for _, c := range []struct{ url, want string }{
		{"https://fork.github.io/site", "https://example-org.github.io/minutes"},
		{"https://minutes.example.org", "https://minutes.example.org"},
	} {
		cand, err := LearnedCandidate(&l, learn.Options{Repository: "fork/site", URL: c.url}, nil)
		if err != nil {
			t.Fatal(err)
		}
		cand.SetSite(cand.Profile.Group, "example-org/minutes", "")
		if got := cand.Profile.Site.URL; got != c.want || cand.Check() != nil {
			t.Errorf("learned %s: %s, want %s (%v)", c.url, got, c.want, cand.Check())
		}
	}
}
