package editor

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/internal/jsonlite"
)

// Storage keys. Each draft is one key, so writing one draft never touches
// another and the storage event names exactly the draft that changed.
const (
	KeyPrefix  = "minutes:"
	DraftKey   = KeyPrefix + "draft:"   // + id: the JSON of a Draft
	TrashKey   = KeyPrefix + "trash:"   // + id: a deleted draft, for undo
	HistoryKey = KeyPrefix + "history:" // + id: the draft's undo history (History.Encode)
	CorruptKey = KeyPrefix + "corrupt:" // + id + ":" + time: unreadable data set aside
	CurrentKey = KeyPrefix + "current"  // the id of the draft last worked on
)

// draftFormat is the version of the stored JSON.
const draftFormat = 1

// Draft is one document kept in browser storage, as the JSON object that
// encodeDraft writes and decodeDraft reads (with jsonlite: the members and
// escapes encoding/json wrote for these tags, without its code in the
// wasm).
type Draft struct {
	Format  int    `json:"v"`
	ID      string `json:"id"`
	Name    string `json:"name,omitempty"` // set by Rename; "" shows the title
	Title   string `json:"title"`
	Date    string `json:"date"`
	Source  string `json:"source"`
	Cursor  Cursor `json:"cursor"`
	Created int64  `json:"created"` // Unix milliseconds
	Updated int64  `json:"updated"`
	// Rev changes on every write; a tab that finds another Rev than the one
	// it wrote knows another tab wrote in between.
	Rev string `json:"rev"`
}

// Cursor is where the user was, restored after a reload.
type Cursor struct {
	Start   int    `json:"start"`   // selection in the Markdown text box (UTF-16 units)
	End     int    `json:"end"`     //
	Scroll  int    `json:"scroll"`  // its scrollTop in pixels
	Section string `json:"section"` // View.Section
	// Field is the form field the focus was in ("" for none): see
	// FieldOfItem and FieldOfTitle. Offset is the caret in it (UTF-16).
	Field  string `json:"field,omitempty"`
	Offset int    `json:"offset,omitempty"`
}

// FieldOfItem and FieldOfTitle name form fields in a Cursor by what they
// edit, which stays the same across a reload (element ids do not): an
// item's text by the item's path, a heading's title by the section's.
func FieldOfItem(path string) string { return "item " + path }

// FieldOfTitle is the field of a section's title; see FieldOfItem.
func FieldOfTitle(path string) string { return "title " + path }

// ParseField splits a field name into its kind ("item", "title") and path.
func ParseField(field string) (kind, path string) {
	kind, path, _ = strings.Cut(field, " ")
	return kind, path
}

// Label is the draft's name for the drafts list.
func (d *Draft) Label() string {
	switch {
	case d.Name != "":
		return d.Name
	case d.Title != "":
		return d.Title
	}
	return "Untitled draft"
}

// ErrConflict means another tab wrote the draft since this tab read it.
var ErrConflict = errors.New("the draft was changed in another tab")

// CorruptError reports a stored draft that could not be read and where its
// data was set aside.
type CorruptError struct {
	Key, Aside string
	Err        error
}

func (e *CorruptError) Error() string {
	if e.Aside == "" {
		return fmt.Sprintf("%s:1: cannot be read (%v); it is left in place", e.Key, e.Err)
	}
	return fmt.Sprintf("%s:1: cannot be read (%v); its data is kept under %s", e.Key, e.Err, e.Aside)
}

// DraftStore keeps drafts in a Store.
type DraftStore struct {
	s     Store
	now   func() time.Time
	saved map[string]string // draft id → revision saved to a file (see volatile.go)
}

// NewDraftStore keeps drafts in s; now stamps them.
func NewDraftStore(s Store, now func() time.Time) *DraftStore {
	return &DraftStore{s: s, now: now}
}

// Store is the storage the drafts are kept in.
func (ds *DraftStore) Store() Store { return ds.s }

// NewDraft returns a new draft holding source, not yet stored.
func (ds *DraftStore) NewDraft(source string) *Draft {
	now := ds.now().UnixMilli()
	return &Draft{Format: draftFormat, ID: newID(now), Source: source, Created: now, Updated: now}
}

func newID(now int64) string {
	return strconv.FormatInt(now, 36) + "-" + strconv.FormatUint(rand.Uint64()>>32, 36)
}

func newRev() string { return strconv.FormatUint(rand.Uint64(), 36) }

// Load reads the draft with id. A draft that cannot be read is set aside
// under a corrupt key and reported with a *CorruptError.
func (ds *DraftStore) Load(id string) (*Draft, error) {
	raw, ok, err := ds.s.Get(DraftKey + id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%s%s:1: no such draft", DraftKey, id)
	}
	d, err := decodeDraft(raw)
	if err != nil {
		return nil, ds.setAside(DraftKey+id, raw, err)
	}
	return d, nil
}

