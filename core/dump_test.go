package core

import (
	"fmt"
	"strings"
)

// dump renders the model as indented text for golden tests and debugging.
func dump(d *Document) string {
	var sb strings.Builder
	if fm := d.FrontMatter; fm != nil {
		fmt.Fprintf(&sb, "front matter closed=%v jekyll=%v bom=%v", fm.Closed, fm.JekyllReads(), fm.BOM)
		for _, f := range fm.Fields {
			fmt.Fprintf(&sb, " %s=%q", f.Key, f.Value)
		}
		if fm.Err != nil {
			fmt.Fprintf(&sb, " err=%q", fm.Err.Error())
		}
		sb.WriteString("\n")
	}
	var sec func(s *Section, ind string)
	var items func(its []*Item, ind string)
	items = func(its []*Item, ind string) {
		for _, it := range its {
			box := map[Checkbox]string{NoBox: "", Open: "[ ] ", Done: "[x] "}[it.Box]
			if it.BoxBroken {
				box = "(broken)" + box
			}
			fmt.Fprintf(&sb, "%s%d: %s%s %q", ind, it.Line, it.Marker, box, it.Text)
			if len(it.Handles) > 0 {
				fmt.Fprintf(&sb, " %v", it.Handles)
			}
			sb.WriteString("\n")
			items(it.Items, ind+"  ")
		}
	}
	sec = func(s *Section, ind string) {
		if s.Level > 0 {
			t := ""
			if s.Time != "" {
				t = "[" + s.Time + "] "
			}
			br := ""
			if s.Broken {
				br = " (broken)"
			}
			fmt.Fprintf(&sb, "%s%d: %s %s%q%s\n", ind, s.Line, strings.Repeat("#", s.Level), t, s.Title, br)
			ind += "  "
		}
		for _, b := range s.Blocks {
			switch b.Kind {
			case Paragraph:
				fmt.Fprintf(&sb, "%s%d: para %q\n", ind, b.Line, b.Text)
			case List:
				items(b.Items, ind)
			default:
				fmt.Fprintf(&sb, "%s%d: other\n", ind, b.Line)
			}
		}
		for _, c := range s.Sections {
			sec(c, ind)
		}
	}
	sec(d.Root, "")
	return sb.String()
}
