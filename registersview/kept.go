package registersview

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/editor"
)

// The registers last built are kept in the browser's storage so that the
// dialog shows them after a reload without the folder chosen again. What
// is kept is the minutes they were built from, one version per meeting
// (registers.Pick): on the corpus, 30 files of 196 KB for its 177 (1 MB).
// That is more than the registers alone would take, but they are not
// enough: a click on an item opens its minutes at its line. They are
// built again from it, in slices, when the dialog opens.

// StoreKey is the storage key of the registers kept.
const StoreKey = editor.KeyPrefix + "registers"

// MaxKept is the most minutes kept, in bytes: the storage is the drafts'
// too (about 5 MB in all), and the drafts come first.
const MaxKept = 1 << 20

// header starts the stored value; its number changes with the format.
const header = "minutes registers 1\n"

// Kept says what the registers kept were built from.
type Kept struct {
	Files int       // how many files were chosen
	Built time.Time // when
}

// Line is the dialog's line about the registers kept.
func (k Kept) Line() string {
	return fmt.Sprintf("Built from %d files on %s; kept in this browser.", k.Files, k.Built.Format("2006-01-02 15:04 MST"))
}

// encodeKept writes k and the files: a header, then each file as its
// length in bytes, a space, its name and a newline, then its bytes.
func encodeKept(k Kept, files []registers.File) string {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, "%d %d\n", k.Files, k.Built.Unix())
	for _, f := range files {
		fmt.Fprintf(&b, "%d %s\n", len(f.Src), f.Name)
		b.Write(f.Src)
	}
	return b.String()
}

// errDamaged is what decodeKept finds in a value it did not write.
var errDamaged = errors.New("not in the form the page writes")

// decodeKept reads what encodeKept wrote.
func decodeKept(s string) (Kept, []registers.File, error) {
	var k Kept
	rest, ok := strings.CutPrefix(s, header)
	if !ok {
		return k, nil, errDamaged
	}
	line := func() ([]string, bool) {
		l, r, ok := strings.Cut(rest, "\n")
		rest = r
		a, b, ok2 := strings.Cut(l, " ")
		return []string{a, b}, ok && ok2
	}
	f, ok := line()
	n, err1 := strconv.Atoi(f[0])
	built, err2 := strconv.ParseInt(f[1], 10, 64)
	if !ok || err1 != nil || err2 != nil {
		return k, nil, errDamaged
	}
	k = Kept{Files: n, Built: time.Unix(built, 0)}
	var files []registers.File
	for rest != "" {
		f, ok := line()
		size, err := strconv.Atoi(f[0])
		if !ok || err != nil || size < 0 || size > len(rest) {
			return k, nil, errDamaged
		}
		files = append(files, registers.File{Name: f[1], Src: []byte(rest[:size])})
		rest = rest[size:]
	}
	return k, files, nil
}

// keep stores the minutes the registers were built from; when they cannot
// be stored, the dialog says so, and what was kept before stays.
func (v *View) keep(files []registers.File, k Kept) {
	if v.cfg.Store == nil {
		return
	}
	picked, size := []registers.File{}, 0
	for _, f := range registers.Pick(files, v.cfg.Model.Profile) {
		// The storage holds text: a file that is not UTF-8 would not
		// come back the same (nor open: the page refuses it).
		if utf8.Valid(f.Src) && !strings.Contains(f.Name, "\n") {
			picked, size = append(picked, f), size+len(f.Src)
		}
	}
	if size > MaxKept {
		v.Problem(fmt.Sprintf("These registers are not kept in this browser: their minutes are %d KB, more than the %d KB the page keeps beside the drafts. After a reload, choose the folder again.", size>>10, MaxKept>>10))
		return
	}
	if err := v.cfg.Store.Set(StoreKey, encodeKept(k, picked)); err != nil {
		v.Problem("These registers could not be kept in this browser (" + err.Error() + "); they stay shown until the page is reloaded, and the ones kept before, if any, stay kept.")
		return
	}
	v.showKept(k)
}

// loadKept reads the registers kept, if any; one that cannot be read is
// reported (and left, until Forget removes it).
func (v *View) loadKept() ([]registers.File, Kept, bool) {
	if v.cfg.Store == nil {
		return nil, Kept{}, false
	}
	raw, ok, err := v.cfg.Store.Get(StoreKey)
	if err == nil && !ok {
		return nil, Kept{}, false
	}
	var k Kept
	var files []registers.File
	if err == nil {
		k, files, err = decodeKept(raw)
	}
	if err != nil {
		v.Problem("The registers kept in this browser cannot be read (" + err.Error() + "). Choose the folder again, or forget them.")
		v.els["registers-kept-text"].SetText("Registers kept in this browser.")
		v.els["registers-kept"].SetBool("hidden", false)
		return nil, Kept{}, false
	}
	return files, k, true
}

// showKept shows the line about the registers kept.
func (v *View) showKept(k Kept) {
	v.els["registers-kept-text"].SetText(k.Line())
	v.els["registers-kept"].SetBool("hidden", false)
}

// forget removes the registers kept and those shown, and stops a build
// under way.
func (v *View) forget() {
	if v.cfg.Store != nil {
		if err := v.cfg.Store.Remove(StoreKey); err != nil {
			v.Problem("The registers kept in this browser could not be removed (" + err.Error() + ").")
			return
		}
	}
	v.build++
	v.reg, v.items, v.files = nil, nil, nil
	v.cfg.Model.Carried = nil
	v.Problem("")
	v.els["registers-status"].SetText("")
	v.els["registers-body"].SetBool("hidden", true)
	v.els["registers-kept"].SetBool("hidden", true)
	v.els["registers-close"].Focus() // the Forget button is gone
}
