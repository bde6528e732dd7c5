package site

import (
	"os"
	"strings"
	"testing"
)

// TestShipped: the shipped flags are the measured defaults, replaced (not
// added to) by $WASM_GCFLAGS, even when it is empty.
func TestShipped(t *testing.T) {
	for _, tc := range []struct {
		env  *string
		want string
	}{
		{nil, "all=-l runtime= internal/runtime/...="},
		{ptr(""), ""},
		{ptr("all=-l  -N"), "all=-l -N"},
	} {
		if tc.env != nil {
			t.Setenv("WASM_GCFLAGS", *tc.env)
		} else {
			t.Setenv("WASM_GCFLAGS", "") // restored after the test
			os.Unsetenv("WASM_GCFLAGS")
		}
		if got := strings.Join(Shipped().GCFlags, " "); got != tc.want {
			t.Errorf("WASM_GCFLAGS=%v: flags %q, want %q", tc.env, got, tc.want)
		}
	}
}

func ptr(s string) *string { return &s }
