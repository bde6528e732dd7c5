package preview

// Divergence is a place where the website will render the Markdown
// differently from what its writer most likely meant, from GitHub's
// rendering, or from this preview.
type Divergence struct {
	Line, Column int // 1-based, in the whole file
	Message      string
}
