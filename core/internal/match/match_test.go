package match

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// alphabet holds the pieces random test strings are made of: letters in
// both cases, the runes (?i) folds with k and s, word and non-word ASCII,
// spaces of every kind and other multi-byte runes.
var alphabet = []string{"a", "A", "k", "K", "s", "S", "e", "n", "x", "t", "\u212A", "\u017F", "_", "1", " ", "\t", "\n", "\v", "-", ":", "’", "é", "@", "."}

// randomText returns a string of up to n pieces, with words the caller
// cares about spliced in.
func randomText(r *rand.Rand, n int, words []string) string {
	var b strings.Builder
	for i := r.IntN(n); i > 0; i-- {
		if r.IntN(4) == 0 && len(words) > 0 {
			w := words[r.IntN(len(words))]
			if r.IntN(2) == 0 {
				w = strings.ToUpper(w)
			}
			b.WriteString(strings.NewReplacer("k", "\u212A", "s", "\u017F").Replace(w[:r.IntN(len(w)+1)]) + w[len(w)/2:])
			continue
		}
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// expr is the regular expression a word of Index stands for.
func expr(word string, fold bool) string {
	var e strings.Builder
	if fold {
		e.WriteString("(?i)")
	}
	if rest, ok := strings.CutPrefix(word, "^"); ok {
		e.WriteString("^")
		word = rest
	}
	if rest, ok := strings.CutPrefix(word, `\b`); ok {
		e.WriteString(`\b`)
		word = rest
	}
	after := strings.HasSuffix(word, `\b`)
	e.WriteString(regexp.QuoteMeta(strings.TrimSuffix(word, `\b`)))
	if after {
		e.WriteString(`\b`)
	}
	return e.String()
}

func TestIndexMatchesRegexp(t *testing.T) {
	words := []string{"next", `\bnext\b`, `^agenda\b`, "events", `\bmeeting end\b`, "ask", `\bpre-meeting`, `'s\b`, `’s\b`, "bi-weekly", `\ben\b`}
	compiled := map[string]*regexp.Regexp{}
	for _, w := range words {
		for _, fold := range []bool{true, false} {
			compiled[expr(w, fold)] = regexp.MustCompile(expr(w, fold))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		s := randomText(r, 12, []string{"next", "agenda", "events", "meeting end", "ask", "pre-meeting", "'s", "en"})
		for _, w := range words {
			for _, fold := range []bool{true, false} {
				want := compiled[expr(w, fold)].FindStringIndex(s)
				start, end := Index(s, w, fold)
				if want == nil && start != -1 || want != nil && (start != want[0] || end != want[1]) {
					t.Fatalf("Index(%q, %q, %v) = %d, %d; regexp %s says %v", s, w, fold, start, end, expr(w, fold), want)
				}
			}
		}
	}
}

func TestPrefixFoldMatchesRegexp(t *testing.T) {
	alts := []string{"attendees", "attendee", "attending", `present\b`, "partly present", `chair\b`, "chaired by"}
	re := regexp.MustCompile(`(?i)^(?:attendees|attendee|attending|present\b|partly present|chair\b|chaired by)`)
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		s := randomText(r, 6, []string{"attendees", "attending", "present", "partly present", "chair", "chaired by"})
		want := re.FindStringIndex(s)
		end, ok := PrefixFold(s, 0, alts...)
		if ok != (want != nil) || ok && end != want[1] {
			t.Fatalf("PrefixFold(%q) = %d, %v; regexp says %v", s, end, ok, want)
		}
	}
}

func TestSkipsMatchRegexp(t *testing.T) {
	nonWord := regexp.MustCompile(`(?i)^\W*`)
	space := regexp.MustCompile(`^\s*`)
	blanks := regexp.MustCompile(`^[ \t]*`)
	wordDash := regexp.MustCompile(`(?i)^[\w-]`)
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		s := randomText(r, 8, nil)
		if got, want := SkipNonWordFold(s, 0), nonWord.FindStringIndex(s)[1]; got != want {
			t.Fatalf("SkipNonWordFold(%q) = %d, want %d", s, got, want)
		}
		if got, want := SkipSpace(s, 0), space.FindStringIndex(s)[1]; got != want {
			t.Fatalf("SkipSpace(%q) = %d, want %d", s, got, want)
		}
		if got, want := SkipBlanks(s, 0), blanks.FindStringIndex(s)[1]; got != want {
			t.Fatalf("SkipBlanks(%q) = %d, want %d", s, got, want)
		}
		for _, c := range s {
			if FoldWordRune(c) != wordDash.MatchString(string(c)) {
				t.Fatalf("FoldWordRune(%q) = %v", c, FoldWordRune(c))
			}
		}
	}
}

func TestAny(t *testing.T) {
	tests := []struct {
		s     string
		words []string
		fold  bool
		want  bool
	}{
		{"Next meeting", []string{`\bnext\b`}, true, true},
		{"nextcloud", []string{`\bnext\b`}, true, false},
		{"Upcoming events", []string{"upcoming"}, true, true},
		{"prevent", []string{`events\b`, `event\b`}, true, true},
		{"Agenda", []string{`^agenda\b`}, true, true},
		{"The agenda", []string{`^agenda\b`}, true, false},
		{"ta\u212Ae", []string{"take"}, true, true},
		{"Chair", []string{"chair"}, false, false},
	}
	for _, tt := range tests {
		got := Any(tt.s, tt.words...)
		if tt.fold {
			got = AnyFold(tt.s, tt.words...)
		}
		if got != tt.want {
			t.Errorf("Any(%q, %q, fold %v) = %v", tt.s, tt.words, tt.fold, got)
		}
	}
}
