package agenda

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
)

// problems returns what is wrong with the agenda r made from minutes in:
// the rule's promises, checked on the result.
func problems(in *core.Document, r *Result, group ...*profile.Profile) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	doc := r.Doc
	back, err := core.Parse(doc.Bytes(), core.WithName(in.Name()))
	if err != nil {
		return []string{"the agenda does not parse: " + err.Error()}
	}
	if !bytes.Equal(back.Bytes(), doc.Bytes()) {
		bad("the agenda does not round-trip")
	}
	for _, it := range doc.Items() {
		if it.Box == core.Done {
			bad("line %d: checked item kept: %q", it.Line, it.Text)
		}
	}
	// Every open item of the minutes that no checked item encloses is
	// still there, or its line was rewritten and reported.
	edited := map[string]bool{}
	for _, e := range r.Report.Edits {
		edited[normalize(e.Old)] = true
	}
	have := map[string]bool{}
	for _, it := range doc.Items() {
		have[normalize(it.Text)] = true
	}
	for _, it := range in.Items() {
		if it.Box != core.Open || underChecked(it) {
			continue
		}
		if t := normalize(it.Text); !have[t] && !editedItem(r, it) {
			bad("minutes line %d: open item lost: %q", it.Line, it.Text)
		}
	}
	// Lines the rule did not touch are the minutes' lines, byte for byte,
	// in order.
	touched := map[int]bool{}
	for _, e := range r.Report.Edits {
		touched[e.Line] = true
	}
	for _, n := range newLines(in.Bytes(), doc.Bytes()) {
		line, _ := lineOf(doc, n)
		if !touched[n] && strings.TrimSpace(line) != "" {
			bad("agenda line %d is neither a line of the minutes nor reported: %q", n, line)
		}
	}
	// The agenda's facts, without the minutes' file name and its date.
	unnamed, _ := core.Parse(doc.Bytes())
	f := unnamed.Facts()
	for _, role := range clearedRoles {
		if names := f.Names(role); len(names) > 0 {
			bad("%s not cleared: %v", role, names)
		}
	}
	if !f.When.IsZero() && !f.When.SameDate(r.Report.When) {
		bad("the agenda's date is %s, want %s", f.When.DateString(), r.Report.When.DateString())
	}
	for _, st := range f.Dates {
		if st.From != "file name" && !st.When.SameDate(r.Report.When) {
			bad("line %d (%s) still states %s", st.Line, st.From, st.When.DateString())
		}
	}
	info, matched := templates.Match(in)
	approves := !matched || !info.NoApproval
	if len(group) > 0 && !group[0].Meeting.ApprovePrevious {
		approves = false // the group's agendas approve no minutes
	}
	if has := strings.Contains(doc.String(), ApprovalText(r.Report.Previous)); has != approves {
		bad("approval line %q: %v, want %v (the format approves minutes: %v)", ApprovalText(r.Report.Previous), has, approves, approves)
	}
	return out
}

// editedItem reports whether the report lists a rewrite of the item's
// text (its names cleared, its date moved).
func editedItem(r *Result, it *core.Item) bool {
	for _, e := range r.Report.Edits {
		if e.Old != "" && (strings.Contains(it.Text, e.Old) || strings.Contains(e.Old, firstLine(it.Text))) {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// lineOf returns 1-based line n of d without its line ending.
func lineOf(d *core.Document, n int) (string, int) {
	src := d.Bytes()
	start := d.LineStart(n)
	end := bytes.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	return strings.TrimSuffix(string(src[start:start+end]), "\r"), start
}

// newLines returns the 1-based lines of b that are not matched to lines
// of a by a longest common subsequence of whole lines (endings included).
func newLines(a, b []byte) []int {
	la, lb := splitLines(a), splitLines(b)
	// lcs[i][j] is the LCS length of la[i:] and lb[j:].
	lcs := make([][]int, len(la)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(lb)+1)
	}
	for i := len(la) - 1; i >= 0; i-- {
		for j := len(lb) - 1; j >= 0; j-- {
			if la[i] == lb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []int
	i, j := 0, 0
	for j < len(lb) {
		switch {
		case i < len(la) && la[i] == lb[j]:
			i++
			j++
		case i < len(la) && lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			out = append(out, j+1)
			j++
		}
	}
	return out
}

func splitLines(b []byte) []string {
	var out []string
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			out = append(out, string(b))
			break
		}
		out = append(out, string(b[:i+1]))
		b = b[i+1:]
	}
	return out
}
