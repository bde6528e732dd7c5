package when

import (
	"strconv"
	"strings"
	"time"
)

// Offsets of the zones ToUTC converts, in minutes east of UTC. The
// abbreviations name one offset; the seasonal zones (PT, "Pacific Time",
// Area/City names) take their daylight saving time by date, with the US
// and EU rules, so that no time zone database is needed (the WebAssembly
// build has none).
var fixedOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
	"JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
	"EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
}

// seasonal is a zone with a standard offset and a daylight saving rule.
type seasonal struct {
	std int // minutes east of UTC in winter
	dst func(When) bool
}

var seasonalZones = map[string]seasonal{
	"PT": {-480, usDST}, "MT": {-420, usDST}, "CT": {-360, usDST}, "ET": {-300, usDST},
	"America/Los_Angeles": {-480, usDST}, "America/Vancouver": {-480, usDST}, "America/Denver": {-420, usDST},
	"America/Chicago": {-360, usDST}, "America/New_York": {-300, usDST}, "America/Toronto": {-300, usDST},
	"Europe/London": {0, euDST}, "Europe/Dublin": {0, euDST}, "Europe/Lisbon": {0, euDST},
	"Europe/Helsinki": {120, euDST}, "Europe/Athens": {120, euDST}, "Europe/Kiev": {120, euDST}, "Europe/Kyiv": {120, euDST},
	"Europe/Bucharest": {120, euDST}, "Europe/Sofia": {120, euDST}, "Europe/Riga": {120, euDST},
	"Europe/Tallinn": {120, euDST}, "Europe/Vilnius": {120, euDST},
	"Asia/Tokyo": {540, nil}, "Asia/Seoul": {540, nil}, "America/Phoenix": {-420, nil},
}

// offset returns the zone's offset from UTC in minutes on date d.
func offset(zone string, d When) (int, bool) {
	if m, ok := fixedOffsets[zone]; ok {
		return m, true
	}
	if rest, ok := strings.CutPrefix(zone, "UTC"); ok { // "UTC+1", "UTC-05"
		h, err := strconv.Atoi(rest)
		return h * 60, err == nil
	}
	if first, _, ok := strings.Cut(zone, " "); ok && longZones[first] != "" {
		switch {
		case strings.Contains(zone, "Daylight"):
			zone = longZones[first][:1] + "DT"
		case strings.Contains(zone, "Standard"):
			zone = longZones[first][:1] + "ST"
		default:
			zone = longZones[first]
		}
		return offset(zone, d)
	}
	z, ok := seasonalZones[zone]
	if !ok && strings.HasPrefix(zone, "Europe/") && zone != "Europe/Moscow" && zone != "Europe/Istanbul" && zone != "Europe/Minsk" {
		z, ok = seasonal{60, euDST}, true // Central European Time, the most of Europe's zones
	}
	if !ok {
		return 0, false
	}
	if z.dst != nil && d.HasYear() && z.dst(d) {
		return z.std + 60, true
	}
	return z.std, true
}

// UTC returns the clock converted to UTC on date d (which decides daylight
// saving time for a seasonal zone such as "PT" or "Europe/Amsterdam"),
// wrapping around midnight: the date stays the meeting's date as the
// minutes write it. ok is false for a clock without a zone or in a zone
// this package does not know; the clock is then returned unchanged.
func (c Clock) UTC(d When) (Clock, bool) {
	if c.Zone == UTC {
		return c, true
	}
	off, ok := offset(c.Zone, d)
	if !ok {
		return c, false
	}
	u := c.Add(-off)
	u.Zone = UTC
	return u, true
}

// usDST reports whether d is in US daylight saving time: from the second
// Sunday of March to the first Sunday of November (since 2007; before, the
// first Sunday of April to the last Sunday of October).
func usDST(d When) bool {
	if d.Year < 2007 {
		return onOrAfter(d, nthSunday(d.Year, time.April, 1)) && !onOrAfter(d, lastSunday(d.Year, time.October))
	}
	return onOrAfter(d, nthSunday(d.Year, time.March, 2)) && !onOrAfter(d, nthSunday(d.Year, time.November, 1))
}

// euDST reports whether d is in EU summer time: from the last Sunday of
// March to the last Sunday of October.
func euDST(d When) bool {
	return onOrAfter(d, lastSunday(d.Year, time.March)) && !onOrAfter(d, lastSunday(d.Year, time.October))
}

func onOrAfter(d, ref When) bool { return d.DateOnly().Compare(ref) >= 0 }

// nthSunday returns the n-th Sunday of month in year.
func nthSunday(year int, month time.Month, n int) When {
	t := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, (7-int(t.Weekday()))%7+7*(n-1))
	return Date(year, month, t.Day())
}

// lastSunday returns the last Sunday of month in year.
func lastSunday(year int, month time.Month) When {
	t := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, -int(t.Weekday()))
	return Date(year, month, t.Day())
}
