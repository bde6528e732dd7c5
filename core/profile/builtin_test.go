package profile

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestBuiltinGenerated checks builtin_gen.go against builtin/: every YAML
// file is a built-in profile equal (unexported fields included) to what
// Load reads from it, and there is no other. Run go generate in
// core/profile after changing a file there.
func TestBuiltinGenerated(t *testing.T) {
	files, err := filepath.Glob("builtin/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no built-in profiles in builtin/: %v", err)
	}
	var names []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Load(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		names = append(names, name)
		got, err := Builtin(name)
		if err != nil {
			t.Fatalf("%s: %v (run go generate in core/profile)", f, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Builtin(%q) differs from Load(%s): run go generate in core/profile", name, f)
		}
	}
	if !reflect.DeepEqual(Names(), names) {
		t.Errorf("Names() = %q, builtin/ holds %q: run go generate in core/profile", Names(), names)
	}
}

// TestBuiltinCopies checks that each call returns a profile of its own:
// no slice or map of one copy is shared with another (a field added to
// Profile without a line in clone fails here), so names added to one do
// not reach the next.
func TestBuiltinCopies(t *testing.T) {
	a, b := Default(), Default()
	var walk func(path string, x, y reflect.Value)
	walk = func(path string, x, y reflect.Value) {
		switch x.Kind() {
		case reflect.Slice:
			if x.Len() > 0 && x.Pointer() == y.Pointer() {
				t.Errorf("%s: two copies share it", path)
			}
			for i := range x.Len() {
				walk(path+"[]", x.Index(i), y.Index(i))
			}
		case reflect.Map:
			if x.Len() > 0 && x.Pointer() == y.Pointer() {
				t.Errorf("%s: two copies share it", path)
			}
		case reflect.Struct:
			for i := range x.NumField() {
				walk(path+"."+x.Type().Field(i).Name, x.Field(i), y.Field(i))
			}
		}
	}
	walk("Profile", reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem())
	if err := a.Add("@newcomer"); err != nil {
		t.Fatal(err)
	}
	if b.Known("@newcomer") || Default().Known("@newcomer") {
		t.Error("a handle added to one copy is known to another")
	}
}
