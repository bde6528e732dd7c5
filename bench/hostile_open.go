package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/internal/adversarial"
)

// shareLinkChars is the length of the share link the first size of
// hostileOpenFigures fills: a link that survives chat and e-mail (2,000
// characters, the longest address every browser and mail client keeps).
// Hostile constructs compress a thousandfold, so such a link carries
// hundreds of kilobytes; a longer link may carry up to the 512 KB cap.
const shareLinkChars = 2000

// hostileOpenFigures opens each hostile construct of internal/adversarial
// through the page's file input, in a fresh page each time (no draft of
// the last one stored), at the largest size a 2,000-character share link
// holds and at the editor's 512 KB cap, and records the longest
// main-thread task of each opening (issue 13: none over 200 ms). A
// construct the editor refuses (nesting past editor.MaxNesting) says so.
func hostileOpenFigures(c config, b *browser, t *table, tmp string) {
	const target = "≤ 200 ms (issue 13)"
	for _, a := range adversarial.Constructs {
		if !c.wantsConstruct(a.Name) {
			continue
		}
		figure := "Open a hostile document → longest main-thread task: " + a.Name
		linked, err := shareSized(a)
		if err != nil {
			t.fail(figure, target, err)
			continue
		}
		docs := []struct {
			label string
			data  []byte
		}{{"share link", linked}, {"512 KB", a.Sized(editor.MaxOpenSize)}}
		if len(linked) == len(docs[1].data) {
			docs = docs[1:] // the link holds the whole cap
		}
		var parts []string
		worst := 0.0
		for _, d := range docs {
			longest, note, err := openHostile(c, b, tmp, a.Name, d.data)
			if err != nil {
				parts = append(parts, fmt.Sprintf("%s (%s): not measured: %v", d.label, size(int64(len(d.data))), err))
				worst = max(worst, 1e9)
				continue
			}
			parts = append(parts, fmt.Sprintf("%s (%s): %s%s", d.label, size(int64(len(d.data))), ms(longest), note))
			worst = max(worst, longest)
		}
		log.Printf("hostile open %s: %s", a.Name, strings.Join(parts, "; "))
		t.add(row{figure: figure, measured: strings.Join(parts, "; "), target: target,
			ratio: ratio(worst, 200), verdict: check(worst <= 200)})
	}
}

// shareSized returns construct a's largest document whose share link is
// at most shareLinkChars characters.
func shareSized(a adversarial.Construct) ([]byte, error) {
	fits := func(n int) (bool, []byte, error) {
		data := a.Sized(n)
		link, err := editor.EncodeShare(string(data))
		return len(link) <= shareLinkChars, data, err
	}
	lo, hi := 1<<10, editor.MaxOpenSize
	ok, best, err := fits(hi)
	if err != nil || ok {
		return best, err
	}
	if ok, best, err = fits(lo); err != nil || !ok {
		return best, err
	}
	for hi-lo > 1<<10 {
		mid := (lo + hi) / 2
		ok, data, err := fits(mid)
		if err != nil {
			return nil, err
		}
		if ok {
			lo, best = mid, data
		} else {
			hi = mid
		}
	}
	return best, nil
}

// openHostile opens data as a file in a fresh page with no stored drafts
// and returns the longest main-thread task from the file input's change
// until the form and preview are still, with a note when the editor
// refused it.
func openHostile(c config, b *browser, tmp, name string, data []byte) (float64, string, error) {
	// A tab of its own is a new origin: no stored draft, no service
	// worker (which would serve the page's own index.html for bench.html).
	tb, err := b.newTab(5 * time.Minute)
	if err != nil {
		return 0, "", err
	}
	defer tb.close()
	if err := tb.openPage(benchPage); err != nil {
		return 0, "", err
	}
	path := filepath.Join(tmp, fmt.Sprintf("hostile-%s-%d.md", name, len(data)))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return 0, "", err
	}
	defer os.Remove(path)
	var o opened
	open := func() error {
		var err error
		o, err = tb.openFile(path, c.formSel, 200, false)
		return err
	}
	if c.openProf != "" && c.constructs != "" {
		err = tb.profiled(fmt.Sprintf("%s-%s-%d.json", strings.TrimSuffix(c.openProf, ".json"), name, len(data)), open)
	} else {
		err = open()
	}
	if err != nil {
		return 0, "", err
	}
	note := ""
	if strings.Contains(o.MessageText, "Not opened") {
		note = " (refused: " + shorten(o.MessageText) + ")"
	}
	return o.Longest, note, nil
}

// wantsConstruct tells whether the hostile construct named name is to be
// opened (-constructs).
func (c config) wantsConstruct(name string) bool {
	if c.constructs == "" {
		return true
	}
	for _, n := range strings.Split(c.constructs, ",") {
		if strings.TrimSpace(n) == name {
			return true
		}
	}
	return false
}
