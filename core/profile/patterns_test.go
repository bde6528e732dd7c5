package profile

import "testing"

func TestRepositoryAndHandle(t *testing.T) {
	for s, want := range map[string]bool{
		"CPAN-Security/security.metacpan.org": true, "o/r": true, "_./-": true,
		"": false, "/r": false, "o/": false, "o//r": false, "o/r/x": false, "o r/x": false, "é/r": false, "o/r\n": false,
	} {
		if got := isRepository(s); got != want {
			t.Errorf("isRepository(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"@sjn": true, "@a": true, "@a-b_c": true, "@timlegge": true,
		"@": false, "@-a": false, "@_a": false, "@a.b": false, "@a b": false, "sjn": false, "@@a": false, "@é": false, "@\u212A": false, "@a\n": false,
	} {
		if got := isHandle(s); got != want {
			t.Errorf("isHandle(%q) = %v", s, got)
		}
	}
}
