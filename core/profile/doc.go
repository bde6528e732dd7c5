// Package profile holds what the tool knows about one group that keeps its
// minutes in a Git repository: the site repository, branch and folder, the
// minutes file name and the line that indexes it, the usual meeting time
// and cadence, the default template, the project boards and the roster of
// @handles. A profile is one YAML (or JSON) file; the CPAN Security Group's
// is built in (builtin/cpansec.yaml, compiled into Go values by go generate:
// builtin_gen.go), and another group's is one more file
// read with [Load].
//
// # The file
//
//	name: cpansec                  # id used by Builtin
//	group: CPANSec                 # short name used in titles
//	full_name: CPAN Security Group
//	site:
//	  repository: OWNER/NAME       # the GitHub repository of the website
//	  branch: main
//	  folder: meetings
//	  file_name: cpansec-minutes-YYYY-MM-DD.md
//	  index_file: meetings/README.md
//	  index_line: "* [YYYY-MM-DD](cpansec-minutes-YYYY-MM-DD.md)"
//	meeting:
//	  time: "16:00 UTC"
//	  cadence_days: 14
//	  location: "#cpansec-discussion on Matrix"
//	  template: 2026-compact
//	boards:    [{name, url, formerly: [names], retired: bool}]
//	roster:    [{handle: "@sjn", name: Salve J. Nilsen}]
//	groups:    ["@all"]            # mentions of everyone, not a person
//	placeholders: ["@FIXME"]       # handle-like template words
//	aliases:   {"@stigsp": "@stigtsp"}  # written handle -> handle meant
//	decisions: ["Decision:", "Agreed"]  # words that mark a decision
//	format:                        # how the minutes are written (Format)
//	  section_rules:               # what the next agenda does with a section
//	    Links: standing            #   kept as written
//	    Agenda items: agenda       #   headings and numbered top-level items kept, the rest emptied
//	    Action items: actions      #   open items carried, done ones dropped
//	    Meeting notes: notes       #   emptied under its heading
//
// In file_name and index_line, YYYY-MM-DD stands for the meeting date.
//
// # Section rules
//
// format.section_rules maps section titles (as the headings write them,
// without the hashes; compared without regard to case, emphasis or a
// final colon) to a rule for `minutes next`: standing (the section is
// kept as written; its dates still move and its names are cleared),
// agenda (its headings and those of its subsections stay, with the first
// paragraph of each top-level item of its numbered lists; the rest goes),
// actions (its open action items are carried and the done ones dropped,
// whatever its title), notes (it starts empty under its heading; its
// subsections go with their headings). A subsection without a rule of its
// own follows its parent's; open task items ("- [ ] …") stay in emptied
// sections. A title given twice, or a rule not among these four, is an
// error at its line. Sections without a rule are left to the next
// agenda's other steps. `minutes profile` learns the rules from
// consecutive meetings (see package learn) and gives none when unsure.
// Handles are compared without regard to case and with or without "@".
//
// # Where the CPANSec values come from
//
// Branch: the website repository's workflows deploy ("branches: [main]")
// and notify on pushes to main, so the branch is main.
//
// Index line: the group's meetings/README.md lists minutes as
// "* [2024-11-15](cpansec-minutes-2024-11-15.md)" under a "### YYYY"
// heading per year; index_line is that line as a template.
//
// Boards: every https://github.com/orgs/CPAN-Security/projects/N link in
// the minutes, named as the latest minutes that list it name it; earlier
// names are kept in formerly. Boards 6 and 4 are no longer listed and are
// marked retired.
//
// Roster: every @handle in the minutes, except misspellings and ids that
// do not name the person on GitHub, which are in aliases pointing at the
// handle meant: @stigsp, @stigstp, @stiptsp and @stigo (early drafts,
// replaced by @stigtsp in later commits) for @stigtsp; @robwo and @rrwo
// (his CPAN id) for @robrwo; @thibault, @thibaultduponcelle,
// @thibaultdupenchelle and @tib (CPAN id) for @thibaultduponchelle;
// @haraldjorg for @haraldjoerg; @svn for @sjn and @wildgaru for @garu (both
// corrected in later commits); @ovids for @ovid; @tina and @tinita (CPAN
// id) for @perlpunk ("Tina Müller (@perlpunk)"); @ingy (CPAN id) for
// @ingydotnet ("Ingy döt Net (@ingydotnet)"). @all is a group mention;
// @FIXME, @name and @names are template words. Rarely seen handles whose
// owner the minutes do not confirm (@gdt, @nicolas, @stuart, @markov) are
// kept: they are written as mentions of people and nothing shows them to
// be typos. A scribe who disagrees adds a name at run time with
// [Profile.Add].
package profile
