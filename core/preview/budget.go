package preview

import (
	"fmt"
	"strings"
	"time"
)

// The render budget of a document the scribe did not write here (a share
// link): what CheckBudget allows before the page shows it. Every renderer
// is bounded and linear (issue 13), so the page's time grows with the
// work a document asks for; these bounds keep that work within what real
// minutes of any group ask for, many times over. The largest real minutes
// (of 203 files of 15 groups) hold 2,255 bytes of markup and 817 lines.
const (
	// MaxMarkupBytes is how many bytes of inline markup — brackets,
	// parentheses, angle brackets, backticks, emphasis and strike marks,
	// ampersands, backslashes, quotes, pipes, dollars and braces — a
	// document may hold: the characters the inline parsers and the
	// Liquid scanner rescan or pair.
	MaxMarkupBytes = 32 << 10
	// MaxLines is how many lines a document may have: each may be a
	// block (a heading, an item) of its own.
	MaxLines = 8 << 10
)

// BudgetError says why a document is past the render budget, and where.
type BudgetError struct {
	// Line is the 1-based line of the file it concerns (0: the whole file).
	Line int
	// Reason says what is over the budget.
	Reason string
}

func (e *BudgetError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Reason)
	}
	return e.Reason
}

// CheckBudget returns a *BudgetError when showing src may go past the
// preview's budgets, or nil: its Liquid, evaluated alone (itself bounded
// by MaxLiquidWork), builds a value over MaxLiquidValue, does more work
// than MaxLiquidWork or has loops the website would run past it; or it is
// past CheckSize's bounds. It costs one pass over the bytes and the
// Liquid, a small part of rendering (BenchmarkCheckBudget), so a page can
// check a document before it shows it.
func CheckBudget(src []byte) error {
	if err := CheckSize(src); err != nil {
		return err
	}
	text := string(src)
	if !strings.Contains(text, "{{") && !strings.Contains(text, "{%") {
		return nil
	}
	page := readPage(text, time.Time{}, Site{})
	for _, is := range renderLiquid(page.body, page.scope).issues {
		reason := ""
		switch is.msg {
		case liquidValueIssue:
			reason = "its Liquid builds a value over the 1 MB limit (the website's build would fail there)"
		case liquidWorkIssue:
			reason = "its Liquid does more work than the preview allows (the website's build would take too long there)"
		default:
			continue
		}
		return &BudgetError{Line: page.bodyLine + strings.Count(page.body[:is.off], "\n"), Reason: reason}
	}
	return nil
}

// CheckSize returns a *BudgetError when src holds more than
// MaxMarkupBytes of markup or MaxLines lines, or nil: the part of
// CheckBudget that does not evaluate Liquid, one pass over the bytes. A
// file the scribe opens is checked so (its Liquid is shown as the site
// shows an error past the budget, and lint says where); a share link,
// which the scribe did not write, with CheckBudget.
func CheckSize(src []byte) error {
	markup, lines := 0, 1
	for _, c := range src {
		switch c {
		case '\n':
			lines++
		case '[', ']', '(', ')', '<', '>', '`', '*', '_', '~', '&', '\\', '!', '"', '\'', '|', '$', '{', '}':
			markup++
		}
	}
	if markup > MaxMarkupBytes {
		return &BudgetError{Reason: fmt.Sprintf("it holds %d KB of link, emphasis, tag and Liquid markup; real minutes hold a few KB, and the preview allows %d KB", markup>>10, MaxMarkupBytes>>10)}
	}
	if lines > MaxLines {
		return &BudgetError{Reason: fmt.Sprintf("it has %d lines; real minutes have under a thousand, and the preview allows %d", lines, MaxLines)}
	}
	return nil
}
