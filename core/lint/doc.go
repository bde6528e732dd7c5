// Package lint checks meeting minutes for the mistakes the group makes when
// it writes them by hand, and offers a safe fix where there is one.
//
// Check runs every rule over a parsed document and returns the findings in
// line order. Each Finding names its line and column (1-based, the column
// in characters), its rule, its severity and a message that says what is
// wrong and what to do; Fix, when not empty, is a change that touches only
// the finding's line and removes the finding. Fixes merges the fixes of
// several findings into one change, and FixAll applies them until nothing
// fixable is left.
//
// The rules, by the name findings carry (Rules lists them with a summary):
//
//	Invisible characters
//	  nbsp-marker        U+00A0 before or after a list marker
//	  broken-box         a task box the website shows as text ("[]", U+00A0)
//	  nbsp-heading       U+00A0 in a heading (after the hashes: no heading)
//	  invisible-space    other non-ASCII spaces (U+2000–U+200B, U+202F,
//	                     U+3000) in markers, boxes, headings; U+FEFF or
//	                     U+200B inside text
//	Front matter
//	  bom                a byte-order mark before the front matter
//	  front-matter-missing, front-matter-unclosed,
//	  front-matter-delimiter ("----", or the block indented), yaml
//	Dates
//	  meeting-time       meeting_time unreadable, without a year, or with
//	                     text after the time ("FIXME")
//	  date-mismatch      the title, file name or body states another date
//	                     than meeting_time
//	  weekday            a weekday that is not its date's
//	  next-meeting       no next meeting, or one not after this meeting
//	Template leftovers
//	  placeholder        FIXME, XXX, a lone "…", "approved by X", @name
//	  empty-field        "Meeting chair:" with nothing after it
//	  empty-item         a list item with no text
//	People and items
//	  unknown-handle     an @handle not on the roster (with a suggestion)
//	  attending-and-regrets  a person listed as attending and as absent
//	  duplicate-item     the same item twice in one list
//	Links
//	  bare-url           a URL the website shows as plain text
//	Rendering
//	  renders-differently  a place the website renders otherwise than
//	                     GitHub or the preview (preview.Divergences), unless
//	                     another finding on that line already says why
//
// Severity: an Error breaks the page or loses meaning (a byte-order mark,
// broken front matter, a box or heading the website shows as text, dates
// that disagree, a wrong weekday, a next meeting not after this one); the
// rest are warnings, template leftovers included.
//
// Bounds: Check runs in time linear in the size of the document (besides
// what core's Repairs and Facts cost), whatever the number of findings on
// one line.
//
// The roster is the profile's (WithProfile; the built-in CPANSec profile by
// default), which lists every handle seen in the group's minutes, plus the
// names given with WithExtraNames.
package lint
