package yamlite

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// FuzzText compares yamlite with yaml.v3 on arbitrary text: where yaml.v3
// fails yamlite fails, and where both read the text they agree.
func FuzzText(f *testing.F) {
	for _, s := range textSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if diff, _, _ := compareV3([]byte(src)); diff != "" {
			t.Fatalf("%q:\n%s", src, diff)
		}
	})
}

// textSeeds are the documents of testdata/cases.txt, one a line with
// \n, \t and \r escaped.
func textSeeds(tb testing.TB) []string {
	f, err := os.Open("testdata/cases.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	unescape := strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\r`, "\r", `\\`, `\`)
	for sc.Scan() {
		out = append(out, unescape.Replace(sc.Text()))
	}
	return out
}

func TestCases(t *testing.T) {
	for _, src := range textSeeds(t) {
		if diff, _, _ := compareV3([]byte(src)); diff != "" {
			t.Errorf("%q:\n%s", src, diff)
		}
	}
}
