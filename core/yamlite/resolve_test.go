package yamlite

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestResolvePsych checks Resolve against the tags Psych itself gives
// (testdata/psych_tags.txt, made by testdata/psych_tags.rb from
// testdata/scalars.txt): keywords in every case, numbers in every base and
// with separators, base 60, floats, special floats, dates and times with
// out-of-range fields and zones, symbols, and values Psych fails on.
func TestResolvePsych(t *testing.T) {
	f, err := os.Open("testdata/psych_tags.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		want, quoted, _ := strings.Cut(sc.Text(), "\t")
		var s string
		if err := json.Unmarshal([]byte(quoted), &s); err != nil {
			t.Fatalf("bad line %q: %v", sc.Text(), err)
		}
		got, err := Resolve(s)
		if err != nil {
			got = "error"
		}
		if got != want {
			t.Errorf("Resolve(%q) = %s, Psych says %s", s, got, want)
		}
		n++
	}
	if n < 500 {
		t.Errorf("only %d scalars checked", n)
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", NullTag}, {"~", NullTag}, {"null", NullTag}, {"NuLL", NullTag},
		{"yes", BoolTag}, {"Off", BoolTag}, {"true", BoolTag}, {"y", StrTag},
		{"14", IntTag}, {"1_000", IntTag}, {"0x1F", IntTag}, {"12:30", IntTag},
		{"1.5", FloatTag}, {".inf", FloatTag}, {"1e5", StrTag},
		{"2024-11-15", TimestampTag}, {"2024-02-30", StrTag},
		{"2024-11-15 16:00:00 +01:00", TimestampTag},
		{"2025-06-18 16:00 UTC", StrTag}, // no seconds: a string, as the group writes meeting_time
		{"February 24th, 2024 15:00 UTC", StrTag},
		{"Minutes 2024-11-15", StrTag}, {"page", StrTag},
	}
	for _, tt := range tests {
		if got, err := Resolve(tt.in); got != tt.want || err != nil {
			t.Errorf("Resolve(%q) = %s, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{":sym", "0b_", ".e+1", "2024-01-01\t10:00:00"} {
		if _, err := Resolve(bad); err == nil {
			t.Errorf("Resolve(%q) succeeded; Psych fails on it", bad)
		}
	}
}
