package frontmatter

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		wantNil    bool
		closed     bool
		jekyll     bool
		keys       string
		errLine    int
		bodyPrefix string
	}{
		{name: "none", src: "# Minutes\n", wantNil: true},
		{name: "basic", src: "---\nlayout: page\ntoc: true\ntitle: Minutes 2024-11-15\n---\n\n## A\n", closed: true, jekyll: true, keys: "layout,toc,title", bodyPrefix: "\n## A"},
		{name: "crlf", src: "---\r\nlayout: page\r\n---\r\nbody", closed: true, jekyll: true, keys: "layout", bodyPrefix: "body"},
		{name: "bom", src: BOM + "---\nlayout: page\n---\n", closed: true, jekyll: false, keys: "layout"},
		{name: "four dashes", src: "----\nlayout: page\n----\n", closed: true, jekyll: false, keys: "layout"},
		{name: "dots close", src: "---\nlayout: page\n...\nx", closed: true, jekyll: true, keys: "layout", bodyPrefix: "x"},
		{name: "unclosed", src: "---\nlayout: page\n# Title\n", closed: false, errLine: 1},
		{name: "invalid yaml", src: "---\nlayout: page\ntitle: [oops\n---\n", closed: true, jekyll: true, errLine: 3},
		{name: "not a mapping", src: "---\n- a\n---\n", closed: true, jekyll: true, errLine: 2},
		{name: "empty", src: "---\n---\nx", closed: true, jekyll: true, bodyPrefix: "x"},
		{name: "comments kept", src: "---\n# c\nlayout: page # why\ntitle: \"Q\"\n---\n", closed: true, jekyll: true, keys: "layout,title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Parse([]byte(tt.src))
			if tt.wantNil {
				if b != nil {
					t.Fatalf("Parse = %+v, want nil", b)
				}
				return
			}
			if b == nil {
				t.Fatal("Parse = nil")
			}
			if b.Closed != tt.closed || b.JekyllReads() != tt.jekyll {
				t.Errorf("Closed=%v JekyllReads=%v, want %v %v", b.Closed, b.JekyllReads(), tt.closed, tt.jekyll)
			}
			var keys []string
			for _, f := range b.Fields {
				keys = append(keys, f.Key)
			}
			if got := strings.Join(keys, ","); got != tt.keys {
				t.Errorf("keys = %q, want %q", got, tt.keys)
			}
			if tt.errLine != 0 {
				if b.Err == nil || b.Err.Line != tt.errLine {
					t.Errorf("Err = %v, want line %d", b.Err, tt.errLine)
				}
			} else if b.Err != nil {
				t.Errorf("unexpected Err %v", b.Err)
			}
			if tt.bodyPrefix != "" && !strings.HasPrefix(tt.src[b.End:], tt.bodyPrefix) {
				t.Errorf("body = %q, want prefix %q", tt.src[b.End:], tt.bodyPrefix)
			}
		})
	}
}

func TestFieldLines(t *testing.T) {
	src := "---\nlayout: page\ntags:\n  - a\n  - b\ntitle: T\n---\n"
	b := Parse([]byte(src))
	if got := src[b.Field("tags").Start:b.Field("tags").End]; got != "tags:\n  - a\n  - b\n" {
		t.Errorf("tags lines = %q", got)
	}
	if f := b.Field("title"); f.Line != 6 || f.Value != "T" {
		t.Errorf("title = %+v", f)
	}
}

func TestSetRemove(t *testing.T) {
	tests := []struct {
		name, src, key, value, want string
	}{
		{"replace", "---\nlayout: page\ntitle: Old\n---\nx\n", "title", "New", "---\nlayout: page\ntitle: New\n---\nx\n"},
		{"replace keeps crlf", "---\r\ntitle: Old\r\nlayout: page\r\n---\r\n", "title", "New", "---\r\ntitle: New\r\nlayout: page\r\n---\r\n"},
		{"add", "---\nlayout: page\n---\nx\n", "toc", "true", "---\nlayout: page\ntoc: \"true\"\n---\nx\n"},
		{"quote colon", "---\ntitle: a\n---\n", "title", "Minutes: 2024", "---\ntitle: 'Minutes: 2024'\n---\n"},
		{"meeting time plain", "---\nmeeting_time: x\n---\n", "meeting_time", "2025-06-18 16:00 UTC", "---\nmeeting_time: 2025-06-18 16:00 UTC\n---\n"},
		{"create", "# T\n", "layout", "single", "---\nlayout: single\n---\n# T\n"},
		{"create after bom", BOM + "# T\n", "layout", "single", BOM + "---\nlayout: single\n---\n# T\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(SetSplice([]byte(tt.src), tt.key, tt.value).Apply([]byte(tt.src)))
			if got != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
			if v, _ := Parse([]byte(got)).Get(tt.key); v != tt.value {
				t.Errorf("reads back %q, want %q", v, tt.value)
			}
		})
	}
	src := "---\nlayout: page\ntoc: true\ntitle: T\n---\n"
	s, ok := RemoveSplice([]byte(src), "toc")
	if got := string(s.Apply([]byte(src))); !ok || got != "---\nlayout: page\ntitle: T\n---\n" {
		t.Errorf("remove: %q %v", got, ok)
	}
	if _, ok := RemoveSplice([]byte(src), "nope"); ok {
		t.Error("remove of absent key reported ok")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("---\nlayout: page\n---\n")
	f.Add(BOM + "----\na: [\n----\n")
	f.Add("---\na: b\n")
	f.Fuzz(func(t *testing.T, src string) {
		b := Parse([]byte(src))
		if b == nil {
			return
		}
		if !(b.Start <= b.ContentStart && b.ContentStart <= b.ContentEnd && b.ContentEnd <= b.End && b.End <= len(src)) {
			t.Fatalf("bad offsets %+v for %q", b, src)
		}
		for _, fl := range b.Fields {
			if fl.Start < b.ContentStart || fl.End > b.ContentEnd || fl.Start > fl.End {
				t.Fatalf("field %+v out of block %+v", fl, b)
			}
		}
	})
}
