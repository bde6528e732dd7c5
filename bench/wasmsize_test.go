package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestSplitWasm builds the hello-world wasm with its names and checks that
// the breakdown finds every byte of the code section's bodies and puts the
// runtime's and main's functions under their packages.
func TestSplitWasm(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	file := filepath.Join(t.TempDir(), "hello.wasm")
	cmd := exec.Command("go", "build", "-o", file, "./hello")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	pkgs := map[string]string{"runtime": "runtime", "syscall_js": "syscall/js", "main": "github.com/cpansec/minutes/bench/hello"}
	w, err := splitWasm(data, pkgs)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, b := range w.byPackage {
		total += len(b)
	}
	// The code section is the count, then each body with its length.
	if total == 0 || total >= len(w.code) || len(w.code)-total > len(w.code)/50 {
		t.Errorf("bodies %d bytes of a %d-byte code section", total, len(w.code))
	}
	if len(w.byPackage["runtime"]) < total/4 || len(w.byPackage["syscall/js"]) == 0 || len(w.byPackage["github.com/cpansec/minutes/bench/hello"]) == 0 {
		t.Errorf("runtime %d, syscall/js %d, main %d bytes of %d", len(w.byPackage["runtime"]), len(w.byPackage["syscall/js"]), len(w.byPackage["github.com/cpansec/minutes/bench/hello"]), total)
	}
	if len(w.data) == 0 {
		t.Error("no data section")
	}
}
