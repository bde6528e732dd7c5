package core

import (
	"fmt"

	"github.com/cpansec/minutes/core/frontmatter"
)

// SetField sets a front matter key to a scalar value, changing only that
// key's line; a new key goes last; a document without front matter gets a
// block at the top.
func (d *Document) SetField(key, value string) (Change, error) {
	if fm := d.FrontMatter; fm != nil && fm.Err != nil && fm.Closed {
		return nil, fmt.Errorf("%s:%d: cannot set %q: %s", d.name, fm.Err.Line, key, fm.Err.Msg)
	}
	s := frontmatter.SetSplice(d.src, key, value)
	return Change{{s.Start, s.End, s.Text}}, nil
}

// RemoveField removes a front matter key and its value lines.
func (d *Document) RemoveField(key string) (Change, error) {
	s, ok := frontmatter.RemoveSplice(d.src, key)
	if !ok {
		return nil, fmt.Errorf("front matter has no key %q", key)
	}
	return Change{{s.Start, s.End, s.Text}}, nil
}
