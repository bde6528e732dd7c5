package preview

func renderGitHub(text string, cut bool, c config) *Document {
	return &Document{HTML: escapeAll(text)}
}
