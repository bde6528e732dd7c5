package preview

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/internal/testenv"
)

// readCorpus returns the corpus files by name (see internal/corpustest).
func readCorpus(t testing.TB) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, p := range corpustest.Files(t, "*.md") {
		files[filepath.Base(p)] = corpustest.Read(t, p)
	}
	return files
}

// siteConfig is the kramdown configuration the site's build ends up with
// (Jekyll's defaults under the github-pages gem's).
const siteConfig = `url: "https://security.metacpan.org"
baseurl: ""
title: "CPAN Security Group (CPANSec) 🦆🦆"
markdown: kramdown
kramdown:
  input: GFM
  hard_wrap: false
  gfm_quirks: paragraph_end
  math_engine: mathjax
  syntax_highlighter: rouge
  syntax_highlighter_opts:
    default_lang: plaintext
  template: ""
`

// sitePlugins does what two plugins the github-pages gem turns on for the
// site do (after jekyll-optional-front-matter and
// jekyll-titles-from-headings, MIT): Markdown files without front matter
// (or with a byte-order mark before it) become pages, and a page without a
// title takes the text of a leading heading.
const sitePlugins = `
class OptionalFrontMatter < Jekyll::Generator
  safe true
  priority :normal
  def generate(site)
    md = site.static_files.select { |f| f.extname == ".md" }
    site.pages.concat(md.map { |f|
      Jekyll::Page.new(site, f.instance_variable_get("@base"), f.instance_variable_get("@dir"), f.instance_variable_get("@name"))
    })
    site.static_files -= md
  end
end

class TitlesFromHeadings < Jekyll::Generator
  safe true
  priority :lowest
  TITLE_REGEX = %r!\A\s*(?:\#{1,3}\s+(.*)(?:\s+\#{1,3})?|(.*)\r?\n[-=]+\s*)$!
  def generate(site)
    md = site.find_converter_instance(Jekyll::Converters::Markdown)
    site.pages.each do |doc|
      next unless doc.extname == ".md" && doc.data["title"].nil?
      m = doc.content.to_s.match(TITLE_REGEX)
      next unless m
      html = md.convert(m[1] || m[2])
      doc.data["title"] = html.gsub(%r!<.*?>!m, "").gsub(%r!\s+!, " ").strip
    end
  end
end
`

// jekyllBodies renders files with the real Jekyll and kramdown and
// returns what Jekyll puts in {{ content }} for each, with the site's
// configuration and the behaviour of its github-pages plugins
// (sitePlugins). Layouts named in front matter do not exist in the
// temporary site, so the output is the content alone. It skips the test
// when jekyll is missing, unless CI is set.
func jekyllBodies(t testing.TB, files map[string][]byte) map[string]string {
	t.Helper()
	bin, err := exec.LookPath("jekyll")
	if err != nil {
		testenv.Missing(t, "jekyll is not installed (Debian packages jekyll, ruby-kramdown-parser-gfm)")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "_config.yml"), []byte(siteConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(src, "_plugins"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "_plugins", "site.rb"), []byte(sitePlugins), 0o644); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for name, b := range files {
		s := string(b)
		if end, ok := jekyllFrontMatterEnd(strings.TrimPrefix(s, bom)); ok {
			// A permalink would send the page elsewhere (and several
			// versions of a file to the same place).
			off := len(s) - len(strings.TrimPrefix(s, bom))
			s = s[:off] + dropPermalink(s[off:off+end]) + s[off+end:]
		}
		safe := strings.NewReplacer("@", "_at_").Replace(strings.TrimSuffix(name, ".md"))
		names[name] = safe
		if err := os.WriteFile(filepath.Join(src, safe+".md"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "build", "--quiet", "-s", src, "-d", filepath.Join(dir, "out"))
	cmd.Env = append(os.Environ(), "TZ=UTC", "JEKYLL_ENV=production")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("jekyll build: %v\n%s", err, out)
	}
	bodies := map[string]string{}
	for name, safe := range names {
		b, err := os.ReadFile(filepath.Join(dir, "out", safe+".html"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		bodies[name] = string(b)
	}
	return bodies
}

// dropPermalink removes "permalink:" lines from a front matter block.
func dropPermalink(block string) string {
	lines := strings.SplitAfter(block, "\n")
	var b strings.Builder
	for _, l := range lines {
		if !strings.HasPrefix(l, "permalink:") {
			b.WriteString(l)
		}
	}
	return b.String()
}

// readCorpusForFuzz returns the corpus files to seed fuzzing, or none.
func readCorpusForFuzz() [][]byte { return corpustest.Seeds(1) }

// sortedNames returns the keys of files in order.
func sortedNames(files map[string][]byte) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
