package profile

import (
	"strings"
	"testing"
)

func TestDecodeValues(t *testing.T) {
	p, err := Load([]byte("name: g\nsite: {repository: o/r, file_name: m-YYYY-MM-DD.md}\n" +
		"meeting:\n  cadence_days: 0x0e\n  time: 16:00\n" +
		"boards:\n- name: B\n  url: https://x\n  retired: yes\n  formerly: [Old, 'Older']\n" +
		"roster: [{handle: \"@a\"}, {handle: \"@b\", name: Bee}]\naliases:\n  \"@bee\": \"@b\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Meeting.CadenceDays != 14 || p.Meeting.Time != "16:00" || !p.Boards[0].Retired || strings.Join(p.Boards[0].Formerly, "|") != "Old|Older" ||
		len(p.Roster) != 2 || p.Roster[1].Name != "Bee" || p.Aliases["@bee"] != "@b" {
		t.Errorf("decoded %+v", p)
	}
}

func TestDecodeActions(t *testing.T) {
	p, err := Load([]byte("name: x\nsite: {repository: o/r, file_name: m-YYYY-MM-DD.md}\nactions:\n  not_in_sections: [upcoming events]\n  volunteer_calls: [\"others?\"]\n  comments: [\"+1\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a := p.Actions; len(a.NotInSections) != 1 || a.VolunteerCalls[0] != "others?" || a.Comments[0] != "+1" {
		t.Errorf("actions %+v", a)
	}
	if _, err := Load([]byte("name: x\nsite: {repository: o/r, file_name: m-YYYY-MM-DD.md}\nactions:\n  volunteers: [x]\n")); err == nil || !strings.Contains(err.Error(), "volunteers") {
		t.Errorf("unknown key: %v", err)
	}
}
