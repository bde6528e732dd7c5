package lint

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
)

// TestLiquidBudgetFinding: a Liquid tag past the preview's budget is
// reported at its line (issue 13), and lint returns at once.
func TestLiquidBudgetFinding(t *testing.T) {
	src := "---\nlayout: page\n---\n# T\n\n- {{ \"xx\"" + strings.Repeat(` | replace: "x", "xxxx"`, 34) + " }}\n- next\n"
	d, err := core.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []Finding
	for _, f := range Check(d) {
		if f.Rule == "renders-differently" && strings.Contains(f.Message, "1 MB limit") {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Line != 6 || got[0].Message != "the website's build would fail here: Liquid output over the 1 MB limit" {
		t.Errorf("findings %+v, want one at line 6", got)
	}
}
