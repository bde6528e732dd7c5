package jsonlite

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The decision of the package doc holds only while nothing else brings
// encoding/json into the wasm.
func TestWasmDoesNotLinkEncodingJSON(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps ./wasm: %v", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/cpansec/minutes/internal/jsonlite") {
		t.Fatalf("the wasm no longer links jsonlite: revisit the package doc's decision")
	}
	if slices.Contains(deps, "encoding/json") {
		t.Errorf("the wasm links encoding/json (see the package doc for what it costs); find the importer with: GOOS=js GOARCH=wasm go list -deps -f '{{.ImportPath}}: {{.Imports}}' ./wasm | grep encoding/json")
	}
}
