package learn

import (
	"fmt"
	"path"
	"strings"

	"github.com/cpansec/minutes/core/profile"
)

// site fills where the minutes live: repository, folder, file name
// pattern, index file and line, renderer.
func (l *maker) site(p *profile.Profile, others []File) {
	s := &p.Site
	s.Repository = l.opt.Repository
	if s.Repository == "" {
		s.Repository = "OWNER/NAME"
		l.notef("site.repository: not known (no Git remote); OWNER/NAME stands for it, edit it")
	}
	s.URL = l.opt.URL
	s.Branch = "main"
	var names, folders count
	patterns := make([][2]string, len(l.ms))
	for i, m := range l.ms {
		folder, name := splitPattern(pathPattern(m.path, m.date))
		patterns[i] = [2]string{folder, name}
		names.add(name, i)
	}
	s.FileName = names.top()
	for _, n := range names.order {
		// On a tie, the pattern with fewer digits left (another date
		// written in one name, "YYYY-MM-DD-2023-09-14-tpac-extra.md").
		if names.n[n] == names.n[s.FileName] && digits(n) < digits(s.FileName) {
			s.FileName = n
		}
	}
	for i, fp := range patterns {
		if fp[1] == s.FileName {
			folders.add(fp[0], i)
		}
	}
	s.Folder = strings.Trim(path.Join(l.opt.Folder, folders.top()), "/.")
	if !strings.Contains(s.FileName, "YYYY") {
		l.notef("site.file_name: the names hold no date (%s); %s stands for them, edit it", s.FileName, profile.DatePlaceholder+".md")
		s.FileName = profile.DatePlaceholder + ".md"
	}
	if n := names.n[s.FileName]; n < len(l.ms) {
		l.notef("site.file_name: %d of %d files are named so; the others: %s", n, len(l.ms), strings.Join(without(names.sorted(), s.FileName), ", "))
	}
	l.index(p, others)
	s.Renderer = l.opt.Renderer
	if s.Renderer == "" {
		s.Renderer = l.renderer()
	}
}

// splitPattern cuts a path pattern before its first part named by the
// date: the folder, and the file name with its date folders.
func splitPattern(pat string) (folder, name string) {
	segs := strings.Split(pat, "/")
	for i, s := range segs {
		if strings.Contains(s, "YYYY") || strings.Contains(s, "MM") || i == len(segs)-1 {
			return strings.Join(segs[:i], "/"), strings.Join(segs[i:], "/")
		}
	}
	return "", pat
}

// index finds the file that lists the minutes (a README.md linking them)
// and the line that lists one, with the date as placeholders.
func (l *maker) index(p *profile.Profile, others []File) {
	var lines, files count
	for i, f := range others {
		// Each minutes' link from f, by name and by path, made once.
		links := make([][2]string, len(l.ms))
		for j, m := range l.ms {
			links[j] = [2]string{"(" + base(m.path) + ")", "(" + relative(f.Path, m.path) + ")"}
		}
		for _, line := range strings.Split(string(f.Src), "\n") {
			line = strings.TrimRight(line, "\r")
			if !strings.Contains(line, "(") {
				continue // links none
			}
			for j, m := range l.ms {
				if !strings.Contains(line, links[j][0]) && !strings.Contains(line, links[j][1]) {
					continue
				}
				lines.add(linePattern(line, m), i)
				files.add(f.Path, i)
				break
			}
		}
	}
	if line := lines.top(); line != "" && strings.Contains(line, "YYYY") {
		p.Site.IndexLine = line
		p.Site.IndexFile = path.Join(l.opt.Folder, files.top())
	}
}

// linePattern writes the dates of m in an index line as placeholders.
func linePattern(line string, m *minutes) string {
	for {
		i, j, sp, ok := findSpelling(line, m.date)
		if !ok {
			// A folder year in the link: "(2025/YYYY-MM-DD.md)".
			return strings.ReplaceAll(line, fmt.Sprintf("%04d/", m.date.Year), "YYYY/")
		}
		line = line[:i] + sp.pattern + line[j:]
	}
}

// relative returns target's path from the folder of from.
func relative(from, target string) string {
	dir := path.Dir(from)
	if dir == "." {
		return target
	}
	if rest, ok := strings.CutPrefix(target, dir+"/"); ok {
		return rest
	}
	return target
}

// renderer guesses the site's renderer: Jekyll when the minutes are a
// Jekyll collection (a folder "_minutes") or name a layout, else GitHub.
func (l *maker) renderer() string {
	for _, m := range l.ms {
		for _, seg := range strings.Split(path.Join(l.opt.Folder, m.path), "/") {
			if strings.HasPrefix(seg, "_") && len(seg) > 1 {
				return profile.RendererJekyll
			}
		}
		if m.doc.FrontMatter != nil {
			for _, f := range m.doc.FrontMatter.Fields {
				if f.Key == "layout" || f.Key == "permalink" {
					return profile.RendererJekyll
				}
			}
		}
	}
	return profile.RendererGitHub
}

func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}
