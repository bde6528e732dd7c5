package core_test

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
)

const minutes = `---
layout: single
meeting_time: 2026-02-19 16:00 UTC
title: CPANSec bi-weekly minutes
---

## Attending

- @sjn, @stigtsp, @robrwo

- Regrets @leont

## Minutes

- [ ] @sjn - write the guide
  - draft in the wiki
- [x] @stigtsp - CVE workflow demo
`

// A document read and written with no edit is its source, byte for byte.
func ExampleParse() {
	d, err := core.Parse([]byte(minutes), core.WithName("cpansec-minutes-2026-02-19.md"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(d.Bytes()) == minutes)
	for _, s := range d.Sections() {
		fmt.Printf("%d %s: %d items\n", s.Line, s.Title, len(s.Items()))
	}
	// Output:
	// true
	// 7 Attending: 2 items
	// 13 Minutes: 2 items
}

// Facts are found wherever the group's formats put them.
func ExampleDocument_Facts() {
	d, _ := core.Parse([]byte(minutes))
	f := d.Facts()
	fmt.Println(f.When)
	fmt.Println(f.Names(core.Attendee), f.Names(core.Regrets))
	for _, a := range f.Actions {
		fmt.Println(a.Owner, "-", a.Text)
	}
	// Output:
	// 2026-02-19 16:00 UTC
	// [@sjn @stigtsp @robrwo] [@leont]
	// @sjn - @sjn - write the guide
}

// Checking a box changes one line; the change can be undone.
func ExampleDocument_SetBox() {
	d, _ := core.Parse([]byte(minutes))
	it := d.Items()[2] // "@sjn - write the guide"
	c, _ := d.SetBox(it, core.Done)
	nd, _ := d.Apply(c)
	fmt.Println(strings.Split(nd.String(), "\n")[14])
	back := c.Invert(d.Bytes()).Apply(nd.Bytes())
	fmt.Println(string(back) == minutes)
	// Output:
	// - [x] @sjn - write the guide
	// true
}

// New items take the style of their neighbours: here an open box.
func ExampleDocument_AddItemAfter() {
	d, _ := core.Parse([]byte(minutes))
	c, _ := d.AddItemAfter(d.Items()[2], "@robrwo - review the guide")
	nd, _ := d.Apply(c)
	fmt.Println(strings.Join(strings.Split(nd.String(), "\n")[14:18], "\n"))
	// Output:
	// - [ ] @sjn - write the guide
	//   - draft in the wiki
	// - [ ] @robrwo - review the guide
	// - [x] @stigtsp - CVE workflow demo
}

// SetPeople rewrites a role's names in the shape the document uses.
func ExampleDocument_SetPeople() {
	d, _ := core.Parse([]byte(minutes))
	c, _ := d.SetPeople(core.Regrets, []string{"@leont", "@timlegge"})
	nd, _ := d.Apply(c)
	fmt.Println(strings.Split(nd.String(), "\n")[10])
	// Output:
	// - Regrets @leont, @timlegge
}

// Update applies an edit in place, re-parsing only the part it touches.
func ExampleDocument_Update() {
	d, _ := core.Parse([]byte(minutes))
	first := d.Items()[0]
	c, _ := d.SetText(d.Items()[3], "draft in the wiki, linked from the README")
	if err := d.Update(c); err != nil {
		fmt.Println(err)
	}
	fmt.Println(d.Items()[0] == first, d.Items()[3].Text)
	// Output:
	// true draft in the wiki, linked from the README
}

// Repairs mend the invisible characters pasted from web pads.
func ExampleDocument_Repairs() {
	d, _ := core.Parse([]byte("- [] @sjn - a\n-\u00a0[x] @tux - b\n"))
	for _, r := range d.Repairs() {
		fmt.Printf("%d:%d %s\n", r.Line, r.Column, r.Rule)
	}
	fmt.Printf("%q\n", d.RepairAll().Apply(d.Bytes()))
	// Output:
	// 1:3 broken-box
	// 2:2 broken-box
	// "- [ ] @sjn - a\n- [x] @tux - b\n"
}
