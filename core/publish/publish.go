// Package publish helps a scribe put finished minutes on the group's
// website: the file name and path, the line for the index file
// (meetings/README.md), a link to GitHub's "new file" page with the name
// and content filled in, and the open action items grouped by owner.
//
// # GitHub's new-file link
//
// GitHub's page https://github.com/OWNER/REPO/new/BRANCH takes two query
// parameters: filename, which fills the file name box, and value, which
// fills the editor. They are not in GitHub's documentation (a request to
// document them, github/docs#30967, was declined) but are long used by
// tools (docfx, pipecd) and copied by Gitea and GitLab as "GitHub's
// behaviour". The folder goes into filename ("meetings/NAME.md"), not into
// the path after the branch: reports (isaacs/github#1527, pipecd#637) say
// that with filename set, GitHub drops the last path segment, so
// .../new/main/meetings?filename=NAME.md would put the file at the top.
//
// GitHub refuses requests whose URL is longer than about 8 KiB with
// "414 Request-URI Too Large" (documented in github/docs#4537; tools such
// as the JetBrains plugins cap at 8192). NewFileURL keeps links within
// MaxURLLength and, for longer minutes, leaves value out: the page then
// opens with the file name only and the caller copies the content to the
// clipboard for the user to paste.
package publish

import (
	"fmt"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// MaxURLLength is the longest new-file link NewFileURL returns: below
// GitHub's 8192-byte limit on request URLs, with room for what a browser
// adds to the request line.
const MaxURLLength = 8000

// FileName returns the minutes file name for the meeting on date d, from
// the profile's pattern: "cpansec-minutes-2025-06-18.md"; a pattern with
// date folders gives them too ("2018/CG-11-27.md").
func FileName(p *profile.Profile, d when.When) string {
	return expandDate(p.Site.FileName, d)
}

// expandDate writes d into pattern's YYYY-MM-DD, YYYY, MM and DD.
func expandDate(pattern string, d when.When) string {
	return strings.NewReplacer(profile.DatePlaceholder, d.DateString(),
		"YYYY", fmt.Sprintf("%04d", d.Year), "MM", fmt.Sprintf("%02d", int(d.Month)), "DD", fmt.Sprintf("%02d", d.Day)).Replace(pattern)
}

// Path returns the minutes file's path in the site repository:
// "meetings/cpansec-minutes-2025-06-18.md".
func Path(p *profile.Profile, d when.When) string {
	return path.Join(p.Site.Folder, FileName(p, d))
}

// IndexLine returns the line that lists the minutes of date d in the
// profile's index file: "* [2025-06-18](cpansec-minutes-2025-06-18.md)".
func IndexLine(p *profile.Profile, d when.When) string {
	return expandDate(p.Site.IndexLine, d)
}

// DateFromFileName returns the meeting date named by a minutes file name
// (or a path ending in one) that follows the profile's pattern, date
// folders included ("main/2018/CG-11-27.md" for "YYYY/CG-MM-DD.md"). A
// copy of such a file may add a suffix to its name, led by a character
// other than a letter or digit: "cpansec-minutes-2025-06-18 (1).md", as
// a browser names a second download, or a saved version
// "cpansec-minutes-2025-06-18.old.md". ok is false for a name that does
// not follow the pattern, and for a pattern without the month and day (a
// file per year).
func DateFromFileName(p *profile.Profile, name string) (d when.When, ok bool) {
	pattern := strings.Split(strings.ReplaceAll(p.Site.FileName, profile.DatePlaceholder, "YYYY-MM-DD"), "/")
	parts := strings.Split(strings.ReplaceAll(name, `\`, "/"), "/")
	if len(parts) < len(pattern) {
		return when.When{}, false
	}
	parts = parts[len(parts)-len(pattern):]
	last := len(pattern) - 1
	parts[last] = withoutCopySuffix(pattern[last], parts[last])
	var year, month, day int
	for i, pat := range pattern {
		if !matchDate(pat, parts[i], &year, &month, &day) {
			return when.When{}, false
		}
	}
	d = when.Date(year, time.Month(month), day)
	return d, month != 0 && day != 0 && d.Valid()
}

// withoutCopySuffix returns the file name seg without the suffix a copy
// added after the name pattern stands for, before the extension. YYYY,
// MM and DD stand for as many digits as letters, so the name's stem is as
// long as the pattern's.
func withoutCopySuffix(pattern, seg string) string {
	ext := path.Ext(pattern)
	stem, ok := strings.CutSuffix(seg, ext)
	n := len(pattern) - len(ext)
	if !ok || len(stem) <= n || isAlnum(stem[n]) {
		return seg
	}
	return stem[:n] + ext
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// matchDate matches s against pattern, whose YYYY, MM and DD stand for
// digits; each part read must agree with the one read before.
func matchDate(pattern, s string, year, month, day *int) bool {
	for pattern != "" {
		var dst *int
		width := 2
		switch {
		case strings.HasPrefix(pattern, "YYYY"):
			dst, width = year, 4
		case strings.HasPrefix(pattern, "MM"):
			dst = month
		case strings.HasPrefix(pattern, "DD"):
			dst = day
		}
		if dst == nil {
			if s == "" || s[0] != pattern[0] {
				return false
			}
			pattern, s = pattern[1:], s[1:]
			continue
		}
		if len(s) < width {
			return false
		}
		n, err := strconv.Atoi(s[:width])
		if err != nil || s[0] == '+' || s[0] == '-' || *dst != 0 && *dst != n {
			return false
		}
		*dst = n
		pattern, s = pattern[width:], s[width:]
	}
	return s == ""
}

// NewFileURL returns a link to GitHub's new-file page for the profile's
// site repository and branch, with the minutes' path and content filled
// in. When the link with the content would be longer than MaxURLLength,
// it returns the link without the content and complete is false: the
// caller then copies the content to the clipboard.
func NewFileURL(p *profile.Profile, d when.When, content []byte) (link string, complete bool) {
	base := repoURL(p) + "/new/" + escapeSegments(p.Site.Branch)
	q := url.Values{"filename": {Path(p, d)}, "value": {string(content)}}
	if link = base + "?" + q.Encode(); len(link) <= MaxURLLength {
		return link, true
	}
	q.Del("value")
	return base + "?" + q.Encode(), false
}

// IndexEditURL returns a link to GitHub's editor for the profile's index
// file, where the scribe adds the IndexLine.
func IndexEditURL(p *profile.Profile) string {
	return repoURL(p) + "/edit/" + escapeSegments(p.Site.Branch) + "/" + escapeSegments(p.Site.IndexFile)
}

// repoURL returns https://github.com/OWNER/REPO for the site repository.
func repoURL(p *profile.Profile) string {
	return "https://github.com/" + url.PathEscape(p.Owner()) + "/" + url.PathEscape(p.RepoName())
}

// escapeSegments escapes each "/"-separated segment of a path for a URL.
func escapeSegments(s string) string {
	parts := strings.Split(s, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}
