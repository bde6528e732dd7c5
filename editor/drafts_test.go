package editor

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

func newTestDraftStore() (*DraftStore, *MemStore) {
	s := NewMemStore()
	return &DraftStore{s: s, now: time.Now}, s
}

func TestDraftStorePutLoad(t *testing.T) {
	ds, _ := newTestDraftStore()
	d := ds.NewDraft("\ufeff# T\r\n")
	d.Cursor = Cursor{Start: 3, End: 4, Scroll: 10, Section: "s2", Field: FieldOfItem("2:0.1"), Offset: 7}
	if err := ds.Put(d, ""); err != nil {
		t.Fatal(err)
	}
	got, err := ds.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != d.Source || got.Cursor != d.Cursor || got.Rev != d.Rev || got.Rev == "" {
		t.Errorf("loaded %+v, stored %+v", got, d)
	}
}

func TestDraftStoreConflict(t *testing.T) {
	ds, _ := newTestDraftStore()
	mine := ds.NewDraft("one")
	if err := ds.Put(mine, ""); err != nil {
		t.Fatal(err)
	}
	seen := mine.Rev
	other, _ := ds.Load(mine.ID) // another tab
	other.Source = "other tab"
	if err := ds.Put(other, other.Rev); err != nil {
		t.Fatal(err)
	}
	mine.Source = "this tab"
	if err := ds.Put(mine, seen); !errors.Is(err, ErrConflict) {
		t.Fatalf("Put over another tab's write: %v, want ErrConflict", err)
	}
	stored, _ := ds.Load(mine.ID)
	if stored.Source != "other tab" {
		t.Errorf("the other tab's text was overwritten: %q", stored.Source)
	}
	fresh := ds.NewDraft("x")
	fresh.ID = mine.ID
	if err := ds.Put(fresh, ""); !errors.Is(err, ErrConflict) {
		t.Errorf("creating over an existing draft: %v, want ErrConflict", err)
	}
}

func TestDraftStoreCorruptKeptAside(t *testing.T) {
	ds, s := newTestDraftStore()
	good := ds.NewDraft("good")
	if err := ds.Put(good, ""); err != nil {
		t.Fatal(err)
	}
	s.m[DraftKey+"bad"] = `{"v":1,"id":"bad","source":"trunc`
	s.m[DraftKey+"old"] = `{"v":99,"id":"old"}`
	drafts, errs := ds.List()
	if len(drafts) != 1 || drafts[0].ID != good.ID {
		t.Errorf("listed %d drafts", len(drafts))
	}
	if len(errs) != 2 {
		t.Fatalf("errors %v, want two", errs)
	}
	for _, err := range errs {
		var c *CorruptError
		if !errors.As(err, &c) || c.Aside == "" {
			t.Fatalf("error %v is not a CorruptError with a key", err)
		}
		if _, still := s.m[c.Key]; still {
			t.Errorf("%s is still under its draft key", c.Key)
		}
	}
	var kept []string
	for k, v := range s.m {
		if strings.HasPrefix(k, CorruptKey) {
			kept = append(kept, v)
		}
	}
	if len(kept) != 2 {
		t.Errorf("kept aside %q, want both raw values", kept)
	}
}

func TestDraftStoreTrashRestore(t *testing.T) {
	ds, _ := newTestDraftStore()
	d := ds.NewDraft("keep me")
	if err := ds.Put(d, ""); err != nil {
		t.Fatal(err)
	}
	if err := ds.Trash(d.ID); err != nil {
		t.Fatal(err)
	}
	if drafts, _ := ds.List(); len(drafts) != 0 {
		t.Fatalf("trashed draft still listed")
	}
	if err := ds.Restore(d.ID); err != nil {
		t.Fatal(err)
	}
	got, err := ds.Load(d.ID)
	if err != nil || got.Source != "keep me" {
		t.Fatalf("restored %v, %v", got, err)
	}
}

func TestDraftStoreFull(t *testing.T) {
	ds, s := newTestDraftStore()
	s.FailSet = ErrQuota
	if err := ds.Put(ds.NewDraft("x"), ""); err == nil {
		t.Fatal("Put on a full store succeeded")
	}
}

// storedDraft is a draft as the format stored it with encoding/json
// before jsonlite: escapes of <, >, & and U+2028, CR LF, a raw BOM.
const storedDraft = `{"v":1,"id":"m3x1-abc","name":"Mine \u003c3","title":"Minutes 2025-06-18","date":"2025-06-18",` +
	`"source":"` + "\ufeff" + `---\r\ntitle: Minutes \u0026 notes\r\n---\r\n# T \u2028 é\n","cursor":{"start":3,"end":4,"scroll":120,"section":"s2"},` +
	`"created":1750000000000,"updated":1750000001234,"rev":"1k2j3h"}`

