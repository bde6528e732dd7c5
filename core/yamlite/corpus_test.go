package yamlite_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"

	"github.com/cpansec/minutes/core/frontmatter"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/core/yamlite"
)

// agree fails unless yamlite and yaml.v3 read src the same way, both
// succeeding or both failing.
func agree(t *testing.T, name string, src []byte) {
	t.Helper()
	diff, v3ok, ok := yamlite.CompareV3(src)
	switch {
	case diff != "":
		t.Errorf("%s:\n%s", name, diff)
	case v3ok != ok:
		_, err := yamlite.Parse(src)
		t.Errorf("%s: yaml.v3 reads it, yamlite fails: %v", name, err)
	}
}

// TestCorpusFrontMatter compares the two readers on the front matter of
// every real minutes file and template of the group.
func TestCorpusFrontMatter(t *testing.T) {
	files := corpustest.Files(t, "*.md")
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if fm := frontmatter.Parse(src); fm != nil && fm.Closed {
			agree(t, filepath.Base(f), src[fm.ContentStart:fm.ContentEnd])
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d front matter blocks in %d files", n, len(files))
	}
}

// TestProfilesAgainstYAMLv3 compares them on the built-in profile and
// the JSON one of the tests.
func TestProfilesAgainstYAMLv3(t *testing.T) {
	for _, f := range []string{"../profile/builtin/cpansec.yaml", "../profile/testdata/perl-toolchain.json"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		agree(t, f, src)
		if _, err := yamlite.Parse(src); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// TestTemplatesAgainstYAMLv3 compares them on the front matter of a new
// document from every template, and on the templates with their
// placeholders (which neither reads).
func TestTemplatesAgainstYAMLv3(t *testing.T) {
	at := when.At(2025, 6, 18, 16, 0)
	for _, info := range templates.List() {
		doc, err := templates.New(info.Name, at, profile.Default())
		if err != nil {
			t.Fatal(err)
		}
		fm := frontmatter.Parse(doc)
		if fm == nil || fm.Err != nil {
			t.Fatalf("%s: front matter %+v", info.Name, fm)
		}
		agree(t, info.Name, doc[fm.ContentStart:fm.ContentEnd])
		raw, err := templates.Source(info.Name)
		if err != nil {
			t.Fatal(err)
		}
		if fm := frontmatter.Parse(raw); fm != nil {
			agree(t, info.Name+" source", raw[fm.ContentStart:fm.ContentEnd])
		}
	}
}
