package main

import "bytes"

// repeatBody returns src with its body (from bodyStart) repeated n times
// after the one front matter: a long document made of real minutes.
func repeatBody(src []byte, bodyStart, n int) []byte {
	out := bytes.Clone(src)
	for i := 1; i < n; i++ {
		out = append(out, src[bodyStart:]...)
	}
	return out
}

// middleItem returns the offset just after the marker of the list item
// nearest the middle of src ("- " at a line's start), where typing goes.
func middleItem(src []byte) int {
	mid := len(src) / 2
	if i := bytes.Index(src[mid:], []byte("\n- ")); i >= 0 {
		return mid + i + len("\n- ")
	}
	return mid
}
