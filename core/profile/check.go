package profile

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core/internal/lazyre"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/core/yamlite"
)

// Error is a problem in a profile file, at a 1-based line (0 when unknown).
// Callers that know the file name print it as FILE:LINE: MESSAGE.
type Error struct {
	Line int
	Msg  string
}

// Error returns "line N: message", or the message alone without a line.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

var (
	repositoryRe = lazyre.New(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$`)
	handleRe     = lazyre.New(`^@[A-Za-z0-9][A-Za-z0-9_-]*$`)
)

// isRepository reports whether s is a GitHub repository, "OWNER/NAME".
func isRepository(s string) bool { return repositoryRe().MatchString(s) }

// isHandle reports whether s is a GitHub handle with its "@".
func isHandle(s string) bool { return handleRe().MatchString(s) }

// check validates the settings; root is the parsed file, for line numbers.
func (p *Profile) check(root *yamlite.Node) error {
	fail := func(msg string, path ...any) error {
		return &Error{Line: lineOf(root, path...), Msg: msg}
	}
	switch {
	case p.Name == "":
		return fail("the profile needs a name")
	case !isRepository(p.Site.Repository):
		return fail(fmt.Sprintf("site.repository %q: want OWNER/NAME", p.Site.Repository), "site", "repository")
	case !isFilePattern(p.Site.FileName):
		return fail(fmt.Sprintf("site.file_name %q: want a file name with %s (or YYYY, MM and DD) for the date, after folders named by the date if any", p.Site.FileName, DatePlaceholder), "site", "file_name")
	case p.Site.Renderer != RendererJekyll && p.Site.Renderer != RendererGitHub:
		return fail(fmt.Sprintf("site.renderer %q: want %s or %s", p.Site.Renderer, RendererJekyll, RendererGitHub), "site", "renderer")
	case p.Site.IndexLine != "" && !strings.Contains(p.Site.IndexLine, DatePlaceholder):
		return fail(fmt.Sprintf("site.index_line %q: want %s for the date", p.Site.IndexLine, DatePlaceholder), "site", "index_line")
	case p.Meeting.CadenceDays < 1 || p.Meeting.CadenceDays > 366:
		return fail(fmt.Sprintf("meeting.cadence_days %d: want 1 to 366", p.Meeting.CadenceDays), "meeting", "cadence_days")
	}
	p.Site.Folder = strings.Trim(p.Site.Folder, "/")
	if _, err := when.ParseClock(p.Meeting.Time); err != nil {
		return fail("meeting.time: "+err.Error(), "meeting", "time")
	}
	for i, b := range p.Boards {
		if b.Name == "" || !strings.HasPrefix(b.URL, "https://") {
			return fail("a board needs a name and an https:// url", "boards", i)
		}
	}
	if err := p.checkTemplates(fail); err != nil {
		return err
	}
	if err := p.Format.checkRules(fail); err != nil {
		return err
	}
	seen := map[string]bool{}
	for i, m := range p.Roster {
		if m.Handle == "" && strings.TrimSpace(m.Name) != "" {
			continue // a person the minutes name without a handle
		}
		if !isHandle(m.Handle) {
			return fail(fmt.Sprintf("roster handle %q: want @ and letters, digits, - or _", m.Handle), "roster", i)
		}
		if seen[norm(m.Handle)] {
			return fail(fmt.Sprintf("roster handle %s is listed twice", m.Handle), "roster", i)
		}
		seen[norm(m.Handle)] = true
	}
	for _, list := range []struct {
		key     string
		handles []string
	}{{"groups", p.Groups}, {"placeholders", p.Placeholders}} {
		for i, h := range list.handles {
			if !isHandle(h) {
				return fail(fmt.Sprintf("%s: %q is not a handle", list.key, h), list.key, i)
			}
		}
	}
	for from, to := range p.Aliases {
		switch {
		case !isHandle(from):
			return fail(fmt.Sprintf("aliases: %q is not a handle", from), "aliases", from)
		case seen[norm(from)]:
			return fail(fmt.Sprintf("aliases: %s is on the roster; an alias names a handle that is not", from), "aliases", from)
		case !seen[norm(to)]:
			return fail(fmt.Sprintf("aliases: %s points at %s, which is not on the roster", from, to), "aliases", from)
		}
	}
	return nil
}

// lineOf returns the line of the node at path (mapping keys as strings,
// sequence indexes as ints) in the document root, or of the deepest node
// found on the way; 0 when root is empty.
func lineOf(root *yamlite.Node, path ...any) int {
	if root == nil || len(root.Content) == 0 {
		return 0
	}
	n := root.Content[0]
	line := n.Line
	for _, step := range path {
		var next *yamlite.Node
		switch s := step.(type) {
		case string:
			if n.Kind == yamlite.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					if n.Content[i].Value == s {
						line, next = n.Content[i].Line, n.Content[i+1]
						break
					}
				}
			}
		case int:
			if n.Kind == yamlite.SequenceNode && s < len(n.Content) {
				next = n.Content[s]
				line = next.Line
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	return line
}

// isFilePattern reports whether s is a minutes file name pattern: it holds
// the year (YYYY), it names no folder above its own ("..", a leading "/"),
// and any folders it has are named by the date (a folder "YYYY").
func isFilePattern(s string) bool {
	if !strings.Contains(s, "YYYY") || strings.HasPrefix(s, "/") || strings.HasSuffix(s, "/") {
		return false
	}
	parts := strings.Split(s, "/")
	for _, dir := range parts[:len(parts)-1] {
		if dir == "" || dir == "." || dir == ".." || !strings.Contains(dir, "YYYY") && !strings.Contains(dir, "MM") {
			return false
		}
	}
	return true
}

// checkTemplates checks the group's own templates: each has a name, once,
// and a body.
func (p *Profile) checkTemplates(fail func(string, ...any) error) error {
	seen := map[string]bool{}
	for i, t := range p.Templates {
		switch {
		case t.Name == "" || strings.ContainsAny(t.Name, "/\\ \t\n"):
			return fail(fmt.Sprintf("templates: name %q: want a name without spaces or slashes", t.Name), "templates", i)
		case seen[t.Name]:
			return fail("templates: "+t.Name+" is listed twice", "templates", i)
		case strings.TrimSpace(t.Body) == "":
			return fail("templates: "+t.Name+" has no body", "templates", i)
		}
		seen[t.Name] = true
	}
	return nil
}
