package preview

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Jekyll renders a page's Liquid before its Markdown. The preview
// evaluates the subset the group's pages use — output tags {{ ... }} with
// page and site variables, literals and filters (date, date_to_string,
// date_to_long_string, date_to_xmlschema, date_to_rfc822, default, upcase,
// downcase, capitalize, strip, append, prepend, replace, remove, escape,
// size) — and the raw and comment tags. Other tags are left as text and
// reported by Divergences, as are constructs that make the site's build
// fail (an unterminated tag, an unknown tag, date_to_string on something
// that is not a date). A go Liquid library (osteele/liquid) would cover
// more, at several hundred kilobytes of WebAssembly for constructs the
// group does not use.
//
// Evaluation is bounded (see the package documentation): no value a
// filter builds may exceed MaxLiquidValue bytes, and a document's output
// tags together may do at most MaxLiquidWork units of work. A tag past
// either limit shows liquidValueError or liquidWorkError in place of its
// output and is reported as a build failure at its line; the rest of the
// document renders as usual. The for loops the preview shows as text are
// counted too (liquidLoops): nested loops over literal ranges that would
// run more than MaxLiquidWork / liquidStepCost times are reported at the
// loop that passes the bound, as work the website's build would not
// finish.

const (
	// MaxLiquidValue is the largest value, in bytes, a Liquid filter may
	// build (the result of replace, append, upcase, ...).
	MaxLiquidValue = 1 << 20
	// MaxLiquidWork is the work a document's Liquid may do: each filter
	// and each output tag costs liquidStepCost units plus the bytes it
	// reads and writes.
	MaxLiquidWork = 4 << 20
	// liquidStepCost is the fixed cost of a filter or an output tag, so
	// that many cheap steps also use up the budget.
	liquidStepCost = 64
)

// The texts shown in place of a tag past the budget (Liquid's own form
// of an error in a page) and the findings reported at its line.
const (
	liquidValueError = "Liquid error: output over the 1 MB limit"
	liquidWorkError  = "Liquid error: too much work"
	liquidValueIssue = "the website's build would fail here: Liquid output over the 1 MB limit"
	liquidWorkIssue  = "the website's build would take too long here: the page's Liquid does more work than the preview allows"
)

// liquidBudget counts a document's Liquid work.
type liquidBudget struct{ used int }

// spend charges n units; false when the budget is exceeded.
func (b *liquidBudget) spend(n int) bool {
	b.used += liquidStepCost + n
	return b.used <= MaxLiquidWork
}

// liquidLoops follows the for loops the preview does not run, to find
// those the website's build would run for too long: nested loops over
// literal ranges whose iterations together exceed MaxLiquidWork /
// liquidStepCost (each iteration costs at least a step).
type liquidLoops struct {
	counts []int // the iterations of each open loop, the outermost first
	over   bool  // the last tag made the loops too long
}

// tag takes the next known tag and reports whether it opens loops that
// run for too long (reported once, at the loop that passes the bound).
func (l *liquidLoops) tag(tok string) bool {
	name, markup := tagName(tok)
	l.over = false
	switch name {
	case "endfor":
		if len(l.counts) > 0 {
			l.counts = l.counts[:len(l.counts)-1]
		}
	case "for":
		n := rangeCount(markup)
		total := n
		for _, c := range l.counts {
			if total > MaxLiquidWork {
				break
			}
			total *= c
		}
		l.counts = append(l.counts, n)
		l.over = total > MaxLiquidWork/liquidStepCost && total/n <= MaxLiquidWork/liquidStepCost
	}
	return l.over
}

// rangeCount returns how many times "for x in (a..b)" runs with literal
// bounds, at most MaxLiquidWork+1, or 1 for any other loop (a list the
// preview does not know the length of).
func rangeCount(markup string) int {
	_, r, ok := strings.Cut(markup, " in ")
	if !ok {
		return 1
	}
	r = strings.TrimSpace(r)
	if !strings.HasPrefix(r, "(") {
		return 1
	}
	inner, _, ok := strings.Cut(r[1:], ")")
	lo, hi, ok2 := strings.Cut(inner, "..")
	if !ok || !ok2 {
		return 1
	}
	a, errA := strconv.Atoi(strings.TrimSpace(lo))
	b, errB := strconv.Atoi(strings.TrimSpace(hi))
	if errA != nil || errB != nil || b < a {
		return 1
	}
	return min(b-a+1, MaxLiquidWork+1)
}

