package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// readDoc reads and parses a file ("-" is standard input). Errors are
// returned in the FILE:LINE: message form.
func readDoc(e *env, name string) (*core.Document, error) {
	src, err := readFile(e, name)
	if err != nil {
		return nil, err
	}
	return core.Parse(src, core.WithName(name))
}

// readFile reads a named file or standard input for "-", refusing inputs
// past the limits the web editor has (editor.CheckLimits: they bound the
// work any command does), or with --large past what the model reads.
func readFile(e *env, name string) ([]byte, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: no such file", name)
			}
			return nil, fmt.Errorf("%s: %v", name, unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	limit := int64(editor.MaxOpenSize)
	if e.large {
		limit = core.MaxSize
	}
	src, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	if int64(len(src)) > limit {
		return nil, fmt.Errorf("%s:1: is over %s, more than this command reads%s", name, sizeLabel(limit), largeHint(e))
	}
	if !e.large {
		if err := editor.CheckLimits(name, src); err != nil {
			return nil, fmt.Errorf("%w%s", err, largeHint(e))
		}
	}
	return src, nil
}

// sizeLabel says a limit in KB or MB.
func sizeLabel(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d MB", n>>20)
}

// largeHint points to --large when it would help.
func largeHint(e *env) string {
	if e.large {
		return ""
	}
	return " (--large reads up to 16 MB at any depth)"
}

// unwrapPath drops the path that *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// writeFile replaces a file's content, keeping its permissions.
func writeFile(name string, data []byte) error {
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(name); err == nil {
		mode = st.Mode().Perm()
	}
	tmp := name + ".minutes-tmp"
	if err := os.WriteFile(tmp, data, mode); err != nil {
		return fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	return nil
}

// fileArgs returns the file arguments, or "-" (standard input) when none.
func fileArgs(args []string) []string {
	if len(args) == 0 {
		return []string{"-"}
	}
	return args
}
