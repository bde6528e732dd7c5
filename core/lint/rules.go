package lint

import "sort"

// Rule describes one rule: its name, as findings carry it, and what it
// looks for.
type Rule struct {
	Name    string
	Summary string
}

// ruleSummaries describes every rule a finding can name.
var ruleSummaries = map[string]string{
	"nbsp-marker":            "no-break space (U+00A0) before or after a list marker",
	"broken-box":             "a task box the website shows as text: \"[]\", U+00A0 inside or around it",
	"nbsp-heading":           "no-break space (U+00A0) in a heading (after the hashes, no heading at all)",
	"invisible-space":        "other non-ASCII spaces in list markers, task boxes and headings; zero-width spaces in the text",
	"bom":                    "a byte-order mark before the front matter: plain Jekyll does not see the front matter",
	"front-matter-missing":   "no front matter: no layout, title or table of contents",
	"front-matter-unclosed":  "front matter without its closing \"---\"",
	"front-matter-delimiter": "front matter delimiters Jekyll does not read (\"----\", indented \" ---\")",
	"yaml":                   "front matter that is not valid YAML",
	"meeting-time":           "meeting_time empty, unreadable, without a year or time, or with text after it",
	"date-mismatch":          "the title, file name or body states another date than the rest of the minutes",
	"weekday":                "a weekday that is not its date's",
	"next-meeting":           "no next meeting date, or one that is not after this meeting",
	"placeholder":            "FIXME, XXX, a lone \"…\", \"approved by X\", @name left from a template",
	"empty-field":            "a label with nothing after it (\"Meeting chair:\"), an empty front matter field",
	"empty-item":             "a list item without text",
	"unknown-handle":         "an @handle not on the roster, with the handle most likely meant",
	"attending-and-regrets":  "a person listed as attending and under regrets or absent",
	"duplicate-item":         "the same item twice in one list",
	"bare-url":               "a URL the website shows as plain text (GitHub links it, kramdown does not)",
	"renders-differently":    "a place the website renders otherwise than GitHub or the preview (package preview)",
}

// Rules returns every rule, sorted by name.
func Rules() []Rule {
	out := make([]Rule, 0, len(ruleSummaries))
	for n, s := range ruleSummaries {
		out = append(out, Rule{n, s})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