// liquidValue is a Liquid value: nil, a string or a time.
type liquidValue struct {
	str   string
	time  *rubyTime
	isNil bool
}

var liquidNil = liquidValue{isNil: true}

func (v liquidValue) String() string {
	switch {
	case v.isNil:
		return ""
	case v.time != nil:
		return rubyTimeString(*v.time)
	}
	return v.str
}

// liquidScope holds the variables a page's Liquid sees.
type liquidScope struct {
	page map[string]liquidValue
	site map[string]liquidValue
	now  time.Time
}

// liquidIssue is a Liquid construct the preview cannot show as the website
// does, at a byte offset of the body.
type liquidIssue struct {
	off   int
	msg   string
	fatal bool // the site's build fails
}

// anchor ties an offset of the Liquid output to one of the source.
type anchor struct{ out, src int }

// liquidDoc is the body after Liquid.
type liquidDoc struct {
	out     string
	anchors []anchor // where output and source offsets realign; none when equal
	issues  []liquidIssue
}

// srcOffset maps an offset of the output to the source.
func (d *liquidDoc) srcOffset(out int) int {
	if len(d.anchors) == 0 {
		return out
	}
	k := sort.Search(len(d.anchors), func(i int) bool { return d.anchors[i].out > out }) - 1
	if k < 0 {
		return out
	}
	a := d.anchors[k]
	return a.src + (out - a.out)
}

// knownTags are Liquid's and Jekyll's tags, plus those of the site's
// plugins: the site builds with them, the preview does not evaluate them.
var knownTags = map[string]bool{
	"assign": true, "capture": true, "endcapture": true, "case": true, "when": true, "endcase": true,
	"cycle": true, "for": true, "endfor": true, "break": true, "continue": true, "if": true,
	"elsif": true, "else": true, "endif": true, "unless": true, "endunless": true,
	"ifchanged": true, "endifchanged": true, "include": true, "increment": true, "decrement": true,
	"tablerow": true, "endtablerow": true, "highlight": true, "endhighlight": true,
	"include_relative": true, "link": true, "post_url": true, "seo": true, "feed_meta": true,
	"include_cached": true,
}

// renderLiquid evaluates body's Liquid as Jekyll would.
func renderLiquid(body string, scope *liquidScope) *liquidDoc {
	d := &liquidDoc{}
	if !strings.Contains(body, "{{") && !strings.Contains(body, "{%") {
		d.out = body
		return d
	}
	var b strings.Builder
	b.Grow(len(body))
	pos := 0
	emit := func(src, end int) {
		d.anchors = append(d.anchors, anchor{b.Len(), src})
		b.WriteString(body[src:end])
	}
	trimNext := false
	budget := &liquidBudget{}
	loops := &liquidLoops{}
	sc := &liquidScanner{s: body, noEnd: map[string]int{}, noBrace: -1, noPct: -1}
	for pos < len(body) {
		k := nextLiquidStart(body, pos)
		if k < 0 {
			emitLiteral(&b, d, body, pos, len(body), trimNext, false)
			break
		}
		tok, end, ok := sc.token(k)
		emitLiteral(&b, d, body, pos, k, trimNext, strings.HasPrefix(tok[2:], "-"))
		trimNext = ok && strings.HasSuffix(tok[:len(tok)-2], "-")
		if !ok {
			d.issues = append(d.issues, liquidIssue{k, "Liquid tag not closed: the site's build fails here", true})
			emit(k, end)
			pos = end
			trimNext = false
			continue
		}
		if tok[1] == '{' {
			val, issue := evalOutput(strings.Trim(tok[2:len(tok)-2], "-"), scope, budget)
			if issue != "" {
				d.issues = append(d.issues, liquidIssue{k, issue, true})
			}
			d.anchors = append(d.anchors, anchor{b.Len(), k})
			b.WriteString(val)
			pos = end
			continue
		}
		name, _ := tagName(tok)
		switch {
		case name == "raw" || name == "comment":
			closeAt, closeEnd := sc.findEndTag(end, "end"+name)
			if closeAt < 0 {
				d.issues = append(d.issues, liquidIssue{k, "{% " + name + " %} without {% end" + name + " %}: the site's build fails here", true})
				emit(k, end)
				pos = end
				continue
			}
			if name == "raw" {
				emit(end, closeAt)
			}
			pos = closeEnd
		case knownTags[name]:
			msg := "Liquid tag {% " + name + " %}: the website evaluates it, the preview shows it as text"
			if loops.tag(tok) {
				msg = liquidWorkIssue // the site's build would run the loops
			}
			d.issues = append(d.issues, liquidIssue{k, msg, loops.over})
			emit(k, end)
			pos = end
		default:
			d.issues = append(d.issues, liquidIssue{k, "unknown Liquid tag " + strconv.Quote(name) + ": the site's build fails here", true})
			emit(k, end)
			pos = end
		}
	}
	d.out = b.String()
	return d
}

