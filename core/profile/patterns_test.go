package profile

import (
	"regexp"
	"testing"

	"github.com/cpansec/minutes/core/internal/match/matchtest"
)

func TestPatternsMatchTheirExpressions(t *testing.T) {
	repo := regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$`)
	handle := regexp.MustCompile(`^@[A-Za-z0-9][A-Za-z0-9_-]*$`)
	tricky := []string{
		"", "o/r", "CPAN-Security/security.metacpan.org", "/r", "o/", "o//r", "o/r/x", "o r/x", "é/r", "o/r\n", "_./-",
		"@", "@a", "@sjn", "@-a", "@_a", "@a-b_c", "@a.b", "@a b", "a", "@@a", "@é", "@\u212A", "@a\n",
	}
	inputs := append(tricky, matchtest.Texts(4, 30000, []string{"@", "/", "o", "r", "-", "_", ".", "sjn", "CPAN-Security"})...)
	matchtest.Compare(t, "isRepository", inputs, repo.MatchString, isRepository)
	matchtest.Compare(t, "isHandle", inputs, handle.MatchString, isHandle)
}
