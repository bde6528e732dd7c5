package learn

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// TestLearnerIncremental feeds the CPANSec corpus (177 files) to a Learner
// one file at a time, as the page does, asking for the profile now and then
// on the way: each time, it is the profile Learn makes in one call from the
// files added so far, byte for byte, so asking does not disturb what is
// learned next; made in steps (the page yields between them) it is the
// same too.
func TestLearnerIncremental(t *testing.T) {
	var files []File
	for _, n := range corpustest.Files(t, "*.md") {
		files = append(files, File{Path: filepath.Base(n), Src: corpustest.Read(t, n)})
	}
	opt := Options{Repository: "CPAN-Security/security.metacpan.org", URL: "https://security.metacpan.org"}
	var l Learner
	if _, err := l.Result(opt); err == nil {
		t.Error("a Learner with no files learns a profile")
	}
	for i, f := range files {
		l.Add(f)
		if i%40 != 39 && i != len(files)-1 {
			continue
		}
		got, err := l.Result(opt)
		if err != nil {
			t.Fatalf("after %d files: %v", i+1, err)
		}
		want, err := Learn(files[:i+1], opt)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.YAML(), want.YAML()) {
			t.Fatalf("after %d files the Learner's profile\n%s\nis not Learn's\n%s", i+1, got.YAML(), want.YAML())
		}
	}
	if l.Files() != len(files) {
		t.Errorf("Files() = %d, want %d", l.Files(), len(files))
	}
	// In steps, the same profile.
	steps := 0
	got, err := l.ResultInSteps(opt, func() { steps++ })
	want, _ := l.Result(opt)
	if err != nil || !bytes.Equal(got.YAML(), want.YAML()) || steps != 5 {
		t.Errorf("ResultInSteps: %v, %d steps, the same profile %v", err, steps, err == nil && bytes.Equal(got.YAML(), want.YAML()))
	}
}
