// Package testenv tells tests about the machine they run on: whether this
// is CI (where nothing a test needs may be missing) and where the module's
// root is, so that every test finds what lies beside the repository
// (../shared) or in it (node_modules) the same way from any package.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// CI reports whether the environment variable CI is "true" or "1", as CI
// services and .ci/run set it. Under CI a test whose browser, corpus or
// axe-core is missing fails instead of skipping.
func CI() bool {
	v := os.Getenv("CI")
	return v == "true" || v == "1"
}

// ModuleRoot returns the directory holding the module's go.mod, found from
// the working directory upwards (a test runs in its package's directory).
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// Missing ends the test for want of something it needs: a failure under CI,
// a skip elsewhere, with why and how to get it.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if CI() {
		t.Fatalf(format+" (CI is set, so this is a failure)", args...)
	}
	t.Skipf(format, args...)
}
