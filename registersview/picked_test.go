package registersview

import "testing"

type testFile struct{ name, path string }

func (f testFile) Name() string          { return f.name }
func (f testFile) Path() string          { return f.path }
func (f testFile) Size() int64           { return 3 }
func (f testFile) Read() ([]byte, error) { return []byte("abc"), nil }

func TestFilesAreNamedByTheirPath(t *testing.T) {
	got := Files([]testFile{{"a.md", "TSC/meetings/a.md"}, {"b.md", ""}})
	if len(got) != 2 || got[0].Name() != "TSC/meetings/a.md" || got[1].Name() != "b.md" {
		t.Fatalf("names %v", got)
	}
	for _, p := range got {
		if entries, err := p.Entries(); p.Folder() || entries != nil || err != nil || p.Size() != 3 {
			t.Errorf("%s is not a plain file", p.Name())
		}
		if data, err := p.Read(); string(data) != "abc" || err != nil {
			t.Errorf("Read = %q, %v", data, err)
		}
	}
	if n := Named(testFile{"x.md", ""}, "folder/x.md"); n.Name() != "folder/x.md" {
		t.Errorf("Named gives %q", n.Name())
	}
}
