package editor

import (
	"errors"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
)

// The undo history is kept with a draft so that Ctrl+Z still works after
// a reload or a crash. It is written as text (browser storage holds
// strings): "h1 HASH UNDO REDO" then, per step, the forward and the
// inverse change, each a count of splices and, per splice, "START END
// LEN:" and LEN bytes of text. HASH is of the document the history ends
// at: a history saved for another text (the other tab wrote the draft) is
// not restored. A format of its own because the steps are lists of
// splices, which the small JSON reader of the drafts does not read, and
// encoding/json costs the page more than this one use is worth (the
// measured figure is in internal/jsonlite's doc).

// MaxSavedHistory caps the bytes of history kept with a draft: the newest
// steps that fit are kept.
const MaxSavedHistory = 64 << 10

const historyMagic = "h1"

// Encode writes the history of the document source, the newest steps
// within MaxSavedHistory bytes.
func (h *History) Encode(source string) string {
	undo, size := fitSteps(h.undo, MaxSavedHistory)
	redo, _ := fitSteps(h.redo, MaxSavedHistory-size)
	var b strings.Builder
	b.WriteString(historyMagic + " " + sourceHash(source) + " " + strconv.Itoa(len(undo)) + " " + strconv.Itoa(len(redo)) + " ")
	for _, s := range append(undo, redo...) {
		writeChange(&b, s.forward)
		writeChange(&b, s.inverse)
	}
	return b.String()
}

// fitSteps returns the newest steps (the end of steps) whose text fits in
// max bytes, and their size.
func fitSteps(steps []step, max int) ([]step, int) {
	size, i := 0, len(steps)
	for i > 0 {
		n := changeSize(steps[i-1].forward) + changeSize(steps[i-1].inverse)
		if size+n > max {
			break
		}
		size += n
		i--
	}
	return steps[i:], size
}

func changeSize(c core.Change) int {
	n := 0
	for _, s := range c {
		n += len(s.Text) + 24
	}
	return n
}

func writeChange(b *strings.Builder, c core.Change) {
	b.WriteString(strconv.Itoa(len(c)) + " ")
	for _, s := range c {
		b.WriteString(strconv.Itoa(s.Start) + " " + strconv.Itoa(s.End) + " " + strconv.Itoa(len(s.Text)) + ":" + s.Text)
	}
}

// sourceHash identifies a document's text.
func sourceHash(source string) string {
	f := fnv.New64a()
	f.Write([]byte(source))
	return strconv.FormatUint(f.Sum64(), 36)
}

// errStaleHistory is why a saved history is not restored.
var errStaleHistory = errors.New("the saved undo history is of another text")

// Decode replaces the history with one Encode wrote for source. A history
// saved for another text, or damaged, is refused and the history stays
// empty. Every step is checked to fit the document it applies to.
func (h *History) Decode(raw, source string) error {
	h.Reset()
	r := &historyReader{s: raw}
	if r.word() != historyMagic {
		return errors.New("not a saved undo history")
	}
	if r.word() != sourceHash(source) {
		return errStaleHistory
	}
	nu, nr := r.int(), r.int()
	var undo, redo []step
	for i := 0; i < nu+nr && r.err == nil; i++ {
		s := step{forward: r.change(), inverse: r.change()}
		if i < nu {
			undo = append(undo, s)
		} else {
			redo = append(redo, s)
		}
	}
	if r.err != nil || nu < 0 || nr < 0 {
		return errors.New("the saved undo history is damaged")
	}
	if err := checkSteps(undo, redo, source); err != nil {
		return err
	}
	h.undo, h.redo = undo, redo
	return nil
}

// checkSteps replays the saved undo steps back from source and the redo
// steps forward again: each must fit the text it applies to.
func checkSteps(undo, redo []step, source string) error {
	text := []byte(source)
	for i := len(undo) - 1; i >= 0; i-- {
		if !fits(undo[i].inverse, len(text)) {
			return errors.New("the saved undo history does not fit the text")
		}
		text = undo[i].inverse.Apply(text)
	}
	text = []byte(source)
	for i := len(redo) - 1; i >= 0; i-- {
		if !fits(redo[i].forward, len(text)) {
			return errors.New("the saved redo history does not fit the text")
		}
		text = redo[i].forward.Apply(text)
	}
	return nil
}

// fits reports whether c's splices are in order and within n bytes.
func fits(c core.Change, n int) bool {
	at := 0
	for _, s := range c {
		if s.Start < at || s.End < s.Start || s.End > n {
			return false
		}
		at = s.End
	}
	return true
}

// historyReader reads what Encode wrote.
type historyReader struct {
	s   string
	err error
}

func (r *historyReader) word() string {
	i := strings.IndexByte(r.s, ' ')
	if i < 0 {
		r.err = errors.New("short")
		return ""
	}
	w := r.s[:i]
	r.s = r.s[i+1:]
	return w
}

func (r *historyReader) int() int {
	n, err := strconv.Atoi(r.word())
	if err != nil && r.err == nil {
		r.err = err
	}
	return n
}

func (r *historyReader) change() core.Change {
	n := r.int()
	if n < 0 || n > len(r.s) {
		r.err = errors.New("bad count")
		return nil
	}
	c := make(core.Change, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		start, end := r.int(), 0
		end = r.int()
		j := strings.IndexByte(r.s, ':')
		if j < 0 {
			r.err = errors.New("short")
			break
		}
		size, err := strconv.Atoi(r.s[:j])
		if err != nil || size < 0 || j+1+size > len(r.s) {
			r.err = errors.New("bad length")
			break
		}
		c = append(c, core.Splice{Start: start, End: end, Text: r.s[j+1 : j+1+size]})
		r.s = r.s[j+1+size:]
	}
	return c
}
