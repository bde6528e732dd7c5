package agenda

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile/learn"
	"github.com/cpansec/minutes/internal/corpustest"
)

// TestLearnedRulesCPANSec makes the next agenda of every version of
// CPANSec's 2025 project-grouped minutes with the profile learned from
// them (its section rules: Pre-meeting socializing standing, Agenda
// agenda, the topics' items carried) and checks the rule's promises on
// each; it logs how like the group's next file the closest agenda is,
// beside the built-in profile's (the format's own rules).
func TestLearnedRulesCPANSec(t *testing.T) {
	var files []learn.File
	for _, n := range corpustest.Files(t, "cpansec-minutes-2025-0*.md") {
		files = append(files, learn.File{Path: filepath.Base(n), Src: corpustest.Read(t, n)})
	}
	r, err := learn.Learn(files, learn.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := r.Profile
	if len(p.Format.SectionRules) == 0 {
		t.Fatal("no section rules learned from the 2025 minutes")
	}
	dates, versions := meetingVersions(t)
	var learned, builtin float64
	pairs := 0
	for i := 0; i+1 < len(dates); i++ {
		if !strings.HasPrefix(dates[i], "2025-0") || !strings.HasPrefix(dates[i+1], "2025-0") {
			continue
		}
		for _, d := range versions[dates[i]] {
			res, err := Next(d, WithProfile(p))
			if err != nil {
				t.Fatal(err)
			}
			for _, pr := range problems(d, res, p) {
				t.Errorf("%s: %s", d.Name(), pr)
			}
		}
		l := closestWith(t, versions[dates[i]], versions[dates[i+1]], WithProfile(p))
		b := closestWith(t, versions[dates[i]], versions[dates[i+1]])
		t.Logf("%s -> %s: learned rules %.2f, built-in %.2f", dates[i], dates[i+1], l, b)
		learned, builtin, pairs = learned+l, builtin+b, pairs+1
	}
	t.Logf("%d pairs: average likeness with the learned rules %.2f, built-in %.2f", pairs, learned/float64(pairs), builtin/float64(pairs))
}

// closestWith is the best likeness of an agenda made from froms with opts
// to one of tos.
func closestWith(t *testing.T, froms, tos []*core.Document, opts ...Option) float64 {
	best := 0.0
	for _, from := range froms {
		r, err := Next(from, opts...)
		if err != nil {
			t.Fatal(err)
		}
		for _, to := range tos {
			best = max(best, likeness(r.Doc.String(), to.String()))
		}
	}
	return best
}
