package learn

import (
	"bufio"
	"bytes"
	"strings"

	"github.com/cpansec/minutes/core/profile"
)

// RepositoryFiles are the files at the top of a repository that tell of
// its site, read by FromRepository: the Git config (its remotes), the
// Jekyll config and GitHub Pages' custom domain.
var RepositoryFiles = []string{".git/config", "_config.yml", "CNAME"}

// FromRepository returns what a Git repository's own files say of the
// site, as Options: the GitHub repository of its remote ("origin" first),
// Jekyll when it has a _config.yml, and for a Pages site (a _config.yml or
// a CNAME beside a GitHub remote) its address: the CNAME's domain, else
// https://OWNER.github.io/NAME. read returns one of RepositoryFiles by its
// path from the repository's top, ok false when it is missing. The
// command-line tool reads them from the disk, the page from a chosen
// folder.
func FromRepository(read func(path string) (data []byte, ok bool)) Options {
	var opt Options
	if config, ok := read(".git/config"); ok {
		opt.Repository = GitHubRemote(config)
	}
	_, jekyll := read("_config.yml")
	if jekyll {
		opt.Renderer = profile.RendererJekyll
	}
	cname, hasCNAME := read("CNAME")
	if opt.Repository != "" && (jekyll || hasCNAME) {
		opt.URL = PagesURL(opt.Repository, string(cname))
	}
	return opt
}

// GitHubRemote returns OWNER/NAME of the first GitHub remote in a Git
// config file ("origin" first), or "".
func GitHubRemote(config []byte) string {
	remote, found := "", map[string]string{}
	var order []string
	sc := bufio.NewScanner(bytes.NewReader(config))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			remote = ""
			if r, ok := strings.CutPrefix(line, `[remote "`); ok {
				remote = strings.TrimSuffix(r, `"]`)
			}
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if remote == "" || !ok || strings.TrimSpace(k) != "url" {
			continue
		}
		if repo := GitHubRepo(strings.TrimSpace(v)); repo != "" {
			found[remote] = repo
			order = append(order, remote)
		}
	}
	if r, ok := found["origin"]; ok {
		return r
	}
	if len(order) > 0 {
		return found[order[0]]
	}
	return ""
}

// GitHubRepo returns OWNER/NAME of a GitHub remote URL
// (https://github.com/o/n.git, git@github.com:o/n.git), or "".
func GitHubRepo(url string) string {
	for _, prefix := range []string{"https://github.com/", "http://github.com/", "ssh://git@github.com/", "git@github.com:"} {
		if rest, ok := strings.CutPrefix(url, prefix); ok {
			rest = strings.TrimSuffix(strings.TrimSuffix(rest, "/"), ".git")
			if owner, name, ok := strings.Cut(rest, "/"); ok && owner != "" && name != "" && !strings.Contains(name, "/") {
				return rest
			}
		}
	}
	return ""
}

// PagesURL is the address GitHub Pages serves a repository's site at:
// its custom domain (the CNAME file's first line) when it has one, else
// https://OWNER.github.io for the OWNER.github.io repository and
// https://OWNER.github.io/NAME for any other.
func PagesURL(repository, cname string) string {
	if domain, _, _ := strings.Cut(strings.TrimSpace(cname), "\n"); strings.TrimSpace(domain) != "" {
		domain = strings.TrimSpace(domain)
		if !strings.Contains(domain, "://") {
			domain = "https://" + domain
		}
		return strings.TrimSuffix(domain, "/")
	}
	owner, name, _ := strings.Cut(repository, "/")
	host := strings.ToLower(owner) + ".github.io"
	if strings.EqualFold(name, host) {
		return "https://" + host
	}
	return "https://" + host + "/" + name
}
