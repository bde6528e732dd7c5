package profile

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/yamlite"
)

// The rules of format.section_rules: what the next agenda does with a
// section of the last minutes.
const (
	// RuleStanding keeps the section as written: text the group repeats
	// every meeting (a Links list, the meeting roles' labels, a sign-in
	// skeleton). The next agenda's other steps still apply to it (its
	// dates move, its names are cleared).
	RuleStanding = "standing"
	// RuleAgenda keeps the section's headings and the top-level items of
	// its numbered lists (the agenda's skeleton) and empties the rest: the
	// topics and notes of the last meeting.
	RuleAgenda = "agenda"
	// RuleActions carries the section's open action items and drops the
	// done ones (struck through, "DONE", a check mark, a checked box).
	RuleActions = "actions"
	// RuleNotes empties the section: the next meeting's notes start
	// afresh under its heading (its subsections go too).
	RuleNotes = "notes"
)

// Rules are the rules format.section_rules may give, in the order the
// documentation lists them.
var Rules = []string{RuleStanding, RuleAgenda, RuleActions, RuleNotes}

// SectionRule says what the next agenda does with the sections of a
// title: one of Rules.
type SectionRule struct {
	// Title is the section's heading text, without the hashes; it is
	// compared without regard to case, emphasis or a final colon.
	Title string `yaml:"title" json:"title"`
	// Rule is RuleStanding, RuleAgenda, RuleActions or RuleNotes.
	Rule string `yaml:"rule" json:"rule"`
}

// TitleKey is a section title as section rules compare it: lower case,
// without surrounding spaces, emphasis and a final colon ("**Agenda:**"
// is "agenda").
func TitleKey(title string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(title), " \t*_:"))
}

// RuleOf returns the rule the profile gives sections titled title, or ""
// when it gives none.
func (f *Format) RuleOf(title string) string {
	k := TitleKey(title)
	for _, r := range f.SectionRules {
		if TitleKey(r.Title) == k {
			return r.Rule
		}
	}
	return ""
}

// decodeRules reads format.section_rules, a mapping of title: rule, in
// its order.
func decodeRules(dst *[]SectionRule) setter {
	return func(n *yamlite.Node) error {
		*dst = nil
		if isNull(n) {
			return nil
		}
		if n.Kind != yamlite.MappingNode {
			return typeError(n, "format.section_rules", "a mapping of \"Section title: rule\" lines")
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			r := SectionRule{Title: n.Content[i].Value}
			if err := text(&r.Rule)(n.Content[i+1]); err != nil {
				return err
			}
			*dst = append(*dst, r)
		}
		return nil
	}
}

// checkRules checks format.section_rules: each title once, each rule
// one of Rules.
func (f *Format) checkRules(fail func(string, ...any) error) error {
	seen := map[string]bool{}
	for _, r := range f.SectionRules {
		k := TitleKey(r.Title)
		switch {
		case k == "":
			return fail(fmt.Sprintf("format.section_rules: %q is no section title", r.Title), "format", "section_rules")
		case seen[k]:
			return fail(fmt.Sprintf("format.section_rules: %q is given a rule twice", r.Title), "format", "section_rules", r.Title)
		case !validRule(r.Rule):
			return fail(fmt.Sprintf("format.section_rules: %s: rule %s: want %s", r.Title, strconv.Quote(r.Rule), strings.Join(Rules, ", ")), "format", "section_rules", r.Title)
		}
		seen[k] = true
	}
	return nil
}

func validRule(r string) bool {
	for _, v := range Rules {
		if r == v {
			return true
		}
	}
	return false
}

// writeRules adds format.section_rules, when there are any.
func (f *Format) writeRules(w *yamlWriter) {
	if len(f.SectionRules) == 0 {
		return
	}
	w.key(1, "section_rules")
	for _, r := range f.SectionRules {
		w.line(2, quote(r.Title)+": "+r.Rule)
	}
}
