// Package agenda makes the agenda of the next meeting from a meeting's
// minutes, by the group's own rule (meetings/README.md on the website):
// remove the checked items with their sub-items, keep the open ones.
//
// Next applies the rule as a sequence of core edits, each a core.Change
// applied in turn, so that every line the rule does not touch is the
// minutes' line byte for byte (CRLF, U+00A0 and odd indentation included):
//
//   - Checked items ("[x]", "[X]") go with everything below them, open
//     sub-items included (the report counts them). Items without a box
//     stay: in the 2024 formats, which have no boxes, nothing is dropped.
//   - An item that repeats an earlier sibling (same text, same box, nothing
//     below it that the first copy lacks) goes; the first copy stays.
//   - Attendees, regrets, absents, chair and scribe lose their names and
//     keep their labels ("Regrets @leont" becomes "Regrets"); so do the
//     next-meeting section's organizer and secretary, named for the meeting
//     the agenda is for.
//   - The line that says who approved the previous minutes becomes
//     "Previous meeting minutes (YYYY-MM-DD) to be approved"; without one,
//     that line is added to the approvals section, else the agenda section,
//     else a new "Approve previous meeting minutes" section after the
//     attendance.
//   - The new meeting is on the date of the minutes' next-meeting line when
//     it is after the meeting, else a cadence (the profile's, 14 days)
//     later; at the next-meeting line's time, else the meeting's, else the
//     profile's. WithDate and WithClock override both.
//   - meeting_time is written "YYYY-MM-DD HH:MM UTC"; every other statement
//     of the meeting's date (title, headings, "Meeting was on …", "- 2026-02-19
//     @ 16:00 UTC.", timeanddate.com link queries) keeps its spelling with the
//     new date, weekday and time.
//   - Timed headings get their scheduled times back: the start (or begin)
//     at the meeting time, the pre-meeting half an hour before, "Meeting
//     end" an hour after and the final "End" an hour and a half after, as
//     the group's templates have them; another timed heading keeps its
//     distance from the start.
//   - The next-meeting line moves on to the meeting after the new one, a
//     cadence later, in its own spelling.
//
// The Report lists every removal with its line in the minutes and every
// rewritten or added line with its line in the agenda, and notes what the
// scribe should check (a time given in another zone, a next-meeting line
// that was not after the meeting).
package agenda
