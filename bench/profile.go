package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// profiled runs fn under Chromium's sampling CPU profiler, writes the
// profile to file (open it in DevTools' Performance panel) and logs the
// functions that take the most time, inclusive and self. The site's wasm
// is built with -s -w: for Go function names, build it without them.
func (t *tab) profiled(file string, fn func() error) error {
	err := t.run(profiler.Enable(), profiler.SetSamplingInterval(200), profiler.Start())
	if err != nil {
		return err
	}
	if err := fn(); err != nil {
		return err
	}
	var p *profiler.Profile
	err = t.run(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		p, err = profiler.Stop().Do(ctx)
		return err
	}))
	if err != nil {
		return err
	}
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return err
	}
	logProfile(p)
	return nil
}

// logProfile logs the top functions by samples, inclusive and self.
func logProfile(p *profiler.Profile) {
	parent := map[int64]int64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	name := func(n *profiler.ProfileNode) string {
		if f := n.CallFrame.FunctionName; f != "" {
			return f
		}
		return "(anonymous " + n.CallFrame.URL + ")"
	}
	inclusive, self := map[string]int{}, map[string]int{}
	for _, leaf := range p.Samples {
		seen := map[string]bool{}
		for id, ok := leaf, true; ok; id, ok = parent[id] {
			f := name(byID[id])
			if !seen[f] {
				seen[f] = true
				inclusive[f]++
			}
		}
		self[name(byID[leaf])]++
	}
	top := func(m map[string]int, n int) string {
		type kv struct {
			k string
			v int
		}
		var all []kv
		for k, v := range m {
			all = append(all, kv{k, v})
		}
		sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v })
		var b strings.Builder
		for i, e := range all {
			if i == n {
				break
			}
			fmt.Fprintf(&b, "\n  %5.1f%%  %s", 100*float64(e.v)/float64(len(p.Samples)), e.k)
		}
		return b.String()
	}
	log.Printf("profile: %d samples; inclusive:%s\nself:%s", len(p.Samples), top(inclusive, 40), top(self, 20))
}