// The members of a stored draft and of its cursor.
var (
	draftFields  = []string{"v", "id", "name", "title", "date", "source", "cursor", "created", "updated", "rev"}
	cursorFields = []string{"start", "end", "scroll", "section", "field", "offset"}
)

// encodeDraft writes d as encoding/json wrote it.
func encodeDraft(d *Draft) string {
	var c, w jsonlite.Writer
	c.Int("start", int64(d.Cursor.Start))
	c.Int("end", int64(d.Cursor.End))
	c.Int("scroll", int64(d.Cursor.Scroll))
	c.String("section", d.Cursor.Section)
	if d.Cursor.Field != "" {
		c.String("field", d.Cursor.Field)
	}
	if d.Cursor.Offset != 0 {
		c.Int("offset", int64(d.Cursor.Offset))
	}
	w.Int("v", int64(d.Format))
	w.String("id", d.ID)
	if d.Name != "" {
		w.String("name", d.Name)
	}
	w.String("title", d.Title)
	w.String("date", d.Date)
	w.String("source", d.Source)
	w.Object("cursor", &c)
	w.Int("created", d.Created)
	w.Int("updated", d.Updated)
	w.String("rev", d.Rev)
	return string(w.Bytes())
}

func decodeDraft(raw string) (*Draft, error) {
	var d Draft
	err := jsonlite.Members(raw, draftFields, func(field string, v jsonlite.Value) error {
		if v.IsNull() {
			return nil // as encoding/json: the field keeps its zero value
		}
		switch field {
		case "v":
			return setInt(&d.Format, v)
		case "id":
			return setString(&d.ID, v)
		case "name":
			return setString(&d.Name, v)
		case "title":
			return setString(&d.Title, v)
		case "date":
			return setString(&d.Date, v)
		case "source":
			return setString(&d.Source, v)
		case "created":
			return setInt64(&d.Created, v)
		case "updated":
			return setInt64(&d.Updated, v)
		case "rev":
			return setString(&d.Rev, v)
		}
		return decodeCursor(&d.Cursor, v)
	})
	if err != nil {
		return nil, err
	}
	if d.Format != draftFormat || d.ID == "" {
		return nil, fmt.Errorf("not a draft of format %d", draftFormat)
	}
	return &d, nil
}

// setAside moves unreadable data to a corrupt key, keeping every byte.
func (ds *DraftStore) setAside(key, raw string, cause error) error {
	id := strings.TrimPrefix(key, DraftKey)
	aside := CorruptKey + id + ":" + strconv.FormatInt(ds.now().UnixMilli(), 10)
	if err := ds.s.Set(aside, raw); err != nil {
		return &CorruptError{Key: key, Err: cause}
	}
	if err := ds.s.Remove(key); err != nil {
		return &CorruptError{Key: key, Err: cause}
	}
	return &CorruptError{Key: key, Aside: aside, Err: cause}
}

// List returns every readable draft, newest first, and the errors for those
// set aside.
func (ds *DraftStore) List() ([]*Draft, []error) {
	keys, err := ds.s.Keys()
	if err != nil {
		return nil, []error{err}
	}
	var drafts []*Draft
	var errs []error
	for _, k := range keys {
		id, ok := strings.CutPrefix(k, DraftKey)
		if !ok {
			continue
		}
		d, err := ds.Load(id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		drafts = append(drafts, d)
	}
	sort.Slice(drafts, func(i, j int) bool { return drafts[i].Updated > drafts[j].Updated })
	return drafts, errs
}

// Put stores d if the stored copy still has revision expect ("" for a draft
// never stored, which must then not exist); otherwise it returns
// ErrConflict and writes nothing. On success d.Rev is the new revision.
func (ds *DraftStore) Put(d *Draft, expect string) error {
	raw, ok, err := ds.s.Get(DraftKey + d.ID)
	if err != nil {
		return err
	}
	if ok && StoredRev(raw) != expect {
		return ErrConflict
	}
	next := *d
	next.Format = draftFormat
	next.Rev = newRev()
	next.Updated = ds.now().UnixMilli()
	if err := ds.s.Set(DraftKey+d.ID, encodeDraft(&next)); err != nil {
		return err
	}
	d.Rev, d.Updated = next.Rev, next.Updated
	return nil
}

// decodeCursor reads the "cursor" member.
func decodeCursor(c *Cursor, v jsonlite.Value) error {
	return v.Members(cursorFields, func(field string, v jsonlite.Value) error {
		switch {
		case v.IsNull():
			return nil
		case field == "start":
			return setInt(&c.Start, v)
		case field == "end":
			return setInt(&c.End, v)
		case field == "scroll":
			return setInt(&c.Scroll, v)
		case field == "offset":
			return setInt(&c.Offset, v)
		case field == "field":
			return setString(&c.Field, v)
		}
		return setString(&c.Section, v)
	})
}

// StoredRev reads the revision of stored JSON; unreadable data has none.
func StoredRev(raw string) string {
	var rev string
	err := jsonlite.Members(raw, []string{"rev"}, func(_ string, v jsonlite.Value) error {
		if v.IsNull() {
			return nil
		}
		return setString(&rev, v)
	})
	if err != nil {
		return "\x00unreadable"
	}
	return rev
}

func setString(dst *string, v jsonlite.Value) (err error) {
	*dst, err = v.String()
	return err
}

func setInt64(dst *int64, v jsonlite.Value) (err error) {
	*dst, err = v.Int()
	return err
}

func setInt(dst *int, v jsonlite.Value) error {
	n, err := v.Int()
	*dst = int(n)
	return err
}

// Trash moves a draft to the trash, from where Restore brings it back.
func (ds *DraftStore) Trash(id string) error {
	raw, ok, err := ds.s.Get(DraftKey + id)
	if err != nil || !ok {
		return err
	}
	_ = ds.s.Remove(HistoryKey + id) // its undo history is of no use any more, and takes room
	return ds.move(DraftKey+id, TrashKey+id, raw)
}

// Restore brings a trashed draft back.
func (ds *DraftStore) Restore(id string) error {
	raw, ok, err := ds.s.Get(TrashKey + id)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%s%s:1: the deleted draft is no longer kept", TrashKey, id)
	}
	return ds.move(TrashKey+id, DraftKey+id, raw)
}