// emitLiteral copies body[from:to], without leading or trailing
// whitespace when a neighbouring tag asks for it ("-}}", "{{-").
func emitLiteral(b *strings.Builder, d *liquidDoc, body string, from, to int, trimLeft, trimRight bool) {
	for trimLeft && from < to && isRubySpace(body[from]) {
		from++
	}
	for trimRight && to > from && isRubySpace(body[to-1]) {
		to--
	}
	d.anchors = append(d.anchors, anchor{b.Len(), from})
	b.WriteString(body[from:to])
}

// nextLiquidStart finds the next "{{" or "{%" at or after pos.
func nextLiquidStart(s string, pos int) int {
	for {
		k := strings.IndexByte(s[pos:], '{')
		if k < 0 || pos+k+1 >= len(s) {
			return -1
		}
		pos += k
		if s[pos+1] == '{' || s[pos+1] == '%' {
			return pos
		}
		pos++
	}
}

// liquidScanner cuts Liquid tokens, remembering where no closing "}" or
// "%}" (or end tag) follows, so that unclosed tags cost linear time.
type liquidScanner struct {
	s              string
	noBrace, noPct int // offsets from which no "}" or "%}" follows; -1 unknown
	noEnd          map[string]int
}

// token cuts the token at s[k:] as Liquid's tokenizer does: "{%" up to
// "%}", "{{" up to the first "}" (and a second one); ok is false for a
// token Liquid rejects.
func (sc *liquidScanner) token(k int) (tok string, end int, ok bool) {
	s := sc.s
	if s[k+1] == '%' {
		e := -1
		if sc.noPct < 0 || k+2 < sc.noPct {
			e = strings.Index(s[k+2:], "%}")
		}
		if e < 0 {
			if sc.noPct < 0 || k+2 < sc.noPct {
				sc.noPct = k + 2
			}
			return s[k : k+2], k + 2, false
		}
		end = k + 2 + e + 2
		return s[k:end], end, true
	}
	e := -1
	if sc.noBrace < 0 || k+2 < sc.noBrace {
		e = strings.IndexByte(s[k+2:], '}')
	}
	if e < 0 {
		if sc.noBrace < 0 || k+2 < sc.noBrace {
			sc.noBrace = k + 2
		}
		return s[k : k+2], k + 2, false
	}
	end = k + 2 + e + 1
	if end < len(s) && s[end] == '}' {
		return s[k : end+1], end + 1, true
	}
	return s[k:end], end, false
}

// tagName returns the name of a "{% name ... %}" tag and its markup.
func tagName(tok string) (string, string) {
	inner := strings.TrimSpace(strings.Trim(tok[2:len(tok)-2], "-"))
	name, markup, _ := strings.Cut(inner, " ")
	return name, strings.TrimSpace(markup)
}

// findEndTag finds "{% name %}" (with optional whitespace control) at or
// after pos, returning where it starts and ends.
func (sc *liquidScanner) findEndTag(pos int, name string) (int, int) {
	if none, known := sc.noEnd[name]; known && pos >= none {
		return -1, -1
	}
	from := pos
	for {
		k := strings.Index(sc.s[pos:], "{%")
		if k < 0 {
			sc.noEnd[name] = from
			return -1, -1
		}
		k += pos
		tok, end, ok := sc.token(k)
		if !ok {
			sc.noEnd[name] = from
			return -1, -1
		}
		if n, _ := tagName(tok); n == name {
			return k, end
		}
		pos = end
	}
}

