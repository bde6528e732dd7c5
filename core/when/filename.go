package when

import "strings"

// FromFileName returns the date in a minutes file name such as
// "cpansec-minutes-2024-11-15.md", a path ending in one, or a corpus copy
// named "cpansec-minutes-2024-11-15@ff5825f.md". The date must end the name
// once the extension (".md", ".markdown", ".html") and an "@COMMIT" suffix
// are removed, and must not be glued to a letter or digit before it.
func FromFileName(name string) (When, bool) {
	base := name[strings.LastIndexAny(name, `/\`)+1:]
	for _, ext := range []string{".md", ".markdown", ".html"} {
		if strings.HasSuffix(strings.ToLower(base), ext) {
			base = base[:len(base)-len(ext)]
			break
		}
	}
	if at := strings.LastIndexByte(base, '@'); at >= 0 {
		base = base[:at]
	}
	const isoLen = len("2006-01-02")
	if len(base) < isoLen {
		return When{}, false
	}
	i := len(base) - isoLen
	if !boundaryBefore(base, i) {
		return When{}, false
	}
	w, end, ok := isoAt(base, i)
	if !ok || end != len(base) || !w.Valid() {
		return When{}, false
	}
	return w, true
}
