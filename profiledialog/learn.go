package profiledialog

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/profile/learn"
	"github.com/cpansec/minutes/editor"
)

// sliceBudget is how long learning runs before the page gets the main
// thread back: well under the 200 ms after which a page feels stuck, and
// long enough that a folder of a few hundred minutes takes few slices.
// Reading each file already waits for the browser; parsing it is the
// work that adds up.
const sliceBudget = 40 * time.Millisecond

// maxRepositoryFile bounds what is read of a repository's own files
// (.git/config, CNAME): a few lines each.
const maxRepositoryFile = 64 << 10

// learn reads the Markdown files among files and learns a profile from
// them, file by file (learn.Learner), yielding between slices of
// sliceBudget; files over the editor's limit are left out, and said so.
// A chosen folder that is a repository's top tells the repository and its
// site too (learn.FromRepository: .git/config's remote, _config.yml,
// CNAME), as minutes profile learns them.
func (d *Dialog) learn(files []File) {
	d.forget()
	type pending struct {
		path string
		file File
	}
	var reads []pending
	var skipped []string
	repo := map[string]File{}
	for _, f := range files {
		if p, ok := repositoryFile(f.Path()); ok {
			repo[p] = f
			continue
		}
		p, ok := editor.LearnPath(f.Path(), f.Name())
		if !ok {
			continue
		}
		if f.Size() > editor.MaxOpenSize {
			skipped = append(skipped, "skipped "+p+": over "+editor.MaxOpenLabel)
			continue
		}
		reads = append(reads, pending{p, f})
	}
	d.say(fmt.Sprintf("Learning from %d files…", len(reads)))
	run := d.run
	d.host.Go(func() error {
		var l learn.Learner
		start := d.now()
		for i, r := range reads {
			data, err := r.file.Read()
			if run != d.run {
				return nil // another choice since
			}
			if err != nil {
				skipped = append(skipped, fmt.Sprintf("skipped %s: could not be read: %v", r.path, err))
				continue
			}
			l.Add(learn.File{Path: r.path, Src: data})
			if d.now().Sub(start) >= sliceBudget && i < len(reads)-1 {
				d.say(fmt.Sprintf("Learning from %d files: %d read…", len(reads), i+1))
				d.host.Yield()
				if run != d.run {
					return nil
				}
				start = d.now()
			}
		}
		opt := learn.FromRepository(func(p string) ([]byte, bool) {
			f, ok := repo[p]
			if !ok || f.Size() > maxRepositoryFile {
				return nil, false
			}
			data, err := f.Read()
			return data, err == nil
		})
		if run != d.run {
			return nil
		}
		c, err := editor.LearnedCandidate(&l, opt, d.host.Yield) // a few steps, each its own task
		if run != d.run {
			return nil
		}
		if err != nil {
			d.fail("No profile could be learned: " + err.Error() + ".")
			return nil
		}
		c.Notes = append(c.Notes, skipped...)
		d.consider(c)
		return nil
	})
}

// repositoryFile says whether a file of a chosen folder is one of the
// repository files at its top (learn.RepositoryFiles), and which: the
// browser's path starts with the folder's own name.
func repositoryFile(relative string) (string, bool) {
	_, p, ok := strings.Cut(relative, "/")
	return p, ok && slices.Contains(learn.RepositoryFiles, p)
}