// evalOutput evaluates the markup of an output tag, within budget: past
// it, the output is an error text and the issue says why.
func evalOutput(markup string, scope *liquidScope, budget *liquidBudget) (string, string) {
	if budget.used > MaxLiquidWork {
		return liquidWorkError, liquidWorkIssue
	}
	toks := lexLiquid(markup)
	if len(toks) == 0 {
		return "", ""
	}
	p := &liquidExpr{toks: toks, scope: scope}
	v := p.value()
	out, issue := evalFilters(p, v, scope, budget)
	if issue == "" && !budget.spend(len(out)) {
		return liquidWorkError, liquidWorkIssue
	}
	return out, issue
}

// evalFilters applies the filters of an output tag to v.
func evalFilters(p *liquidExpr, v liquidValue, scope *liquidScope, budget *liquidBudget) (string, string) {
	for p.peek() == "|" {
		p.next()
		name := p.next()
		var args []liquidValue
		if p.peek() == ":" {
			p.next()
			for {
				args = append(args, p.value())
				if p.peek() != "," {
					break
				}
				p.next()
			}
		}
		in := len(v.String())
		if n, bounded := filterSize(name, v, args); bounded && n > MaxLiquidValue {
			return liquidValueError, liquidValueIssue
		}
		var issue string
		v, issue = applyFilter(name, v, args, scope)
		switch {
		case issue != "":
			return v.String(), issue
		case len(v.String()) > MaxLiquidValue:
			return liquidValueError, liquidValueIssue
		case !budget.spend(in + len(v.String())):
			return liquidWorkError, liquidWorkIssue
		}
	}
	return v.String(), ""
}

// filterSize is the size of the value a filter that may grow it without
// bound builds, computed before building it; bounded is false for the
// others, whose result is at most a few times their input and is checked
// once built.
func filterSize(name string, v liquidValue, args []liquidValue) (n int, bounded bool) {
	arg := func(i int) string {
		if i < len(args) {
			return args[i].String()
		}
		return ""
	}
	s := v.String()
	switch name {
	case "append", "prepend":
		return len(s) + len(arg(0)), true
	case "replace":
		old, repl := arg(0), arg(1)
		count := utf8.RuneCountInString(s) + 1 // "" matches at every rune boundary
		if old != "" {
			count = strings.Count(s, old)
		}
		return len(s) + count*(len(repl)-len(old)), true
	}
	return 0, false
}

// lexLiquid splits Liquid markup into strings (kept with their quotes),
// punctuation and words.
func lexLiquid(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '"' || c == '\'':
			j := strings.IndexByte(s[i+1:], c)
			if j < 0 {
				toks = append(toks, s[i:])
				return toks
			}
			toks = append(toks, s[i:i+j+2])
			i += j + 2
		case c == '|' || c == ':' || c == ',':
			toks = append(toks, s[i:i+1])
			i++
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\n\r|:,\"'", rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}

type liquidExpr struct {
	toks  []string
	i     int
	scope *liquidScope
}

func (p *liquidExpr) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *liquidExpr) next() string {
	t := p.peek()
	p.i++
	return t
}

// value reads a literal or a variable.
func (p *liquidExpr) value() liquidValue {
	t := p.next()
	switch {
	case t == "":
		return liquidNil
	case t[0] == '"' || t[0] == '\'':
		if len(t) >= 2 && t[len(t)-1] == t[0] {
			return liquidValue{str: t[1 : len(t)-1]}
		}
		return liquidValue{str: t[1:]}
	case t == "nil" || t == "null" || t == "empty" || t == "blank":
		return liquidNil
	case t == "true" || t == "false":
		return liquidValue{str: t}
	case isDigit(t[0]) || (t[0] == '-' && len(t) > 1):
		return liquidValue{str: t}
	}
	return p.scope.lookup(t)
}

// lookup resolves "page.x", "page['x']" and "site.x".
func (s *liquidScope) lookup(path string) liquidValue {
	path = strings.NewReplacer("[\"", ".", "\"]", "", "['", ".", "']", "").Replace(path)
	obj, key, ok := strings.Cut(path, ".")
	if !ok {
		return liquidNil
	}
	var m map[string]liquidValue
	switch obj {
	case "page":
		m = s.page
	case "site":
		m = s.site
	default:
		return liquidNil
	}
	if v, found := m[key]; found {
		return v
	}
	return liquidNil
}

