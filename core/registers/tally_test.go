package registers

import "testing"

func TestTally(t *testing.T) {
	for _, c := range []struct {
		line string
		want *Tally
	}{
		{"Adopt the policy: +1: 5, -1: 0", &Tally{For: 5, Text: "+1: 5, -1: 0"}},
		{"Poll (+1: 3, 0: 2, -1: 1)", &Tally{For: 3, Against: 1, Abstain: 2, Text: "+1: 3, 0: 2, -1: 1"}},
		{"Vote: 4 for, 1 against", &Tally{For: 4, Against: 1, Text: "4 for, 1 against"}},
		{"Voted on the charter: 6 in favour, 0 against, 1 abstention", &Tally{For: 6, Abstain: 1, Text: "6 in favour, 0 against, 1 abstention"}},
		{"4 votes Aye", &Tally{For: 4, Text: "4 votes Aye"}},
		{"Vote on the name: Aye: 3, Nay: 2", &Tally{For: 3, Against: 2, Text: "Aye: 3, Nay: 2"}},
		{"Resolved to publish (5/0/1)", &Tally{For: 5, Abstain: 1, Text: "(5/0/1)"}},
		{"Resolved to publish (4/1)", &Tally{For: 4, Against: 1, Text: "(4/1)"}},
		{"Voted on ...: Unanimous in favor", nil},
		// Real lines of the corpus.
		{"4 votes Aye, 0 votes Nay. We'll proceed with an announcement.", &Tally{For: 4, Text: "4 votes Aye, 0 votes Nay"}},
		{"Change of name: CPAN Security Group (short: CPANSec) – 2 voted in favor, 4 abstained", &Tally{For: 2, Abstain: 4, Text: "2 voted in favor, 4 abstained"}},
		{"@timlegge, @stigo, @sjn vote to use CC-BY-SA-4.0 for general web site content", nil},
		{"Decision: we meet on 2025/03/12", nil},
		{"Agreed: 0: the empty list stays", nil}, // a 0 count alone is no poll
	} {
		got := tally(c.line)
		if (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("tally(%q) = %+v, want %+v", c.line, got, c.want)
		}
	}
}
