package core

import "testing"

func TestRepairs(t *testing.T) {
	tests := []struct {
		name, src, want string
		rules           []string
	}{
		{"empty brackets", "- [] a\n- [ ] b\n", "- [ ] a\n- [ ] b\n", []string{"broken-box"}},
		{"nbsp in box", "- [\u00a0] a\n", "- [ ] a\n", []string{"broken-box"}},
		{"nbsp after box", "- [x]\u00a0a\n", "- [x] a\n", []string{"broken-box"}},
		{"nbsp before box", "-\u00a0[x] a\n", "- [x] a\n", []string{"broken-box"}},
		{"nbsp after marker", "-\u00a0a\n- b\n", "- a\n- b\n", []string{"nbsp-marker"}},
		{"nbsp indentation", "- a\n\u00a0\u00a0- b\n", "- a\n  - b\n", []string{"nbsp-marker"}},
		{"heading", "##\u00a0A\n## 16:30 UTC –\u00a0B\n", "## A\n## 16:30 UTC – B\n", []string{"nbsp-heading", "nbsp-heading"}},
		{"bom and dashes", "\uFEFF----\nlayout: page\n----\n# A\n", "---\nlayout: page\n---\n# A\n", []string{"bom", "front-matter-delimiter", "front-matter-delimiter"}},
		{"text nbsp untouched", "- a\u00a0b\n", "- a\u00a0b\n", nil},
		{"clean", "---\nlayout: page\n---\n- [ ] a\n", "---\nlayout: page\n---\n- [ ] a\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var rules []string
			for _, r := range d.Repairs() {
				rules = append(rules, r.Rule)
				if n := len(r.Change); n != 1 || d.Line(r.Change[0].Start) != d.Line(max(r.Change[0].End-1, r.Change[0].Start)) {
					t.Errorf("repair %s spans more than one line: %+v", r.Rule, r.Change)
				}
			}
			if len(rules) != len(tt.rules) {
				t.Fatalf("rules %v, want %v", rules, tt.rules)
			}
			for i := range rules {
				if rules[i] != tt.rules[i] {
					t.Errorf("rules %v, want %v", rules, tt.rules)
				}
			}
			if got := string(d.RepairAll().Apply(d.Bytes())); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCorpusRepairsAreIdempotent repairs every real file and checks that
// the result needs no more repair and differs only on repaired lines.
func TestCorpusRepairsAreIdempotent(t *testing.T) {
	for _, path := range corpus(t) {
		d, err := Parse(readCorpus(t, path))
		if err != nil {
			t.Fatal(err)
		}
		reps := d.Repairs()
		nd, err := d.Apply(d.RepairAll())
		if err != nil {
			t.Fatal(err)
		}
		if again := nd.Repairs(); len(again) > 0 {
			t.Errorf("%s: still needs %d repairs after repair, first %+v", path, len(again), again[0])
		}
		if n := changedLines(d.String(), nd.String()); n > len(reps) || n < 0 {
			t.Errorf("%s: %d lines changed by %d repairs", path, n, len(reps))
		}
	}
}