// applyFilter applies a Liquid or Jekyll filter; an unknown filter leaves
// the value unchanged, as Jekyll's lax filters do.
func applyFilter(name string, v liquidValue, args []liquidValue, scope *liquidScope) (liquidValue, string) {
	arg := func(i int) string {
		if i < len(args) {
			return args[i].String()
		}
		return ""
	}
	switch name {
	case "date":
		format := arg(0)
		if format == "" {
			return v, ""
		}
		t, ok := toRubyTime(v, scope.now)
		if !ok {
			return v, ""
		}
		return liquidValue{str: strftime(t, format)}, ""
	case "date_to_string", "date_to_long_string", "date_to_xmlschema", "date_to_rfc822":
		if v.String() == "" {
			return v, ""
		}
		t, ok := toRubyTime(v, scope.now)
		if !ok {
			return v, "Invalid Date: " + strconv.Quote(v.String()) + " is not a valid datetime: the site's build fails here"
		}
		t = localTime(t)
		return liquidValue{str: jekyllDate(name, t, arg(0), arg(1))}, ""
	case "default":
		if v.isNil || v.String() == "" || v.String() == "false" {
			if len(args) > 0 {
				return args[0], ""
			}
		}
		return v, ""
	case "upcase":
		return liquidValue{str: strings.ToUpper(v.String())}, ""
	case "downcase":
		return liquidValue{str: strings.ToLower(v.String())}, ""
	case "capitalize":
		s := v.String()
		if s != "" {
			s = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
		}
		return liquidValue{str: s}, ""
	case "strip":
		return liquidValue{str: strings.TrimSpace(v.String())}, ""
	case "append":
		return liquidValue{str: v.String() + arg(0)}, ""
	case "prepend":
		return liquidValue{str: arg(0) + v.String()}, ""
	case "replace":
		return liquidValue{str: strings.ReplaceAll(v.String(), arg(0), arg(1))}, ""
	case "remove":
		return liquidValue{str: strings.ReplaceAll(v.String(), arg(0), "")}, ""
	case "escape":
		return liquidValue{str: escapeAll(v.String())}, ""
	case "size":
		return liquidValue{str: strconv.Itoa(utf8.RuneCountInString(v.String()))}, ""
	}
	return v, ""
}

// toRubyTime is Liquid's Utils.to_date.
func toRubyTime(v liquidValue, now time.Time) (rubyTime, bool) {
	if v.time != nil {
		return *v.time, true
	}
	if v.isNil || v.str == "" {
		return rubyTime{}, false
	}
	s := strings.ToLower(v.str)
	switch {
	case s == "now" || s == "today":
		return rubyTime{t: now.UTC(), zone: "UTC"}, true
	case strings.Trim(s, "0123456789") == "":
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return rubyTime{}, false
		}
		return rubyTime{t: time.Unix(n, 0).UTC(), zone: "UTC"}, true
	}
	return parseRubyTime(s, now.UTC())
}

// localTime is Jekyll's time(): the time in the build's zone (UTC).
func localTime(t rubyTime) rubyTime {
	return rubyTime{t: t.t.UTC(), zone: "UTC"}
}

// jekyllDate formats a time as Jekyll's date filters do.
func jekyllDate(filter string, t rubyTime, typ, style string) string {
	switch filter {
	case "date_to_xmlschema":
		return strftime(t, "%Y-%m-%dT%H:%M:%S%:z")
	case "date_to_rfc822":
		return strftime(t, "%a, %d %b %Y %H:%M:%S %z")
	}
	month := "%b"
	if filter == "date_to_long_string" {
		month = "%B"
	}
	if typ == "ordinal" {
		day := t.t.Day()
		od := strconv.Itoa(day) + ordinalSuffix(day)
		if style == "US" {
			return strftime(t, month+" "+od+", %Y")
		}
		return strftime(t, od+" "+month+" %Y")
	}
	return strftime(t, "%d "+month+" %Y")
}

func ordinalSuffix(n int) string {
	if n >= 11 && n <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
