package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// handFacts are the facts of one file as testdata/others-facts.txt gives
// them, field by field ("date", "time", "next", "chair", "scribe",
// "attendees", "regrets").
type handFacts map[string]string

// factFields are the fields of testdata/others-facts.txt, in order.
var factFields = []string{"date", "time", "next", "chair", "scribe", "attendees", "regrets"}

// readHandFacts reads testdata/others-facts.txt: "[GROUP/FILE.md]" then
// "field: value" lines; "#" lines are comments.
func readHandFacts(t *testing.T) map[string]handFacts {
	f, err := os.Open(filepath.Join("testdata", "others-facts.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]handFacts{}
	var cur handFacts
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = handFacts{}
			out[line[1:len(line)-1]] = cur
		default:
			k, v, ok := strings.Cut(line, ":")
			if !ok || cur == nil {
				t.Fatalf("others-facts.txt:%d: want [FILE] or field: value, got %q", n, line)
			}
			cur[k] = strings.TrimSpace(v)
		}
	}
	return out
}

// TestOtherGroupsFactsByHand compares what `minutes json` finds in every
// corpus-others file, with no profile around, with the facts read by hand
// in testdata/others-facts.txt, and logs the score per field.
func TestOtherGroupsFactsByHand(t *testing.T) {
	want := readHandFacts(t)
	files := corpustest.Files(t, "../corpus-others/*/*.md")
	if len(files) != len(want) {
		t.Errorf("%d files in %s, %d in others-facts.txt", len(files), othersDir, len(want))
	}
	right, stated := map[string]int{}, map[string]int{}
	for _, file := range files {
		key := filepath.Base(filepath.Dir(file)) + "/" + filepath.Base(file)
		hand, ok := want[key]
		if !ok {
			t.Errorf("%s: not in others-facts.txt", key)
			continue
		}
		code, stdout, stderr := runCLI(t, "", "json", file)
		if code != exitOK {
			t.Fatalf("%s: json: %d %s", key, code, stderr)
		}
		var j struct {
			Date, Time  string
			NextMeeting string `json:"next_meeting"`
			People      peopleJSON
		}
		if err := json.Unmarshal([]byte(stdout), &j); err != nil {
			t.Fatal(err)
		}
		got := handFacts{
			"date": j.Date, "time": j.Time, "next": j.NextMeeting,
			"chair": strings.Join(j.People.Chair, "; "), "scribe": strings.Join(j.People.Scribe, "; "),
			"attendees": strings.Join(j.People.Attendees, "; "), "regrets": strings.Join(j.People.Regrets, "; "),
		}
		for _, field := range factFields {
			w, ok := hand[field]
			if !ok {
				t.Errorf("%s: others-facts.txt gives no %s", key, field)
				continue
			}
			if w != "" {
				stated[field]++
			}
			if got[field] != w {
				t.Errorf("%s: %s\n got  %q\n want %q (read by hand)", key, field, got[field], w)
			} else if w != "" {
				right[field]++
			}
		}
	}
	var score []string
	for _, field := range factFields {
		score = append(score, field+" "+strconv.Itoa(right[field])+"/"+strconv.Itoa(stated[field]))
	}
	t.Logf("found as read by hand, of the files that state it: %s", strings.Join(score, ", "))
}
