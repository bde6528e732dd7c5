package templates

import (
	"regexp"
	"testing"

	"github.com/cpansec/minutes/core/internal/match/matchtest"
)

func TestPlaceholderNameMatchesItsExpression(t *testing.T) {
	re := regexp.MustCompile(`^[a-z_]+([+-][0-9]{1,4})?$`)
	tricky := []string{"", "date", "next_date", "time+30", "time-1440", "time+12345", "time+", "time+a", "+30", "Date", "date ", "time+3x", "a-0", "é"}
	inputs := append(tricky, matchtest.Texts(5, 30000, []string{"date", "time", "_", "+", "-", "30", "12345", "+1"})...)
	matchtest.Compare(t, "isPlaceholderName", inputs, re.MatchString, isPlaceholderName)
}
