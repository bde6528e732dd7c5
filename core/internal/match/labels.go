package match

// RoleLabels are the labels of meeting roles that the minutes write before
// names ("Attendees:", "Meeting chair -"), in the order of the alternation
// that core and core/agenda matched them with, the first that fits
// winning:
//
//	partly (attending|present|absent)|attendees?|attending|present|participants|attendance|council members|observers|guests|members|visitors|regrets|apologies|excused|unavailable|absents?|absentees|not (attending|present)|(meeting )?(chair|chaired by|organi[sz]er|secretary|scribe|minute[- ]?taker)|facilitator|facilitated by|moderator|scribes|minutes (taken )?by|note[- ]?takers?
//
// ("(meeting )?" is tried with and then without its words, "s?" and
// "[- ]?" with and then without their character).
var RoleLabels = []string{
	"partly attending", "partly present", "partly absent", "attendees", "attendee", "attending", "present", "participants",
	"attendance", "council members", "observers", "guests", "members", "visitors",
	"regrets", "apologies", "excused", "unavailable", "absents", "absent", "absentees", "not attending", "not present",
	"meeting chair", "meeting chaired by", "meeting organiser", "meeting organizer", "meeting secretary", "meeting scribe",
	"meeting minute-taker", "meeting minute taker", "meeting minutetaker",
	"chair", "chaired by", "organiser", "organizer", "secretary", "scribe", "minute-taker", "minute taker", "minutetaker",
	"facilitator", "facilitated by", "moderator", "scribes",
	"minutes taken by", "minutes by", "note-takers", "note-taker", "note takers", "note taker", "notetakers", "notetaker",
}
