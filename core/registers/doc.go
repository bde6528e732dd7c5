// Package registers builds a group's registers from a folder of minutes:
// who attended each meeting, the action items followed across meetings,
// and the decisions taken.
//
// # Which files, which version
//
// A file is minutes when its name follows the profile's file name
// (cpansec-minutes-YYYY-MM-DD.md, or a copy of one with a suffix: see
// publish.DateFromFileName); templates and other files are left out. The meeting date is the one in the file name: it is how the
// group names a meeting, and the date written inside is sometimes stale.
//
// A folder of history holds several versions of one meeting. Nothing in a
// version says which is newest: a commit hash does not sort by time, and
// the file's modification time is that of the checkout. Minutes grow as
// they are written and corrected (the agenda first, then the notes, then
// fixes), so Build takes, for each meeting date, the longest version in
// bytes, and of versions of equal length the one whose name sorts last.
// Meeting.Versions says how many versions were read.
//
// # Attendance
//
// A meeting's people are the facts core finds ([core.Facts.Names] by
// role). Handles are matched through the profile: an alias or a typo the
// profile knows (@rrwo) is counted for the handle meant (@robrwo), and case
// does not matter. Names that are not handles are kept as written. A
// person attended a meeting when named as an attendee, chair or scribe.
//
// # Actions
//
// Every item with a task box ("- [ ]", "- [x]") is followed from meeting
// to meeting. Copies are matched by their normalised text: lower case,
// handles replaced by the handle meant, punctuation and markup dropped,
// words kept in order ("@tux - XML::LibXML" and "@tux XML::LibXML" are the
// same). A copy whose normalised text is not known matches the most alike
// item not yet seen in that meeting when their words agree to at least
// [Similarity] (Dice coefficient over the words), or when one starts with
// the other's words (at least three: a note added at the end). An item is
// done at the meeting that checked it; a later open copy reopens it. Once
// followed, an item is also found in later minutes that copy it without a
// box (same normalised text), as the early formats and the 2026 one write
// items.
//
// # Decisions
//
// A decision is an item or a paragraph line that marks itself as decided
// with one of the profile's decision words (profile.Profile.Decisions, else
// [DefaultMarkers]): "Decision:", "decided", "Resolved", "Agreed",
// "Conclusion", "approved" (minutes approved by named people), votes and
// polls; a line that counts a +1/-1 poll ("+1: 5, -1: 0") is a decision
// whatever the words. The counts of a vote or poll ("+1: 5, -1: 0", "Vote:
// 4 for, 1 against", "Aye: 3, Nay: 2", "(5/0/1)" for, against, abstain)
// are read into [Decision.Votes]. Phrases about a decision still to come
// ("to be decided", "decision-making", "vote at next meeting") and
// "voting" (an election under way) are not decisions. A decision copied
// into later minutes is listed once, at the first meeting; approvals of
// the previous minutes are listed per meeting.
//
// # In slices
//
// Build reads every meeting at once; a [Builder] reads one meeting per
// Step, so that a page can build the registers of a long history between
// frames.
package registers
