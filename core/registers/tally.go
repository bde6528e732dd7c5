package registers

import (
	"regexp"
	"strconv"
	"strings"
)

// Tally is the counts of a vote or poll, as a decision's line states
// them: "+1: 5, -1: 0", "Vote: 4 for, 1 against", "(5/0/1)".
type Tally struct {
	// For, Against and Abstain are the counts; a count the line does not
	// state is 0.
	For, Against, Abstain int
	// Text is the part of the line the counts were read from.
	Text string
}

var (
	// plusOne matches one count of a +1/-1 poll: "+1: 5", "-1 = 0",
	// "0: 1", "+1s: 3".
	plusOne = regexp.MustCompile(`(?:^|[\s(,;])([+-]1|[+-]?0)s?\s*[:=]\s*(\d+)\b`)
	// countWord matches "4 for", "1 against", "2 abstentions", "3 votes
	// in favour", "4 votes Aye", "2 voted in favor"; the count stands
	// alone ("CC-BY-SA-4.0 for" is none).
	countWord = regexp.MustCompile(`(?i)(?:^|[\s(,:;])(\d+)\s+(?:votes?\s+|voted\s+)?(for|in\s+favou?r|ayes?|yes|yeas?|against|nays?|no|opposed|abstain(?:ed|ing|s)?|abstentions?)\b`)
	// wordCount matches "for: 4", "Aye = 3", "against: 1".
	wordCount = regexp.MustCompile(`(?i)\b(for|in\s+favou?r|ayes?|yes|yeas?|against|nays?|no|opposed|abstain(?:ed|ing|s)?|abstentions?)\s*[:=]\s*(\d+)\b`)
	// slashes matches "(5/0/1)", "(4/1)": for, against, abstain.
	slashes = regexp.MustCompile(`\((\d+)\s*/\s*(\d+)(?:\s*/\s*(\d+))?\)`)
)

// tally reads the counts of a vote or poll in a decision's line; nil when
// it states none.
func tally(line string) *Tally {
	if t := plusOneTally(line); t != nil {
		return t
	}
	if t := wordTally(line); t != nil {
		return t
	}
	if m := slashes.FindStringSubmatchIndex(line); m != nil {
		t := &Tally{For: atoi(line, m[2], m[3]), Against: atoi(line, m[4], m[5]), Text: line[m[0]:m[1]]}
		if m[6] >= 0 {
			t.Abstain = atoi(line, m[6], m[7])
		}
		return t
	}
	return nil
}

// plusOneTally reads "+1: 5, -1: 0, 0: 1"; it needs a +1 or -1 count.
func plusOneTally(line string) *Tally {
	if !strings.Contains(line, "+1") && !strings.Contains(line, "-1") {
		return nil
	}
	ms := plusOne.FindAllStringSubmatchIndex(line, -1)
	t, signed := &Tally{}, false
	for _, m := range ms {
		n := atoi(line, m[4], m[5])
		switch line[m[2]:m[3]] {
		case "+1":
			t.For += n
			signed = true
		case "-1":
			t.Against += n
			signed = true
		default:
			t.Abstain += n
		}
	}
	if !signed {
		return nil
	}
	t.Text = strings.TrimLeft(line[ms[0][0]:ms[len(ms)-1][1]], " (,;")
	return t
}

// wordTally reads counts written with words, either way round ("4 for,
// 1 against", "Aye: 4, Nay: 1").
func wordTally(line string) *Tally {
	t := &Tally{}
	start, end := -1, -1
	add := func(word string, n, from, to int) {
		switch w := strings.ToLower(strings.Join(strings.Fields(word), " ")); {
		case w == "against" || w == "opposed" || strings.HasPrefix(w, "nay") || w == "no":
			t.Against += n
		case strings.HasPrefix(w, "abst"):
			t.Abstain += n
		default:
			t.For += n
		}
		if start < 0 || from < start {
			start = from
		}
		end = max(end, to)
	}
	for _, m := range countWord.FindAllStringSubmatchIndex(line, -1) {
		add(line[m[4]:m[5]], atoi(line, m[2], m[3]), m[2], m[1])
	}
	if start < 0 {
		for _, m := range wordCount.FindAllStringSubmatchIndex(line, -1) {
			add(line[m[2]:m[3]], atoi(line, m[4], m[5]), m[0], m[1])
		}
	}
	if start < 0 {
		return nil
	}
	t.Text = line[start:end]
	return t
}

func atoi(s string, from, to int) int {
	n, _ := strconv.Atoi(s[from:to])
	return n
}
