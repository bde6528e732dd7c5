package yamlite

// isBase60 matches Psych's sexagesimal integer
// ^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$, or with fraction the float
// ^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$.
func isBase60(s string, fraction bool) bool {
	c := cursor{s: s}
	c.byte("+-")
	if !c.byte("0123456789") {
		return false
	}
	c.run("0123456789_")
	groups := 0
	for c.byte(":") {
		start := c.i
		if _, n := c.digits(2); n == 0 || n == 2 && s[start] > '5' {
			return false
		}
		groups++
	}
	if groups < 1 || groups > 2 {
		return false
	}
	if fraction {
		if !c.byte(".") {
			return false
		}
		c.run("0123456789_")
	}
	return c.done()
}

// isFloat matches Psych's FLOAT
// ^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$.
func isFloat(s string) bool {
	c := cursor{s: s}
	c.byte("+-")
	if c.byte("0123456789") {
		c.run("0123456789_,")
	}
	if !c.byte(".") {
		return false
	}
	c.run("0123456789")
	if c.byte("eE") && (!c.byte("+-") || c.run("0123456789") == 0) {
		return false
	}
	return c.done()
}

// isInt matches Psych's INTEGER_LEGACY (the default, which allows commas):
// ^[-+]?0b[0-1_,]+$, ^[-+]?0[0-7_,]+$, ^[-+]?0x[0-9a-fA-F_,]+$ or
// ^[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)$.
func isInt(s string) bool {
	c := cursor{s: s}
	c.byte("+-")
	rest := s[c.i:]
	switch {
	case len(rest) > 2 && rest[:2] == "0b":
		return only(rest[2:], "01_,")
	case len(rest) > 2 && rest[:2] == "0x":
		return only(rest[2:], "0123456789abcdefABCDEF_,")
	case len(rest) > 1 && rest[0] == '0':
		return only(rest[1:], "01234567_,")
	case rest == "0":
		return true
	case rest == "" || rest[0] < '1' || rest[0] > '9':
		return false
	}
	for i := 1; i < len(rest); i++ {
		if rest[i] == '_' || rest[i] == ',' {
			i++
		}
		if i >= len(rest) || !isDigit(rest[i]) {
			return false
		}
	}
	return true
}

// only reports whether s is made of bytes of set.
func only(s, set string) bool {
	c := cursor{s: s}
	return c.run(set) == len(s)
}