func TestDecodeStoredFormat(t *testing.T) {
	d, err := decodeDraft(storedDraft)
	if err != nil {
		t.Fatal(err)
	}
	want := Draft{Format: 1, ID: "m3x1-abc", Name: "Mine <3", Title: "Minutes 2025-06-18", Date: "2025-06-18",
		Source: "\ufeff---\r\ntitle: Minutes & notes\r\n---\r\n# T \u2028 é\n", Cursor: Cursor{Start: 3, End: 4, Scroll: 120, Section: "s2"},
		Created: 1750000000000, Updated: 1750000001234, Rev: "1k2j3h"}
	if *d != want {
		t.Errorf("decoded %+v\nwant    %+v", *d, want)
	}
	if got := encodeDraft(d); got != storedDraft {
		t.Errorf("encoded again as %s", got)
	}
	if rev := StoredRev(storedDraft); rev != "1k2j3h" {
		t.Errorf("StoredRev = %q", rev)
	}
}

// TestDraftJSONIsEncodingJSON checks that drafts are written byte for
// byte as encoding/json wrote them and read back as it reads them.
func TestDraftJSONIsEncodingJSON(t *testing.T) {
	sources := []string{"", "# T\n", "\ufeff# T\r\n<b>&amp;</b>\u2028\u2029\x00\x1f\t\"\\", "bad \xff utf-8", strings.Repeat("long line ", 2000)}
	for i, src := range sources {
		d := Draft{Format: draftFormat, ID: "id" + strconv.Itoa(i), Name: sources[len(sources)-1-i][:min(10, len(sources[len(sources)-1-i]))],
			Title: "T", Date: "2025-06-18", Source: src, Cursor: Cursor{Start: i, End: -i, Scroll: 1 << 40, Section: src[:min(3, len(src))], Field: src[:min(i%5, len(src))], Offset: i % 3},
			Created: 1750000000000, Updated: int64(i), Rev: "r"}
		want, err := json.Marshal(&d)
		if err != nil {
			t.Fatal(err)
		}
		if got := encodeDraft(&d); got != string(want) {
			t.Errorf("draft %d written as %s\nencoding/json writes %s", i, got, want)
		}
		var back Draft
		if err := json.Unmarshal(want, &back); err != nil {
			t.Fatal(err)
		}
		got, err := decodeDraft(string(want))
		if err != nil || *got != back {
			t.Errorf("draft %d read as %+v, %v\nencoding/json reads %+v", i, got, err, back)
		}
	}
	for _, bad := range []string{`{"v":1,"id":"x","source":3}`, `{"v":"1","id":"x"}`, `{"v":1,"id":"x","cursor":[]}`, `{"v":1.0,"id":"x"}`, `{"v":1,"id":"x"} {}`} {
		if _, err := decodeDraft(bad); err == nil {
			t.Errorf("decodeDraft(%s) succeeded; encoding/json refuses it", bad)
		}
	}
	if _, err := decodeDraft(`{"v":1,"id":"x","later":{"field":[1,true,null]},"cursor":null,"name":null}`); err != nil {
		t.Errorf("unknown and null members: %v", err)
	}
}

// TestTrashWithStorageFull: deleting a draft frees space even when storage
// is full (its copy in the trash takes the space it leaves), and a draft
// that cannot be trashed stays where it was.
func TestTrashWithStorageFull(t *testing.T) {
	ds, s := newTestDraftStore()
	d := ds.NewDraft("# big\n" + strings.Repeat("x", 1000))
	if err := ds.Put(d, ""); err != nil {
		t.Fatal(err)
	}
	s.Quota = s.Used()
	if err := ds.Put(ds.NewDraft("# new\n"), ""); !errors.Is(err, ErrQuota) {
		t.Fatalf("storage not full: %v", err)
	}
	if err := ds.Trash(d.ID); err != nil {
		t.Fatalf("trash with storage full: %v", err)
	}
	if err := ds.Restore(d.ID); err != nil {
		t.Fatalf("restore: %v", err)
	}
	s.FailSet = errors.New("SecurityError: storage is disabled")
	if err := ds.Trash(d.ID); err == nil {
		t.Fatal("trash into refused storage reported success")
	}
	s.FailSet = nil
	if got, err := ds.Load(d.ID); err != nil || got.Source != d.Source {
		t.Errorf("the draft that could not be trashed is gone: %v", err)
	}
}
