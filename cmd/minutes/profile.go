package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/profile/learn"
)

func init() {
	var out, repo, name, prof *string
	register(&command{
		name:    "profile",
		args:    "[-o FILE] [--repository OWNER/NAME] [--name NAME] [--profile FILE] DIR...",
		summary: "learn a group's profile from a folder of its minutes and print it",
		help: `profile reads every Markdown file under each DIR (folders included,
hidden ones left out) and prints, as YAML, the profile the minutes show:
the file name pattern and where the date sits in it (folder years too),
the usual time and zone and the cadence, the people named (handles, names
and the misspellings of both as aliases), how each role is labelled, the
sections most files have, in order (which become the profile's
"learned" template), the front matter keys, the list marker, whether
agendas carry task boxes, and what the folder tells of the site: the
repository (from the Git remote), the folder in it, the index line (from
a README.md linking the minutes), the renderer (Jekyll when the
repository has a _config.yml or the minutes a layout, else GitHub) and
the site's address for GitHub Pages (its CNAME, else
https://OWNER.github.io/NAME, with a _config.yml or a CNAME). The
comments at the top say what could not be learned.

Save it as .minutes.yaml beside the minutes (or above them): every
command then uses it, as --profile FILE does. With --profile, the
settings a folder cannot show (name, repository, boards, location,
decisions, actions, groups, placeholders) are kept from FILE and the rest
is learned again.`,
		example: "minutes profile meetings > meetings/.minutes.yaml\nminutes lint meetings/2024-07-10.md",
		setup: func(fs *flag.FlagSet) {
			out = fs.String("o", "", "write the profile to FILE instead of standard output")
			repo = fs.String("repository", "", "the GitHub repository OWNER/NAME (default: from the Git remote)")
			name = fs.String("name", "", "the profile's name (default: from the group's)")
			prof = fs.String("profile", "", "keep the settings a folder cannot show from this profile FILE")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() == 0 {
				fmt.Fprintf(e.stderr, "usage: minutes profile %s\n", commands["profile"].args)
				return exitUsage
			}
			files, err := readTree(e, fs.Args())
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			opt := siteOf(fs.Arg(0))
			if *repo != "" && *repo != opt.Repository {
				opt.Repository, opt.URL = *repo, "" // the remote's site is not that repository's
			}
			opt.Name = *name
			var base *profile.Profile
			if *prof != "" {
				if base, err = loadProfile(*prof); err != nil {
					fmt.Fprintln(e.stderr, err)
					return exitFail
				}
				if opt.Name == "" {
					opt.Name = base.Name
				}
			}
			r, err := learn.Learn(files, opt)
			if err != nil {
				fmt.Fprintf(e.stderr, "minutes profile: %s: %v\n", strings.Join(fs.Args(), ", "), err)
				return exitFail
			}
			if base != nil {
				keepFrom(r.Profile, base, *repo != "" || opt.Repository != "")
			}
			data := r.YAML()
			if *out != "" {
				if err := writeFile(*out, data); err != nil {
					fmt.Fprintln(e.stderr, err)
					return exitFail
				}
				return exitOK
			}
			if _, err := e.stdout.Write(data); err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			return exitOK
		},
	})
}

// keepFrom keeps in p the settings of base that minutes cannot show.
func keepFrom(p, base *profile.Profile, repoKnown bool) {
	p.Name, p.Group, p.FullName = base.Name, base.Group, base.FullName
	if !repoKnown {
		p.Site.Repository = base.Site.Repository
	}
	if base.Site.URL != "" || !repoKnown {
		p.Site.URL = base.Site.URL // else the remote's Pages site, learned
	}
	p.Site.Title, p.Site.Branch = base.Site.Title, base.Site.Branch
	p.Meeting.Location = base.Meeting.Location
	p.Boards, p.Groups, p.Placeholders = base.Boards, base.Groups, base.Placeholders
	p.Decisions, p.Actions = base.Decisions, base.Actions
}

// readTree reads the Markdown files under each argument (a folder, read
// recursively without its hidden folders, or a file), with paths relative
// to the folder.
func readTree(e *env, args []string) ([]learn.File, error) {
	var out []learn.File
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("%s: no such file or directory", arg)
		}
		if !st.IsDir() {
			src, err := readFile(e, arg)
			if err != nil {
				return nil, err
			}
			out = append(out, learn.File{Path: filepath.ToSlash(filepath.Base(arg)), Src: src})
			continue
		}
		var names []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != arg && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() && isMarkdown(d.Name()) {
				names = append(names, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", arg, unwrapPath(err))
		}
		sort.Strings(names)
		for _, n := range names {
			src, err := readFile(e, n)
			if err != nil {
				fmt.Fprintf(e.stderr, "minutes profile: skipped %v\n", err)
				continue
			}
			rel, _ := filepath.Rel(arg, n)
			out = append(out, learn.File{Path: filepath.ToSlash(rel), Src: src})
		}
	}
	return out, nil
}

func isMarkdown(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// siteOf returns what the Git repository around dir says (see
// learn.FromRepository), with the folder of dir in it.
func siteOf(dir string) learn.Options {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return learn.Options{}
	}
	for root := abs; ; {
		if st, err := os.Stat(filepath.Join(root, ".git")); err == nil && st.IsDir() {
			opt := learn.FromRepository(func(name string) ([]byte, bool) {
				data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
				return data, err == nil
			})
			if rel, err := filepath.Rel(root, abs); err == nil && rel != "." {
				opt.Folder = filepath.ToSlash(rel)
			}
			return opt
		}
		up := filepath.Dir(root)
		if up == root {
			return learn.Options{}
		}
		root = up
	}
}
