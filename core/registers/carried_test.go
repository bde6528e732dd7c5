package registers

import (
	"os"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/profile"
)

// TestCarriedAgenda makes the next agenda of the synthetic folder's latest
// minutes with its registers: the item carried for four meetings is
// marked (stale after three here), and the marked copy, read back as the
// next meeting, is still the same item.
func TestCarriedAgenda(t *testing.T) {
	files, err := ReadFS(os.DirFS("testdata/folder"))
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Default()
	p.Meeting.StaleAfter = 3
	r, err := Build(files, p)
	if err != nil {
		t.Fatal(err)
	}
	if n := r.Carried(p)("@stigtsp   Write the PAUSE proposal (carried 9 meetings)"); n != 4 {
		t.Errorf("carried: %d meetings, want 4", n)
	}
	if n := r.Carried(p)("@tux - XML::LibXML touches CVE issue in Alien; patch sent upstream"); n != 0 {
		t.Errorf("a done item carried %d meetings", n)
	}
	latest, err := os.ReadFile("testdata/folder/cpansec-minutes-2025-02-19.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := core.Parse(latest)
	if err != nil {
		t.Fatal(err)
	}
	next, err := agenda.Next(d, agenda.WithProfile(p), agenda.WithCarried(r.Carried(p)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(next.Bytes()), "- [ ] @stigtsp - Write the PAUSE proposal (carried 4 meetings)\n") {
		t.Fatalf("no mark in\n%s", next.Bytes())
	}
	r2, err := Build(append(files, File{Name: "cpansec-minutes-2025-03-05.md", Src: next.Bytes()}), p)
	if err != nil {
		t.Fatal(err)
	}
	a := action(t, r2, "PAUSE proposal")
	if a.Meetings != 5 || a.First != "2025-01-08" || a.Last != "2025-03-05" {
		t.Errorf("the marked copy is not the same item: %+v", a)
	}
}
