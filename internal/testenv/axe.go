package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// Axe returns axe-core's script, for the accessibility audits: the file
// $MINUTES_AXE names, else node_modules/axe-core/axe.min.js in the module
// root (`npm ci` installs it). Without it the test fails under CI and is
// skipped elsewhere.
func Axe(t testing.TB) []byte {
	t.Helper()
	path := os.Getenv("MINUTES_AXE")
	if path == "" {
		root, err := ModuleRoot()
		if err != nil {
			t.Fatalf("axe-core: no module root: %v", err)
		}
		path = filepath.Join(root, "node_modules", "axe-core", "axe.min.js")
	}
	script, err := os.ReadFile(path)
	if err != nil {
		Missing(t, "axe-core not installed (run npm ci): %v", err)
	}
	return script
}
