package agenda

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
)

func TestScratch(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/*.md")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		d, err := core.Parse(src, core.WithName(filepath.Base(f)))
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		fa := d.Facts()
		roles := map[core.Role]int{}
		for _, l := range fa.People {
			roles[l.Role]++
		}
		var multi []string
		for r, n := range roles {
			if n > 1 {
				multi = append(multi, fmt.Sprintf("%v×%d", r, n))
			}
		}
		dups := 0
		for _, it := range d.Items() {
			for _, s := range it.Siblings()[:it.Index()] {
				if strings.TrimSpace(s.Text) == strings.TrimSpace(it.Text) && it.Text != "" && it.Text != "…" {
					dups++
					fmt.Printf("   dup %d: %q\n", it.Line, it.Text)
				}
			}
		}
		ds := []string{}
		for _, st := range fa.Dates {
			ds = append(ds, fmt.Sprintf("%s:%d:%q", st.From, st.Line, st.Match.Text))
		}
		fmt.Printf("%s when=%v next=%v(%d) multi=%v dups=%d\n   %s\n   next=%q\n", filepath.Base(f), fa.When, fa.Next, fa.NextLine, multi, dups, strings.Join(ds, " "), fa.NextText)
	}
}
