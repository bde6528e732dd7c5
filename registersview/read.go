package registersview

import (
	"time"

	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/editor"
)

// Picked is a file or a folder the page was given for the registers: from
// a picker (files) or a drop (files and folders).
type Picked interface {
	// Name is the file's path in what was given ("meetings/x.md").
	Name() string
	// Folder reports whether it is a folder.
	Folder() bool
	// Size is a file's size in bytes.
	Size() int64
	// Read returns a file's content.
	Read() ([]byte, error)
	// Entries lists a folder's files and folders.
	Entries() ([]Picked, error)
}

// MaxFiles bounds the files read: a folder of a group's minutes has
// hundreds, a home folder dropped by mistake has many more.
const MaxFiles = 5000

// maxDepth is how deep folders are read: a group's minutes are in one
// folder or in folders by year.
const maxDepth = 4

// Read reads the files and folders given and builds their registers (as
// Build: call it apart from an event). Files over the page's size limit
// are not minutes and are left out; a file that cannot be read stops it
// with a message, and what is shown stays.
func (v *View) Read(given []Picked) error {
	var files []registers.File
	// A file read can finish in a microtask, so that reading hundreds of
	// them would never leave the task it started in: the page gets the
	// main thread back between slices, as while building.
	slice := time.Now()
	var walk func(p Picked, depth int) error
	walk = func(p Picked, depth int) error {
		if len(files) >= MaxFiles {
			return nil
		}
		if !p.Folder() {
			if p.Size() > editor.MaxOpenSize {
				return nil
			}
			src, err := p.Read()
			if err == nil {
				files = append(files, registers.File{Name: p.Name(), Src: src})
			}
			if time.Since(slice) >= v.cfg.Slice {
				v.cfg.Host.Yield()
				slice = time.Now()
			}
			return err
		}
		if depth == maxDepth {
			return nil
		}
		in, err := p.Entries()
		for _, c := range in {
			if err == nil {
				err = walk(c, depth+1)
			}
		}
		return err
	}
	for _, p := range given {
		if err := walk(p, 0); err != nil {
			v.Problem(p.Name() + " could not be read: " + err.Error())
			return nil
		}
	}
	if len(files) == 0 {
		v.Problem("No minutes files were given.")
		return nil
	}
	return v.Build(files)
}
