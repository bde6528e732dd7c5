//go:build js && wasm

package main

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func newTestDraftStore() (*DraftStore, *memStore) {
	s := newMemStore()
	return &DraftStore{s: s, now: time.Now}, s
}

func TestDraftStorePutLoad(t *testing.T) {
	ds, _ := newTestDraftStore()
	d := ds.NewDraft("\ufeff# T\r\n")
	d.Cursor = Cursor{Start: 3, End: 4, Scroll: 10, Section: "s2"}
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
	s.m[draftKey+"bad"] = `{"v":1,"id":"bad","source":"trunc`
	s.m[draftKey+"old"] = `{"v":99,"id":"old"}`
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
		if strings.HasPrefix(k, corruptKey) {
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
	s.failSet = errQuota
	if err := ds.Put(ds.NewDraft("x"), ""); err == nil {
		t.Fatal("Put on a full store succeeded")
	}
}
