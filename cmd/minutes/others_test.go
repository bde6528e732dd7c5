package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

var updateOthers = flag.Bool("update-others", false, "rewrite testdata/others/*.golden from the commands' output (then read the facts against the files by hand)")

// othersDir holds two minutes files of each of thirteen other groups.
var othersDir = corpustest.OthersDir()

// TestOtherGroups runs json, next and lint, with no profile around (as a
// new user of another group would), on every file of corpus-others and
// compares with testdata/others/GROUP/FILE.golden: the facts (read by hand
// against each file), the changes next makes to the minutes (as
// "@@ line" hunks of removed and added text, not the whole agenda) with its
// report, and the lint findings, of which none may be CPANSec-only.
func TestOtherGroups(t *testing.T) {
	files := corpustest.Files(t, "../corpus-others/*/*.md")
	if len(files) != 26 {
		t.Fatalf("want the 26 files of %s, found %d", othersDir, len(files))
	}
	for _, file := range files {
		group, name := filepath.Base(filepath.Dir(file)), filepath.Base(file)
		t.Run(group+"/"+name, func(t *testing.T) {
			got := othersGolden(t, file)
			golden := filepath.Join("testdata", "others", group, strings.TrimSuffix(name, ".md")+".golden")
			if *updateOthers {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s differs (go test -run TestOtherGroups -update-others, then check the facts by hand):\n%s", golden, lineDiff(string(want), got))
			}
			for _, cpansec := range []string{"front-matter-missing", "unknown-handle", "usual cadence", "layout: single", "to be approved", "cpansec"} {
				if strings.Contains(strings.ToLower(got), cpansec) {
					t.Errorf("a CPANSec-only finding or line (%q) for another group", cpansec)
				}
			}
		})
	}
}

// othersGolden returns the golden text of one file: its facts, the
// changes of next with its report, and the lint findings.
func othersGolden(t *testing.T, file string) string {
	var b strings.Builder
	code, stdout, stderr := runCLI(t, "", "json", file)
	if code != exitOK {
		t.Fatalf("json: %d %s", code, stderr)
	}
	var j struct {
		Date, Time  string
		NextMeeting string `json:"next_meeting"`
		People      peopleJSON
	}
	if err := json.Unmarshal([]byte(stdout), &j); err != nil {
		t.Fatal(err)
	}
	b.WriteString("# facts\n")
	fmt.Fprintf(&b, "date: %s\ntime: %s\nnext meeting: %s\n", j.Date, j.Time, j.NextMeeting)
	p := j.People
	for _, r := range []struct {
		role  string
		names []string
	}{{"attendees", p.Attendees}, {"regrets", p.Regrets}, {"absent", p.Absent}, {"chair", p.Chair}, {"scribe", p.Scribe}} {
		fmt.Fprintf(&b, "%s: %s\n", r.role, strings.Join(r.names, "; "))
	}
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCLI(t, "", "next", file)
	b.WriteString("# next\n")
	if code != exitOK {
		fmt.Fprintf(&b, "exit %d: %s", code, stderr)
	} else {
		b.WriteString(hunks(src, []byte(stdout)))
		b.WriteString("# next report\n")
		b.WriteString(stderr)
	}
	_, stdout, stderr = runCLI(t, "", "lint", file)
	b.WriteString("# lint\n")
	b.WriteString(strings.ReplaceAll(stdout+stderr, othersDir+"/", ""))
	return b.String()
}

// hunks writes the changes from old to new line by line (a longest
// common subsequence of lines): "@@ line N" with the removed lines ("-")
// and the added ones ("+").
func hunks(old, new []byte) string {
	a, c := strings.Split(string(old), "\n"), strings.Split(string(new), "\n")
	// lcs[i][j] is the length of the common subsequence of a[i:] and c[j:].
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(c)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(c) - 1; j >= 0; j-- {
			if a[i] == c[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(c) {
		if i < len(a) && j < len(c) && a[i] == c[j] {
			i, j = i+1, j+1
			continue
		}
		fmt.Fprintf(&b, "@@ line %d\n", i+1)
		for i < len(a) || j < len(c) {
			if i < len(a) && j < len(c) && a[i] == c[j] {
				break
			}
			if j >= len(c) || i < len(a) && lcs[i+1][j] >= lcs[i][j+1] {
				b.WriteString("-" + a[i] + "\n")
				i++
			} else {
				b.WriteString("+" + c[j] + "\n")
				j++
			}
		}
	}
	return b.String()
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			return fmt.Sprintf("line %d:\nwant %q\n got %q", i+1, a, c)
		}
	}
	return ""
}
