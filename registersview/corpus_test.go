package registersview

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/internal/corpustest"
)

// corpusFiles are all 177 versions of the corpus, read as a history.
func corpusFiles(t testing.TB) []registers.File {
	t.Helper()
	var files []registers.File
	for _, path := range corpustest.Files(t, "*.md") {
		files = append(files, registers.File{Name: filepath.Base(path), Src: corpustest.Read(t, path)})
	}
	return files
}

// TestCorpusInSlices builds the registers of the whole corpus a step per
// task, as a page with a slow main thread would, and of the meetings
// kept (after a reload): both show what one Build of it makes.
func TestCorpusInSlices(t *testing.T) {
	files := corpusFiles(t)
	v, page, host, _ := newView(t, nil, time.Nanosecond)
	if err := v.Build(files); err != nil {
		t.Fatal(err)
	}
	want := oneShot(t, files)
	if got := shown(page); got != want {
		t.Errorf("built in slices and by one Build differ: %s", firstDiff(got, want))
	}
	picked := registers.Pick(files, nil)
	if _, total := registers.NewBuilder(files, nil).Meetings(); host.yields < total || len(picked) != total {
		t.Errorf("%d yields, %d files picked for %d meetings", host.yields, len(picked), total)
	}
	v2, page2, _, _ := newView(t, nil, time.Nanosecond)
	if err := v2.Build(picked); err != nil {
		t.Fatal(err)
	}
	if got := shown(page2); got != want {
		t.Errorf("built from the files kept and from all differ: %s", firstDiff(got, want))
	}
}

// BenchmarkRegistersView makes the page's view of the corpus's registers:
// the rows, the items table, the attendance with its charts, the
// decisions and the counts for the next agenda.
func BenchmarkRegistersView(b *testing.B) {
	r, err := registers.Build(corpusFiles(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		items := r.Items(6)
		o := registers.Order{By: registers.ByMeetings, Desc: true}
		_ = ItemsHTML(registers.Select(items, registers.Filter{State: registers.OpenOnly}, o), o, len(items))
		_ = OwnerOptionsHTML(registers.Owners(items), "")
		_ = AttendanceHTML(r)
		_ = DecisionsHTML(r)
		_ = r.Carried(nil)
	}
}

// firstDiff shows where two long texts part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("at byte %d:\n%q\n%q", i, a[from:min(len(a), i+80)], b[from:min(len(b), i+80)])
}