// move moves raw from key from to key to. When storage is full, the old
// key goes first, since the space it frees is what the new one needs, and
// raw is put back if the new key still cannot be written.
func (ds *DraftStore) move(from, to, raw string) error {
	err := ds.s.Set(to, raw)
	if err == nil {
		return ds.s.Remove(from)
	}
	if !isQuota(err) {
		return err
	}
	if err := ds.s.Remove(from); err != nil {
		return err
	}
	if err := ds.s.Set(to, raw); err != nil {
		if back := ds.s.Set(from, raw); back != nil {
			return fmt.Errorf("%w; the draft could not be put back either: %v", err, back)
		}
		return err
	}
	return nil
}

// isQuota reports whether err is storage being full, not storage refused:
// ErrQuota, or the browser's QuotaExceededError ("… exceeded the quota.").
func isQuota(err error) bool {
	return errors.Is(err, ErrQuota) || strings.Contains(strings.ToLower(err.Error()), "quota")
}

// EmptyTrash removes trashed drafts except keep: a draft's undo lasts
// until the next deletion.
func (ds *DraftStore) EmptyTrash(keep string) {
	keys, err := ds.s.Keys()
	if err != nil {
		return
	}
	for _, k := range keys {
		if strings.HasPrefix(k, TrashKey) && k != TrashKey+keep {
			_ = ds.s.Remove(k)
		}
	}
}

// SaveHistory keeps the undo history raw (History.Encode) with draft id.
// The history gives way to the drafts: when storage is full, it is
// dropped rather than kept out of date.
func (ds *DraftStore) SaveHistory(id, raw string) {
	if err := ds.s.Set(HistoryKey+id, raw); err != nil {
		_ = ds.s.Remove(HistoryKey + id)
	}
}

// History returns the undo history kept with draft id, or "".
func (ds *DraftStore) History(id string) string {
	raw, _, _ := ds.s.Get(HistoryKey + id)
	return raw
}

// imagesKey + id marks a draft whose preview may load remote images.
const imagesKey = KeyPrefix + "images:"

// ImagesAllowed reports whether the scribe let draft id's preview load
// remote images.
func (ds *DraftStore) ImagesAllowed(id string) bool {
	v, ok, err := ds.s.Get(imagesKey + id)
	return err == nil && ok && v == "yes"
}

// SetImagesAllowed keeps the scribe's choice for draft id (storage
// refusing it only means asking again next time).
func (ds *DraftStore) SetImagesAllowed(id string, on bool) {
	if on {
		_ = ds.s.Set(imagesKey+id, "yes")
	} else {
		_ = ds.s.Remove(imagesKey + id)
	}
}

// openingKey + id marks a draft being opened: set before its text is
// parsed and shown, removed after. Found at the next start, it means the
// page froze or was killed opening that draft.
const openingKey = KeyPrefix + "opening:"

// MarkOpening notes that draft id is being opened.
func (ds *DraftStore) MarkOpening(id string) { _ = ds.s.Set(openingKey+id, "1") }

// Opened notes that draft id opened.
func (ds *DraftStore) Opened(id string) { _ = ds.s.Remove(openingKey + id) }

// FrozeOpening reports whether opening draft id last time never finished.
func (ds *DraftStore) FrozeOpening(id string) bool {
	_, ok, err := ds.s.Get(openingKey + id)
	return err == nil && ok
}
