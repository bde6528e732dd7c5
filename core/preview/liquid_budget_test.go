package preview

import (
	"strconv"
	"strings"
	"testing"
)

// liquidDivergences returns the Divergences of src whose message is msg.
func liquidDivergences(src, msg string) []Divergence {
	var out []Divergence
	for _, d := range Divergences([]byte(src)) {
		if d.Message == msg {
			out = append(out, d)
		}
	}
	return out
}

// TestLiquidValueLimit builds values of exactly MaxLiquidValue bytes and
// one byte more with each filter that can grow a value.
func TestLiquidValueLimit(t *testing.T) {
	k := strings.Repeat("x", 1<<10)
	half := strings.Repeat("a", MaxLiquidValue/2)
	cases := []struct {
		name        string
		under, over string // markup of an output tag
	}{
		{"replace", `"` + k + `" | replace: "x", "` + k + `"`, `"` + k + `" | replace: "x", "` + k + `y"`},
		// 1022 + 1023*1024 bytes, then 1023 + 1024*1024.
		{"replace empty", `"` + strings.Repeat("a", 1<<10-2) + `" | replace: "", "` + k + `"`, `"` + strings.Repeat("a", 1<<10-1) + `" | replace: "", "` + k + `"`},
		{"append", `"` + half + `" | append: "` + half + `"`, `"` + half + `" | append: "` + half + `b"`},
		{"prepend", `"` + half + `" | prepend: "` + half + `"`, `"` + half + `" | prepend: "b` + half + `"`},
		{"escape", `"` + strings.Repeat("&", MaxLiquidValue/5) + `" | escape`, `"` + strings.Repeat("&", MaxLiquidValue/5+1) + `" | escape`},
		// 2*4^9 = 512 KiB, then 2 MiB.
		{"chain", `"xx"` + strings.Repeat(` | replace: "x", "xxxx"`, 9), `"xx"` + strings.Repeat(` | replace: "x", "xxxx"`, 10)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, over := range []bool{false, true} {
				markup := c.under
				if over {
					markup = c.over
				}
				src := "# Minutes\n\n- before\n- {{ " + markup + " }}\n- after\n"
				out := Render([]byte(src), WithNow(fixedNow))
				issues := liquidDivergences(src, liquidValueIssue)
				if got := strings.Contains(out, liquidValueError); got != over {
					t.Errorf("over=%v: error marker shown = %v (output %d bytes)", over, got, len(out))
				}
				if !strings.Contains(out, "<li>before</li>") || !strings.Contains(out, "<li>after</li>") {
					t.Errorf("over=%v: the rest of the document is not rendered", over)
				}
				if over && (len(issues) != 1 || issues[0].Line != 4 || !issues[0].BuildFails) {
					t.Errorf("over: divergences %+v, want one build failure on line 4", issues)
				}
				if !over && len(issues) != 0 {
					t.Errorf("under: divergences %+v", issues)
				}
				if !over && c.name != "chain" && len(out) < MaxLiquidValue-liquidStepCost {
					t.Errorf("under: output is %d bytes, want the whole value", len(out))
				}
			}
		})
	}
}

// TestLiquidBomb is issue 13's document: it renders at once, with the
// marker and the finding.
func TestLiquidBomb(t *testing.T) {
	for _, n := range []int{14, 34, 1000} {
		src := "---\nlayout: page\n---\n# T\n\n- {{ \"xx\"" + strings.Repeat(` | replace: "x", "xxxx"`, n) + " }}\n- next\n"
		out := Render([]byte(src), WithNow(fixedNow))
		if !strings.Contains(out, "<li>"+liquidValueError+"</li>") || !strings.Contains(out, "<li>next</li>") {
			t.Errorf("%d filters: %.300s", n, out)
		}
		if len(liquidDivergences(src, liquidValueIssue)) != 1 {
			t.Errorf("%d filters: no finding", n)
		}
	}
}

// TestLiquidWorkBudget spends the budget exactly with output tags of
// 64 KB each (a tag costs liquidStepCost plus its output), then one more.
func TestLiquidWorkBudget(t *testing.T) {
	const each = 1 << 16
	n := MaxLiquidWork / each
	fm := "---\nv: " + strings.Repeat("v", each-liquidStepCost) + "\n---\n"
	for _, extra := range []int{0, 1} {
		var b strings.Builder
		b.WriteString(fm)
		for i := 0; i < n+extra; i++ {
			b.WriteString("- " + strconv.Itoa(i) + " {{ page.v }}\n")
		}
		b.WriteString("\nafter\n")
		src := b.String()
		out := Render([]byte(src), WithNow(fixedNow))
		if got, want := strings.Count(out, liquidWorkError), extra; got != want {
			t.Errorf("%d tags: %d work errors, want %d", n+extra, got, want)
		}
		if got := strings.Count(out, strings.Repeat("v", each-liquidStepCost)); got != n {
			t.Errorf("%d tags: %d evaluated, want %d", n+extra, got, n)
		}
		if !strings.Contains(out, "<p>after</p>") {
			t.Errorf("%d tags: the rest is not rendered", n+extra)
		}
		issues := liquidDivergences(src, liquidWorkIssue)
		if len(issues) != extra || (extra == 1 && issues[0].Line != 4+n) {
			t.Errorf("%d tags: divergences %+v", n+extra, issues)
		}
	}
}

// TestLiquidWorkManySteps: many cheap filters use up the budget too.
func TestLiquidWorkManySteps(t *testing.T) {
	tag := "{{ \"a\"" + strings.Repeat(" | upcase", 1000) + " }}\n"
	src := strings.Repeat(tag, MaxLiquidWork/(1000*liquidStepCost)+2)
	out := Render([]byte(src), WithNow(fixedNow))
	if !strings.Contains(out, liquidWorkError) || !strings.HasPrefix(out, "<p>A\nA\n") {
		t.Errorf("output %.200s", out)
	}
}
