package core

import "strings"

// people finds the lists of names by role.
func (f *Facts) people(d *Document) {
	d.Root.Walk(func(s *Section) bool {
		if s.Level > 0 && isAboutNext(sectionPath(s)) {
			return true
		}
		sectionRole := NoRole
		if s.Level > 0 {
			sectionRole = titleRole(s.Title)
		}
		if sectionRole != NoRole && sectionRole != Chair && sectionRole != Scribe {
			f.roleSection(d, s, sectionRole)
			return true
		}
		roles := s.Level > 0 && containsFold(s.Title, "roles")
		var intro string // the paragraph before a list: "… sign in below. Roll call:"
		for _, b := range s.Blocks {
			switch {
			case b.Kind == Paragraph:
				if f.paragraphOfPeople(d, s, b, intro) {
					intro = ""
				} else {
					intro = b.Text
				}
				continue
			case b.Kind == List && isRollCall(intro, b):
				f.rollCall(d, b)
			default:
				for _, it := range b.Items {
					if !roles || !f.rolesItem(it) {
						f.itemPeople(d, it)
					}
				}
			}
			intro = ""
		}
		return true
	})
}

// roleSection reads a section whose title names a role ("## Attendees",
// "## Attending", "## Regrets"): each top item is a list of names, unless
// it names another role itself ("- Regrets @leont").
func (f *Facts) roleSection(d *Document, s *Section, role Role) {
	list := &PeopleList{Role: role, Section: s}
	header := false
	for _, b := range s.Blocks {
		if b.Kind == Paragraph {
			if people, rows, _, ok := nameTable(d, b); ok {
				list.Spans = append(list.Spans, rows)
				list.People = append(list.People, people...)
				continue
			}
			f.paragraphPeople(d, b, list)
			continue
		}
		for i, it := range b.Items {
			if r, _ := classify(it.Text); r != NoRole {
				f.itemPeople(d, it)
				continue
			}
			if isStruck(it.Text) {
				continue
			}
			if i == 0 && isHeaderRow(it.Text) {
				header = true
				continue
			}
			list.Names = append(list.Names, it)
			list.People = append(list.People, entryNames(withoutGroupLabel(it.Text), it.Line, header)...)
		}
	}
	f.People = append(f.People, list)
}

// itemPeople reads an item and its descendants for role labels.
func (f *Facts) itemPeople(d *Document, it *Item) {
	if isStruck(it.Text) || isAboutNext(it.Text) && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(it.Text)), "previous") {
		return
	}
	if !containsFold(it.Text, "approved") || !containsFold(it.Text, "minutes") {
		// not an approval line: skip approvedBy's work
	} else if names, ok := approvedBy(stripMarkup(it.Text)); ok {
		if i := strings.Index(strings.ToLower(names), "merged by"); i >= 0 {
			names = names[:i]
		}
		names = strings.TrimRight(strings.TrimSpace(names), ",")
		names = strings.TrimSuffix(strings.TrimSpace(names), ", and")
		names = strings.TrimSuffix(strings.TrimSpace(names), " and")
		f.People = append(f.People, &PeopleList{Role: ApprovedBy, Label: it, Inline: true, People: splitNames(names, it.Line)})
		return
	}
	if !containsFold(it.Text, "welcome") && !containsFold(it.Text, "minutes") {
		// neither "Welcome – @sjn" nor "@x took minutes"
	} else if h, ok := welcomeChair(stripMarkup(it.Text)); ok {
		f.People = append(f.People, &PeopleList{Role: Chair, Label: it, Inline: true, People: splitNames(h, it.Line)})
	} else if h, ok := minutesTaker(stripMarkup(it.Text)); ok {
		f.People = append(f.People, &PeopleList{Role: Scribe, Label: it, Inline: true, People: splitNames(h, it.Line)})
	}
	role, rest := classify(it.Text)
	if role == NoRole && (containsFold(it.Text, "facilitat") || containsFold(it.Text, "scribe") || containsFold(it.Text, "chair")) {
		// The item is the lists' label: a next agenda drops the sentence.
		for _, l := range sentenceRoles(it.Text, it.Line) {
			l.Label = it
			f.People = append(f.People, l)
		}
	}
	if role == NoRole {
		for _, c := range it.Items {
			f.itemPeople(d, c)
		}
		return
	}
	list := &PeopleList{Role: role, Label: it}
	if rest != "" {
		list.Inline = true
		list.People = splitNames(rest, it.Line)
	} else {
		for _, c := range it.Items {
			if r, _ := classify(c.Text); r != NoRole {
				f.itemPeople(d, c)
				continue
			}
			list.Names = append(list.Names, c)
			list.People = append(list.People, splitNames(c.Text, c.Line)...)
		}
	}
	f.People = append(f.People, list)
}
