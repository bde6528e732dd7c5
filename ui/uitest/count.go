package uitest

import "github.com/cpansec/minutes/ui"

// Counter is a ui.Document that counts the calls a panel makes into the
// page, by method name, and passes them on to the page it wraps. In the
// browser each of these calls is one or more calls from Go into
// JavaScript (plus the values it makes and drops), the cost of a
// keystroke that the tree's Mutations do not show: reads. Give the panel
// the Counter and drive the page itself (Type, Press...), whose own calls
// are not counted.
type Counter struct {
	doc ui.Document
	// Calls counts the calls made through the Counter, its nodes and its
	// events, by method name ("Attr", "Closest", "Target"...).
	Calls map[string]int
}

// Count wraps doc.
func Count(doc ui.Document) *Counter { return &Counter{doc: doc, Calls: map[string]int{}} }

// Total is the number of calls counted.
func (c *Counter) Total() int {
	n := 0
	for _, k := range c.Calls {
		n += k
	}
	return n
}

// Reset forgets the calls counted so far.
func (c *Counter) Reset() { clear(c.Calls) }

func (c *Counter) node(n ui.Node) ui.Node {
	if n == nil {
		return nil
	}
	return &countedNode{c: c, n: n}
}

// inner returns the page's own node of n, which may be counted or not.
func inner(n ui.Node) ui.Node {
	if cn, ok := n.(*countedNode); ok && cn != nil {
		return cn.n
	}
	return n
}

func (c *Counter) count(name string) { c.Calls[name]++ }

// ByID implements ui.Document.
func (c *Counter) ByID(id string) ui.Node { c.count("ByID"); return c.node(c.doc.ByID(id)) }

// Active implements ui.Document.
func (c *Counter) Active() ui.Node { c.count("Active"); return c.node(c.doc.Active()) }

// Create implements ui.Document.
func (c *Counter) Create(tag string) ui.Node { c.count("Create"); return c.node(c.doc.Create(tag)) }

// TextSelected implements ui.Document.
func (c *Counter) TextSelected() bool { c.count("TextSelected"); return c.doc.TextSelected() }

// countedNode is a node of a Counter.
type countedNode struct {
	c *Counter
	n ui.Node
}

func (e *countedNode) Equal(n ui.Node) bool { e.c.count("Equal"); return e.n.Equal(inner(n)) }
func (e *countedNode) ID() string           { e.c.count("ID"); return e.n.ID() }
func (e *countedNode) Attr(name string) string {
	e.c.count("Attr")
	return e.n.Attr(name)
}
func (e *countedNode) SetAttr(name, value string) { e.c.count("SetAttr"); e.n.SetAttr(name, value) }
func (e *countedNode) RemoveAttr(name string)     { e.c.count("RemoveAttr"); e.n.RemoveAttr(name) }
func (e *countedNode) SetClass(class string)      { e.c.count("SetClass"); e.n.SetClass(class) }
func (e *countedNode) Bool(name string) bool      { e.c.count("Bool"); return e.n.Bool(name) }
func (e *countedNode) SetBool(name string, v bool) {
	e.c.count("SetBool")
	e.n.SetBool(name, v)
}
func (e *countedNode) Text() string        { e.c.count("Text"); return e.n.Text() }
func (e *countedNode) SetText(text string) { e.c.count("SetText"); e.n.SetText(text) }
func (e *countedNode) HTML() string        { e.c.count("HTML"); return e.n.HTML() }
func (e *countedNode) SetHTML(html string) { e.c.count("SetHTML"); e.n.SetHTML(html) }
func (e *countedNode) Value() string       { e.c.count("Value"); return e.n.Value() }
func (e *countedNode) SetValue(v string)   { e.c.count("SetValue"); e.n.SetValue(v) }
func (e *countedNode) Focus()              { e.c.count("Focus"); e.n.Focus() }
func (e *countedNode) ScrollIntoView(b string) {
	e.c.count("ScrollIntoView")
	e.n.ScrollIntoView(b)
}
func (e *countedNode) Selection() (int, int, bool) { e.c.count("Selection"); return e.n.Selection() }
func (e *countedNode) SetSelection(start, end int) {
	e.c.count("SetSelection")
	e.n.SetSelection(start, end)
}
func (e *countedNode) CaretLine() (bool, bool) { e.c.count("CaretLine"); return e.n.CaretLine() }
func (e *countedNode) Closest(sel string) ui.Node {
	e.c.count("Closest")
	return e.c.node(e.n.Closest(sel))
}
func (e *countedNode) QueryAll(sel string) []ui.Node {
	e.c.count("QueryAll")
	all := e.n.QueryAll(sel)
	e.c.Calls["QueryAll item"] += len(all) // an element read from the list: a call each
	for i, n := range all {
		all[i] = e.c.node(n)
	}
	return all
}
func (e *countedNode) QueryNth(sel string, i int) (ui.Node, int) {
	e.c.count("QueryNth")
	n, count := e.n.QueryNth(sel, i)
	return e.c.node(n), count
}
func (e *countedNode) Parent() ui.Node   { e.c.count("Parent"); return e.c.node(e.n.Parent()) }
func (e *countedNode) Previous() ui.Node { e.c.count("Previous"); return e.c.node(e.n.Previous()) }
func (e *countedNode) Contains(n ui.Node) bool {
	e.c.count("Contains")
	return e.n.Contains(inner(n))
}
func (e *countedNode) Connected() bool      { e.c.count("Connected"); return e.n.Connected() }
func (e *countedNode) Append(child ui.Node) { e.c.count("Append"); e.n.Append(inner(child)) }
func (e *countedNode) InsertBefore(child, ref ui.Node) {
	e.c.count("InsertBefore")
	e.n.InsertBefore(inner(child), inner(ref))
}
func (e *countedNode) Remove()    { e.c.count("Remove"); e.n.Remove() }
func (e *countedNode) ShowModal() { e.c.count("ShowModal"); e.n.ShowModal() }
func (e *countedNode) Close()     { e.c.count("Close"); e.n.Close() }
func (e *countedNode) Listen(typ, name string, fn func(ui.Event) error) error {
	e.c.count("Listen")
	return e.n.Listen(typ, name, func(ev ui.Event) error { return fn(&countedEvent{c: e.c, ev: ev}) })
}

// countedEvent is an event given to a listener bound through a Counter.
type countedEvent struct {
	c  *Counter
	ev ui.Event
}

func (e *countedEvent) Target() ui.Node   { e.c.count("Target"); return e.c.node(e.ev.Target()) }
func (e *countedEvent) Key() ui.Key       { e.c.count("Key"); return e.ev.Key() }
func (e *countedEvent) InputType() string { e.c.count("InputType"); return e.ev.InputType() }
func (e *countedEvent) Clipboard() (string, bool) {
	e.c.count("Clipboard")
	return e.ev.Clipboard()
}
func (e *countedEvent) PreventDefault() { e.c.count("PreventDefault"); e.ev.PreventDefault() }
func (e *countedEvent) DefaultPrevented() bool {
	e.c.count("DefaultPrevented")
	return e.ev.DefaultPrevented()
}
