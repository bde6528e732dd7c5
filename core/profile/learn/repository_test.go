package learn

import (
	"testing"

	"github.com/cpansec/minutes/core/profile"
)

func TestGitHubRemote(t *testing.T) {
	for _, c := range []struct{ config, want string }{
		{"[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/other/fork.git\n[remote \"origin\"]\n\turl = git@github.com:example-org/site.git\n", "example-org/site"},
		{"[remote \"upstream\"]\n\turl = https://github.com/nodejs/TSC\n\tfetch = +refs/heads/*:refs/remotes/upstream/*\n", "nodejs/TSC"},
		{"[remote \"origin\"]\n\turl = ssh://git@github.com/rust-lang/lang-team.git/\n", "rust-lang/lang-team"},
		{"[remote \"origin\"]\n\turl = https://gitlab.com/a/b.git\n", ""},   // not GitHub
		{"[branch \"main\"]\n\turl = https://github.com/a/b.git\n", ""},     // not a remote
		{"[remote \"origin\"]\n\turl = https://github.com/a/b/c.git\n", ""}, // not OWNER/NAME
		{"", ""},
	} {
		if got := GitHubRemote([]byte(c.config)); got != c.want {
			t.Errorf("GitHubRemote(%q) = %q, want %q", c.config, got, c.want)
		}
	}
}

func TestPagesURL(t *testing.T) {
	for _, c := range []struct{ repo, cname, want string }{
		{"nodejs/TSC", "", "https://nodejs.github.io/TSC"},
		{"CPAN-Security/security.metacpan.org", "security.metacpan.org\n", "https://security.metacpan.org"},
		{"Example/example.github.io", "", "https://example.github.io"},
		{"a/b", "  \n", "https://a.github.io/b"},
		{"a/b", "https://docs.example.org/\nignored\n", "https://docs.example.org"},
	} {
		if got := PagesURL(c.repo, c.cname); got != c.want {
			t.Errorf("PagesURL(%q, %q) = %q, want %q", c.repo, c.cname, got, c.want)
		}
	}
}

func TestFromRepository(t *testing.T) {
	origin := "[remote \"origin\"]\n\turl = https://github.com/example-org/site.git\n"
	for _, c := range []struct {
		name  string
		files map[string]string
		want  Options
	}{
		{"Jekyll site", map[string]string{".git/config": origin, "_config.yml": "title: x\n"},
			Options{Repository: "example-org/site", URL: "https://example-org.github.io/site", Renderer: profile.RendererJekyll}},
		{"custom domain", map[string]string{".git/config": origin, "CNAME": "minutes.example.org\n"},
			Options{Repository: "example-org/site", URL: "https://minutes.example.org"}},
		{"read on GitHub", map[string]string{".git/config": origin}, Options{Repository: "example-org/site"}},
		{"not GitHub", map[string]string{".git/config": "[remote \"origin\"]\n\turl = https://gitlab.com/a/b\n", "_config.yml": ""},
			Options{Renderer: profile.RendererJekyll}},
		{"no repository", nil, Options{}},
	} {
		got := FromRepository(func(p string) ([]byte, bool) {
			s, ok := c.files[p]
			return []byte(s), ok
		})
		if got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestLearnerSite: the site's address from FromRepository is the
// profile's site.url, and loads back.
func TestLearnerSite(t *testing.T) {
	var l Learner
	l.Add(File{Path: "2025-01-08.md", Src: []byte("# Sync 2025-01-08\n\n## Present\n\n- @a\n")})
	r, err := l.Result(Options{Repository: "example-org/site", URL: "https://example-org.github.io/site"})
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Profile.Site; s.URL != "https://example-org.github.io/site" || s.Repository != "example-org/site" {
		t.Errorf("site %+v", s)
	}
}
