package lint

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/core/profile"
)

// Severity says how bad a finding is.
type Severity int

// The severities. An Error breaks the page or loses meaning (the website
// does not render it, or the minutes contradict themselves); a Warning is
// worth a look before the pull request.
const (
	Warning Severity = iota
	Error
)

// String returns "warning" or "error".
func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Finding is one problem at one place.
type Finding struct {
	// Line and Column are 1-based; Column counts characters.
	Line, Column int
	// Rule names the kind of problem ("bare-url").
	Rule     string
	Severity Severity
	// Message says what is wrong and what to do, in the user's terms.
	Message string
	// Suggestion is the replacement the finding proposes, when it has one
	// ("@stigtsp" for "@stigstp").
	Suggestion string
	// Subject is what the finding is about, as data, so that no caller
	// reads it out of Message: the handle of an unknown-handle finding
	// (which the page offers to add to the roster); "" for most rules.
	Subject string
	// Fix is a safe change that touches only Line and removes the finding;
	// it is empty when no fix is safe.
	Fix core.Change
}

// Fixable reports whether the finding has a safe fix.
func (f Finding) Fixable() bool { return len(f.Fix) > 0 }

// Option configures Check.
type Option func(*config)

// config is what the options set.
type config struct {
	profile *profile.Profile
	extra   map[string]bool // added names, lower case without "@"
}

// WithProfile checks handles against the roster of p instead of the
// built-in CPANSec profile.
func WithProfile(p *profile.Profile) Option {
	return func(c *config) {
		if p != nil {
			c.profile = p
		}
	}
}

// WithExtraNames adds handles a scribe knows to the roster for this check
// ("@newcomer" or "newcomer"). The profile itself is not changed.
func WithExtraNames(names ...string) Option {
	return func(c *config) {
		for _, n := range names {
			if n = normHandle(n); n != "" {
				c.extra[n] = true
			}
		}
	}
}

// defaultProfile is the built-in profile, read once: Check only reads it.
var defaultProfile = sync.OnceValue(profile.Default)

// normHandle returns a handle in lower case without its "@".
func normHandle(h string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@"))
}

// checker holds one run of the rules over a document.
type checker struct {
	*config
	d        *core.Document
	src      []byte
	lines    []textLine
	findings []Finding

	// itemOnLine and sectionOnLine index items by their first line and
	// sections by their heading's, for rules that start from a line.
	itemOnLine    map[int]*core.Item
	sectionOnLine map[int]*core.Section
	// lastColumn remembers the last column computed on each line, so that
	// many findings on one long line cost its length once, not each time.
	lastColumn map[int]column
	// suggestions remembers the handle suggested for each unknown handle.
	suggestions map[string][2]string
}

// column is a byte offset and its 1-based column.
type column struct{ off, col int }

// rules are the rule functions in the order they run; the findings are
// sorted afterwards.
var rules = []func(*checker){
	(*checker).repairs,
	(*checker).invisibleSpaces,
	(*checker).frontMatter,
	(*checker).meetingTime,
	(*checker).dateMismatch,
	(*checker).weekdays,
	(*checker).nextMeeting,
	(*checker).placeholders,
	(*checker).emptyFields,
	(*checker).emptyItems,
	(*checker).handles,
	(*checker).attendingAndRegrets,
	(*checker).duplicateItems,
	(*checker).bareURLs,
	// then rendersDifferently (Run.Step), last: it leaves out what the
	// others explain
}

// Check runs every rule over d and returns the findings sorted by line and
// column.
func Check(d *core.Document, opts ...Option) []Finding {
	r := Start(d, opts...)
	for r.Step() {
	}
	return r.Findings()
}

// Run is Check a step at a time: a rule, or a part of the comparison with
// the website's rendering, per step. On a 280 kB document the whole of
// Check holds the browser for hundreds of milliseconds; a page runs one
// step per task (issue 12 point 4). The findings are Check's.
type Run struct {
	c      *checker
	rule   int                    // the next rule of rules
	dv     *preview.DivergenceRun // rendersDifferently under way
	dvLeft bool                   // dv has steps left
	setUp  bool
	done   bool
}

// Start prepares Check of d without running any rule.
func Start(d *core.Document, opts ...Option) *Run {
	c := &checker{config: &config{extra: map[string]bool{}}, d: d, src: d.Bytes()}
	for _, o := range opts {
		o(c.config)
	}
	if c.profile == nil {
		c.profile = defaultProfile()
	}
	return &Run{c: c}
}

// Step runs the next step and reports whether any is left.
func (r *Run) Step() bool {
	c := r.c
	switch {
	case r.done:
	case !r.setUp:
		r.setUp = true
		c.lines = textLines(c.d)
		c.itemOnLine, c.sectionOnLine, c.lastColumn = map[int]*core.Item{}, map[int]*core.Section{}, map[int]column{}
		c.suggestions = map[string][2]string{}
		for _, it := range c.d.Items() {
			c.itemOnLine[it.Line] = it // the innermost of items sharing a line
		}
		for _, s := range c.d.Sections() {
			c.sectionOnLine[s.Line] = s
		}
	case r.rule < len(rules):
		rules[r.rule](c)
		r.rule++
	case r.dv == nil || r.dvLeft:
		if r.dv == nil {
			r.dv = preview.StartDivergences(c.src, preview.WithProfileSite(c.profile))
		}
		r.dvLeft = r.dv.Step()
	default:
		c.rendersDifferently(r.dv.Result())
		sortFindings(c.findings)
		r.done = true
	}
	return !r.done
}

// Findings is Check's result once Step has reported no step left.
func (r *Run) Findings() []Finding { return r.c.findings }

// HasErrors reports whether any finding is an Error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == Error {
			return true
		}
	}
	return false
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].Line != fs[j].Line {
			return fs[i].Line < fs[j].Line
		}
		return fs[i].Column < fs[j].Column
	})
}

// add records a finding at byte offset off of the source.
func (c *checker) add(off int, rule string, sev Severity, msg string, fix core.Change) *Finding {
	line := c.d.Line(off)
	return c.addAt(line, c.column(line, off), rule, sev, msg, fix)
}

// column returns the column of off on its line, counting on from the last
// column computed there when that was before off.
func (c *checker) column(line, off int) int {
	col := 0
	if last, ok := c.lastColumn[line]; ok && last.off <= off {
		col = last.col + utf8.RuneCount(c.src[last.off:off])
	} else {
		col = c.d.Column(off)
	}
	c.lastColumn[line] = column{off, col}
	return col
}

// addAt records a finding at a line and column.
func (c *checker) addAt(line, col int, rule string, sev Severity, msg string, fix core.Change) *Finding {
	c.findings = append(c.findings, Finding{Line: line, Column: col, Rule: rule, Severity: sev, Message: msg, Fix: fix})
	return &c.findings[len(c.findings)-1]
}
