package profile

import (
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/yamlite"
)

// The profile is decoded by hand from yamlite's node tree: a table of
// setters per mapping, so that an unknown key is an error at its line
// (a misspelt setting is never silently ignored) and nothing needs
// reflection.

// setter stores a node's value, or returns an *Error.
type setter func(n *yamlite.Node) error

// decodeProfile fills p from the document root.
func (p *Profile) decode(root *yamlite.Node) error {
	return mapping(root, "a profile", map[string]setter{
		"name":      text(&p.Name),
		"group":     text(&p.Group),
		"full_name": text(&p.FullName),
		"site": func(n *yamlite.Node) error {
			s := &p.Site
			return mapping(n, "site", map[string]setter{
				"url":          text(&s.URL),
				"title":        text(&s.Title),
				"repository":   text(&s.Repository),
				"branch":       text(&s.Branch),
				"folder":       text(&s.Folder),
				"file_name":    text(&s.FileName),
				"index_file":   text(&s.IndexFile),
				"index_line":   text(&s.IndexLine),
				"front_matter": list(&s.FrontMatter, textItem),
				"renderer":     text(&s.Renderer),
			})
		},
		"meeting": func(n *yamlite.Node) error {
			m := &p.Meeting
			return mapping(n, "meeting", map[string]setter{
				"time":             text(&m.Time),
				"cadence_days":     integer(&m.CadenceDays),
				"location":         text(&m.Location),
				"template":         text(&m.Template),
				"approve_previous": boolean(&m.ApprovePrevious),
				"stale_after":      integer(&m.StaleAfter),
			})
		},
		"boards": list(&p.Boards, func(n *yamlite.Node, b *Board) error {
			return mapping(n, "a board", map[string]setter{
				"name":     text(&b.Name),
				"url":      text(&b.URL),
				"formerly": list(&b.Formerly, textItem),
				"retired":  boolean(&b.Retired),
			})
		}),
		"roster": list(&p.Roster, func(n *yamlite.Node, m *Member) error {
			return mapping(n, "a roster entry", map[string]setter{
				"handle": text(&m.Handle),
				"aka":    list(&m.Aka, textItem),
				"name":   text(&m.Name),
			})
		}),
		"actions": func(n *yamlite.Node) error {
			a := &p.Actions
			return mapping(n, "actions", map[string]setter{
				"not_in_sections": list(&a.NotInSections, textItem),
				"volunteer_calls": list(&a.VolunteerCalls, textItem),
				"comments":        list(&a.Comments, textItem),
			})
		},
		"format":       p.Format.decode,
		"templates":    list(&p.Templates, decodeTemplate),
		"groups":       list(&p.Groups, textItem),
		"placeholders": list(&p.Placeholders, textItem),
		"decisions":    list(&p.Decisions, textItem),
		"aliases": func(n *yamlite.Node) error {
			p.Aliases = map[string]string{}
			if isNull(n) {
				return nil
			}
			if n.Kind != yamlite.MappingNode {
				return typeError(n, "aliases", "a mapping of \"@handle\": \"@handle\" lines")
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				var to string
				if err := text(&to)(n.Content[i+1]); err != nil {
					return err
				}
				p.Aliases[n.Content[i].Value] = to
			}
			return nil
		},
	})
}

func isNull(n *yamlite.Node) bool { return n.Kind == yamlite.ScalarNode && n.Tag == yamlite.NullTag }

// typeError reports a value of the wrong shape.
func typeError(n *yamlite.Node, what, want string) error {
	got := "a list"
	switch n.Kind {
	case yamlite.MappingNode:
		got = "a mapping"
	case yamlite.ScalarNode:
		got = strconv.Quote(n.Value)
	}
	return &Error{Line: n.Line, Msg: "invalid profile: " + what + " should be " + want + ", not " + got}
}

// mapping calls the setter of each key of n; a key without one is an
// error. An empty value (a key with nothing after it) sets nothing.
func mapping(n *yamlite.Node, what string, fields map[string]setter) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yamlite.MappingNode {
		return typeError(n, what, "a mapping of \"key: value\" lines")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := n.Content[i]
		set, ok := fields[key.Value]
		if !ok {
			return &Error{Line: key.Line, Msg: "invalid profile: unknown key " + strconv.Quote(key.Value) + " in " + what}
		}
		if err := set(n.Content[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// text sets a string from any scalar, as written ("" for an empty value).
func text(dst *string) setter {
	return func(n *yamlite.Node) error {
		switch {
		case isNull(n):
			*dst = ""
		case n.Kind == yamlite.ScalarNode:
			*dst = n.Value
		default:
			return typeError(n, "this value", "text")
		}
		return nil
	}
}

func textItem(n *yamlite.Node, dst *string) error { return text(dst)(n) }

// integer sets an int from a whole number (decimal, or 0x, 0b, 0 octal;
// "_" and "," as separators, as Jekyll's YAML allows).
func integer(dst *int) setter {
	return func(n *yamlite.Node) error {
		if isNull(n) {
			*dst = 0
			return nil
		}
		if n.Kind == yamlite.ScalarNode && n.Tag == yamlite.IntTag {
			v, err := strconv.ParseInt(strings.NewReplacer("_", "", ",", "").Replace(n.Value), 0, 32)
			if err == nil {
				*dst = int(v)
				return nil
			}
		}
		return typeError(n, "this value", "a whole number")
	}
}

// boolean sets a bool from true/false (or yes/no, on/off).
func boolean(dst *bool) setter {
	return func(n *yamlite.Node) error {
		switch {
		case isNull(n):
			*dst = false
		case n.Kind == yamlite.ScalarNode && n.Tag == yamlite.BoolTag:
			v := strings.ToLower(n.Value)
			*dst = v == "true" || v == "yes" || v == "on"
		default:
			return typeError(n, "this value", "true or false")
		}
		return nil
	}
}

// list sets a slice from a sequence, decoding each entry with item.
func list[T any](dst *[]T, item func(n *yamlite.Node, v *T) error) setter {
	return func(n *yamlite.Node) error {
		*dst = nil
		if isNull(n) {
			return nil
		}
		if n.Kind != yamlite.SequenceNode {
			return typeError(n, "this value", "a list")
		}
		*dst = make([]T, len(n.Content))
		for i, c := range n.Content {
			if err := item(c, &(*dst)[i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// decode fills f from the format mapping.
func (f *Format) decode(n *yamlite.Node) error {
	r := &f.Roles
	return mapping(n, "format", map[string]setter{
		"date_in":       list(&f.DateIn, textItem),
		"date_style":    text(&f.DateStyle),
		"front_matter":  list(&f.FrontMatter, textItem),
		"list_marker":   text(&f.ListMarker),
		"checkboxes":    boolean(&f.Checkboxes),
		"next_meeting":  boolean(&f.NextMeeting),
		"sections":      list(&f.Sections, textItem),
		"section_rules": decodeRules(&f.SectionRules),
		"roles": func(n *yamlite.Node) error {
			return mapping(n, "format.roles", map[string]setter{
				"attendees": list(&r.Attendees, textItem),
				"regrets":   list(&r.Regrets, textItem),
				"absent":    list(&r.Absent, textItem),
				"chair":     list(&r.Chair, textItem),
				"scribe":    list(&r.Scribe, textItem),
			})
		},
	})
}

func decodeTemplate(n *yamlite.Node, t *Template) error {
	return mapping(n, "a template", map[string]setter{
		"name":        text(&t.Name),
		"description": text(&t.Description),
		"body":        text(&t.Body),
	})
}
