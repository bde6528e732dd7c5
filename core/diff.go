package core

// Diff returns the smallest single splice that turns old into new: the
// bytes between their common prefix and common suffix. An editor uses it
// to apply a text edit (the Markdown view) as a Change, so that Update
// re-parses only what was typed in. The splice never cuts a UTF-8
// character in two.
func Diff(old, new []byte) Change {
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	for p > 0 && p < len(old) && old[p]&0xC0 == 0x80 {
		p--
	}
	s := 0
	for s < len(old)-p && s < len(new)-p && old[len(old)-1-s] == new[len(new)-1-s] {
		s++
	}
	for s > 0 && len(old)-s < len(old) && old[len(old)-s]&0xC0 == 0x80 {
		s--
	}
	if p == len(old) && p == len(new) {
		return nil
	}
	return Change{{p, len(old) - s, string(new[p : len(new)-s])}}
}
