package when

import (
	"strings"
	"time"
)

// months maps the lower-case month names and abbreviations used in minutes
// to their month.
var months = map[string]time.Month{
	"january": time.January, "jan": time.January,
	"february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March,
	"april": time.April, "apr": time.April,
	"may":  time.May,
	"june": time.June, "jun": time.June,
	"july": time.July, "jul": time.July,
	"august": time.August, "aug": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October,
	"november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
}

// weekdays maps the lower-case weekday names and abbreviations to their day.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

// zones are the zone abbreviations recognised after a time, besides UTC and
// Area/City names. Upper case only: "est" or "bst" in running text is a word.
var zones = map[string]bool{
	"GMT": true, "CET": true, "CEST": true, "EET": true, "EEST": true, "WET": true,
	"WEST": true, "BST": true, "EST": true, "EDT": true, "CST": true, "CDT": true,
	"MST": true, "MDT": true, "PST": true, "PDT": true, "JST": true,
	"KST": true, "AEST": true, "AEDT": true, "PT": true, "ET": true, "CT": true, "MT": true,
}

// longZones are the first words of zones written in words ("Pacific
// Time", "Eastern Daylight Time"), with the abbreviation of the zone's
// seasonal time.
var longZones = map[string]string{"Pacific": "PT", "Mountain": "MT", "Central": "CT", "Eastern": "ET"}

// monthWord returns the month named by word and whether word abbreviates it
// (and so may take a trailing period). The lower-case word "may" is the
// verb, not the month.
func monthWord(word string) (m time.Month, abbrev, ok bool) {
	if word == "may" {
		return 0, false, false
	}
	lw := strings.ToLower(word)
	m, ok = months[lw]
	return m, ok && len(lw) < len(m.String()), ok
}

// weekdayWord returns the weekday named by word and whether word
// abbreviates it.
func weekdayWord(word string) (d time.Weekday, abbrev, ok bool) {
	lw := strings.ToLower(word)
	d, ok = weekdays[lw]
	return d, ok && len(lw) < len(d.String()), ok
}
