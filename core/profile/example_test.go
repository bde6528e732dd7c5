package profile_test

import (
	"fmt"

	"github.com/cpansec/minutes/core/profile"
)

func ExampleDefault() {
	p := profile.Default()
	fmt.Println(p.Site.Repository, p.Site.Branch, p.Site.Folder)
	fmt.Println(p.Clock(), "every", p.Meeting.CadenceDays, "days")
	// Output:
	// CPAN-Security/security.metacpan.org main meetings
	// 16:00 UTC every 14 days
}

func ExampleProfile_Suggest() {
	p := profile.Default()
	for _, h := range []string{"@stigstp", "@robwo", "@rrwo", "@someone", "@sjn"} {
		s, ok := p.Suggest(h)
		fmt.Printf("%s -> %q %v\n", h, s, ok)
	}
	// Output:
	// @stigstp -> "@stigtsp" true
	// @robwo -> "@robrwo" true
	// @rrwo -> "@robrwo" true
	// @someone -> "" false
	// @sjn -> "" false
}

func ExampleProfile_Add() {
	p := profile.Default()
	fmt.Println(p.Known("@newcomer"))
	_ = p.Add("@newcomer")
	fmt.Println(p.Known("@newcomer"))
	// Output:
	// false
	// true
}

func ExampleProfile_Canonical() {
	p := profile.Default()
	h, _ := p.Canonical("@Tux")
	a, _ := p.Canonical("@tib")
	fmt.Println(h, a)
	// Output:
	// @tux @thibaultduponchelle
}

func ExampleLoad() {
	p, err := profile.Load([]byte(`
name: example
site: {repository: example/site, folder: notes, file_name: notes-YYYY-MM-DD.md}
meeting: {time: "18:00 UTC", cadence_days: 7}
roster: [{handle: "@alice"}]
`))
	fmt.Println(p.Site.Repository, p.Site.Branch, p.Clock(), err)
	_, err = profile.Load([]byte("name: example\nsite: {repository: nope, file_name: x}\n"))
	fmt.Println(err)
	// Output:
	// example/site main 18:00 UTC <nil>
	// line 2: site.repository "nope": want OWNER/NAME
}

func ExampleProfile_FindBoard() {
	b, _ := profile.Default().FindBoard("CPAN Vulnerability Index")
	fmt.Println(b.Name, b.URL)
	// Output:
	// CNA & Vulnerability Index https://github.com/orgs/CPAN-Security/projects/10/views/2
}
